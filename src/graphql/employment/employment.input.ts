import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsId, IsIsoDate } from '@/graphql/shared/validators';

/** An employment period as a patch (see UpdateCompanyInput for why required fields keep @IsOptional). */
@InputType('UpdateEmploymentInput', { description: 'Corrections to an employment period: only the fields given change; null clears a field. The rep and the company of a period stay' })
export class UpdateEmploymentInput {
  @Field(() => ID, { nullable: true, description: 'The rep; omit it, or pass the period\'s own rep (it cannot change)' })
  @IsOptional() @IsId() repId?: string;
  @Field(() => ID, { nullable: true, description: 'The company; omit it, or pass the period\'s own company (it cannot change)' })
  @IsOptional() @IsId() companyId?: string;
  @Field(() => String, { nullable: true, description: 'Job title (e.g. 部長), up to 200 characters' })
  @IsOptional() @IsString() @MaxLength(200) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Department (e.g. 営業部), up to 200 characters' })
  @IsOptional() @IsString() @MaxLength(200) department?: string | null;
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD; null: not known' })
  @IsOptional() @IsIsoDate() since?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, not before since; null: they work there now' })
  @IsOptional() @IsIsoDate() until?: string | null;
}

@InputType('CreateEmploymentInput', { description: 'A new employment period: repId and companyId are required' })
export class CreateEmploymentInput extends UpdateEmploymentInput {
  declare repId: string;
  declare companyId: string;
}
// @Field by a call on declared fields: see CreateCompanyInput
Field(() => ID, { description: 'The rep (must be a rep)' })(CreateEmploymentInput.prototype, 'repId');
Field(() => ID, { description: 'The company (must exist)' })(CreateEmploymentInput.prototype, 'companyId');

@InputType({ description: 'A move: ends the current period(s) the day before `since` and starts one at the new company' })
export class MoveInput {
  @Field(() => ID, { description: 'The rep who moves' }) @IsId() repId: string;
  @Field(() => ID, { description: 'The company they move to (must exist)' }) @IsId() toCompanyId: string;
  @Field(() => String, { description: 'First day at the new company, YYYY-MM-DD' }) @IsIsoDate() since: string;
  @Field(() => String, { nullable: true, description: 'Title at the new company, up to 200 characters' }) @IsOptional() @IsString() @MaxLength(200) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Department at the new company, up to 200 characters' }) @IsOptional() @IsString() @MaxLength(200) department?: string | null;
}
