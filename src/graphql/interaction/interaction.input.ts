import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Channel, Reaction } from '@/domain/shared/enums';
import { IsId, IsInstant, IsIsoDate } from '@/graphql/shared/validators';

@InputType()
export class NextActionInput {
  @Field() @IsString() @Length(1, 2000) description: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() dueDate?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() done: boolean = false;
}

@InputType()
export class InteractionInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() id?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsInstant() at?: string;
  @Field(() => Channel, { nullable: true }) @IsOptional() @IsEnum(Channel) channel?: Channel;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsId({ each: true }) managerIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsId({ each: true }) repIds?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50000) summary?: string | null;
  @Field(() => Reaction, { nullable: true }) @IsOptional() @IsEnum(Reaction) reaction?: Reaction | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 500, { each: true }) concerns?: string[];
  @Field(() => NextActionInput, { nullable: true }) @IsOptional() @ValidateNested() nextAction?: NextActionInput | null;
}

@InputType()
export class InteractionFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only interactions this manager or rep took part in' }) @IsOptional() @IsId() personId?: string | null;
  @Field(() => Channel, { nullable: true }) @IsOptional() @IsEnum(Channel) channel?: Channel | null;
}
