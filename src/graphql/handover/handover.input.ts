import { IsOptional, IsString, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsId, IsIsoDate } from '@/graphql/shared/validators';

@InputType({ description: 'A partner\'s rep moves to another company or leaves; omit newCompanyId when they left' })
export class RecordJobChangeInput {
  @Field(() => ID, { description: 'The rep who moves' }) @IsId() repId: string;
  @Field(() => ID, { nullable: true, description: 'The company they join (must exist); omitted or null: they left' }) @IsOptional() @IsId() newCompanyId?: string | null;
  @Field(() => String, { nullable: true, description: 'Their title there, 1 to 200 characters' }) @IsOptional() @IsString() @Length(1, 200) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Their department there, 1 to 200 characters' }) @IsOptional() @IsString() @Length(1, 200) department?: string | null;
  @Field({ description: 'First day at the new place and first day gone from the old one, YYYY-MM-DD' }) @IsIsoDate() effectiveDate: string;
  @Field(() => ID, { nullable: true, description: 'A rep at the old company who takes over their open deals there and their open next actions, in the same transaction' })
  @IsOptional() @IsId() successorId?: string | null;
}

@InputType({ description: 'One of our managers hands partners over to another' })
export class ReassignPortfolioInput {
  @Field(() => ID, { description: 'The manager who hands over' }) @IsId() fromManagerId: string;
  @Field(() => ID, { description: 'The manager who takes over' }) @IsId() toManagerId: string;
  @Field(() => [ID], { nullable: true, description: 'Which of their partners (all in their portfolio); omitted: all of them' }) @IsOptional() @IsId({ each: true }) companyIds?: string[] | null;
}
