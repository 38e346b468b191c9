import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PartnerStatus } from '@/domain/shared/enums';
import { Connection } from '@/graphql/pagination/connection';
import '@/graphql/shared/enums';

@ObjectType('Company', { description: 'An external organisation; partners carry a partner status and a chart.' })
export class CompanyType {
  @Field(() => ID, { description: 'Its id (the caller\'s own string, or a UUID when none was given)' }) id: string;
  @Field({ description: 'Name as the company writes it' }) name: string;
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana); null: not recorded' }) nameKana: string | null;
  @Field(() => PartnerStatus, { nullable: true, description: 'Where the partnership stands; null: not recorded' }) partnerStatus: PartnerStatus | null;
  @Field(() => String, { nullable: true, description: 'Industry in the team\'s own words; null: not recorded' }) industry: string | null;
  @Field(() => String, { nullable: true, description: 'Prefecture of the head office (e.g. 東京都); null: not recorded' }) prefecture: string | null;
  @Field(() => Int, { nullable: true, description: 'Headcount; null: not recorded' }) employeeCount: number | null;
  @Field(() => Int, { nullable: true, description: 'Year founded; null: not recorded' }) foundedYear: number | null;
  @Field(() => Float, { nullable: true, description: 'Annual revenue in yen; null: not recorded' }) annualRevenue: number | null;
  @Field(() => Float, { nullable: true, description: 'Paid-in capital in yen; null: not recorded' }) capital: number | null;
  @Field(() => Int, { nullable: true, description: 'Month the fiscal year ends, 1 to 12; null: not recorded' }) fiscalYearEndMonth: number | null;
  @Field(() => Int, { nullable: true, description: 'How many customers the company serves; null: not recorded' }) customerCount: number | null;
  @Field(() => [String], { description: 'Customer segments it sells to (e.g. SMB); empty when none recorded' }) customerSegments: string[];
  @Field(() => String, { nullable: true, description: 'Strengths, free text; null: not recorded' }) strengths: string | null;
  @Field(() => String, { nullable: true, description: 'Weaknesses, free text; null: not recorded' }) weaknesses: string | null;
  @Field(() => String, { nullable: true, description: 'Business policy, free text; null: not recorded' }) businessPolicy: string | null;
  @Field(() => String, { nullable: true, description: 'Challenges they face, free text; null: not recorded' }) challenges: string | null;
  @Field(() => GraphQLJSONObject, { description: "The team's own chart items, as given" }) customFields: Record<string, unknown>;
  @Field(() => Int, { description: 'Optimistic-concurrency version: pass it back as expectedVersion when updating' }) version: number;
}

export const CompanyConnection = Connection(CompanyType, 'Company');
