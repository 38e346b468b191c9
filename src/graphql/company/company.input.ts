import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PartnerStatus } from '@/domain/shared/enums';
import { IsId, IsPlainObject, IsNotBlank, IsYen } from '@/graphql/shared/validators';
import { OWN_ID, sameId } from '@/graphql/shared/descriptions';

/**
 * A company's chart as a patch: every field optional, with its rules. updateCompany takes it as it is;
 * CreateCompanyInput narrows what a new company needs to non-null. Required fields keep @IsOptional: GraphQL
 * (non-null) and the snapshot checks ("is required") judge presence, these rules judge a value that is given.
 */
@InputType('UpdateCompanyInput', { description: 'Changes to a company: only the fields given change; null clears a field (name cannot be cleared)' })
export class UpdateCompanyInput {
  @Field(() => ID, { nullable: true, description: sameId('company') })
  @IsOptional() @IsId() id?: string;
  @Field({ nullable: true, description: 'Name as the company writes it, 1 to 500 characters' })
  @IsOptional() @IsString() @IsNotBlank() @Length(1, 500) name?: string;
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana or hiragana), up to 200 characters; search matches it' })
  @IsOptional() @IsString() @MaxLength(200) nameKana?: string | null;
  @Field(() => PartnerStatus, { nullable: true, description: 'Where the partnership stands; null: not recorded' })
  @IsOptional() @IsEnum(PartnerStatus) partnerStatus?: PartnerStatus | null;
  @Field(() => String, { nullable: true, description: 'Industry in the team\'s own words, up to 200 characters' })
  @IsOptional() @IsString() @MaxLength(200) industry?: string | null;
  @Field(() => String, { nullable: true, description: 'Prefecture of the head office (e.g. 東京都), up to 200 characters' })
  @IsOptional() @IsString() @MaxLength(200) prefecture?: string | null;
  @Field(() => Int, { nullable: true, description: 'Headcount, 0 or more' })
  @IsOptional() @IsInt() @Min(0) employeeCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'Year founded, 1600 to 2200' })
  @IsOptional() @IsInt() @Min(1600) @Max(2200) foundedYear?: number | null;
  @Field(() => Float, { nullable: true, description: 'Annual revenue in yen, 0 to 1e15' })
  @IsOptional() @IsYen(0) annualRevenue?: number | null;
  @Field(() => Float, { nullable: true, description: 'Paid-in capital in yen, 0 to 1e15' })
  @IsOptional() @IsYen(0) capital?: number | null;
  @Field(() => Int, { nullable: true, description: 'Month the fiscal year ends, 1 to 12 (3 = March)' })
  @IsOptional() @IsInt() @Min(1) @Max(12) fiscalYearEndMonth?: number | null;
  @Field(() => Int, { nullable: true, description: 'How many customers the company serves, 0 or more' })
  @IsOptional() @IsInt() @Min(0) customerCount?: number | null;
  @Field(() => [String], { nullable: true, description: 'Customer segments it sells to (e.g. SMB), up to 200 of 1 to 200 characters; replaces the list' })
  @IsOptional() @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 200, { each: true }) customerSegments?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Strengths, free text up to 20,000 characters' })
  @IsOptional() @IsString() @MaxLength(20000) strengths?: string | null;
  @Field(() => String, { nullable: true, description: 'Weaknesses, free text up to 20,000 characters' })
  @IsOptional() @IsString() @MaxLength(20000) weaknesses?: string | null;
  @Field(() => String, { nullable: true, description: 'Business policy, free text up to 20,000 characters' })
  @IsOptional() @IsString() @MaxLength(20000) businessPolicy?: string | null;
  @Field(() => String, { nullable: true, description: 'Challenges they face, free text up to 20,000 characters' })
  @IsOptional() @IsString() @MaxLength(20000) challenges?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The team\'s own chart items as a JSON object; replaces all custom fields when given' })
  @IsOptional() @IsPlainObject() customFields?: Record<string, unknown> | null;
}

@InputType('CreateCompanyInput', { description: 'A new company: name is required, every other field is optional' })
export class CreateCompanyInput extends UpdateCompanyInput {
  declare id?: string;
  declare name: string;
}
// The narrowed fields are `declare`d (a plain redeclaration would shadow the inherited property) and TypeScript cannot
// decorate a declared field, so their @Field is applied by a call. Their class-validator rules are inherited.
Field(() => ID, { nullable: true, description: OWN_ID })(CreateCompanyInput.prototype, 'id');
Field(() => String, { description: 'Name as the company writes it, 1 to 500 characters' })(CreateCompanyInput.prototype, 'name');

@InputType({ description: 'Which companies a list holds; every filter given must match' })
export class CompanyFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name; full-/half-width, hiragana/katakana and spaces are ignored' })
  @IsOptional() @IsString() @MaxLength(200) search?: string | null;
  @Field(() => String, { nullable: true, description: 'Exactly this industry' }) @IsOptional() @IsString() @MaxLength(200) industry?: string | null;
  @Field(() => PartnerStatus, { nullable: true, description: 'Only companies with this partner status' }) @IsOptional() @IsEnum(PartnerStatus) partnerStatus?: PartnerStatus | null;
  @Field(() => ID, { nullable: true, description: "Only companies in this manager's portfolio" }) @IsOptional() @IsId() ownerId?: string | null;
}
