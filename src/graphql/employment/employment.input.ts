import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsId, IsIsoDate } from '@/graphql/shared/validators';

@InputType()
export class EmploymentInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() repId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() companyId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) department?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() since?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() until?: string | null;
}

@InputType({ description: 'A move: ends the current period(s) the day before `since` and starts one at the new company' })
export class MoveInput {
  @Field(() => ID) @IsId() repId: string;
  @Field(() => ID) @IsId() toCompanyId: string;
  @Field(() => String) @IsIsoDate() since: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) department?: string | null;
}
