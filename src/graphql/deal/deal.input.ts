import { IsEnum, IsNumber, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { DealStage } from '@/domain/shared/enums';
import { IsId, IsIsoDate } from '@/graphql/shared/validators';

@InputType()
export class DealInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() id?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() companyId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() repId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() managerId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) product?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) amount?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) grossProfit?: number | null;
  @Field(() => DealStage, { nullable: true }) @IsOptional() @IsEnum(DealStage) stage?: DealStage;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() proposedAt?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() closedAt?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) lossReason?: string | null;
}

@InputType()
export class DealFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() companyId?: string | null;
  @Field(() => DealStage, { nullable: true }) @IsOptional() @IsEnum(DealStage) stage?: DealStage | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) product?: string | null;
}
