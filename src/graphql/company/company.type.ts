import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PartnerStatus } from '@/domain/shared/enums';
import { Connection } from '@/graphql/pagination/connection';
import '@/graphql/shared/enums';

@ObjectType('Company', { description: 'An external organisation; partners carry a partner status and a chart.' })
export class CompanyType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana)' }) nameKana: string | null;
  @Field(() => PartnerStatus, { nullable: true }) partnerStatus: PartnerStatus | null;
  @Field(() => String, { nullable: true }) industry: string | null;
  @Field(() => String, { nullable: true }) prefecture: string | null;
  @Field(() => Int, { nullable: true }) employeeCount: number | null;
  @Field(() => Int, { nullable: true }) foundedYear: number | null;
  @Field(() => Float, { nullable: true }) annualRevenue: number | null;
  @Field(() => Float, { nullable: true }) capital: number | null;
  @Field(() => Int, { nullable: true }) fiscalYearEndMonth: number | null;
  @Field(() => Int, { nullable: true }) customerCount: number | null;
  @Field(() => [String]) customerSegments: string[];
  @Field(() => String, { nullable: true }) strengths: string | null;
  @Field(() => String, { nullable: true }) weaknesses: string | null;
  @Field(() => String, { nullable: true }) businessPolicy: string | null;
  @Field(() => String, { nullable: true }) challenges: string | null;
  @Field(() => GraphQLJSONObject, { description: "The team's own chart items, as given" }) customFields: Record<string, unknown>;
  @Field(() => Int, { description: 'Optimistic-concurrency version: pass it back as expectedVersion when updating' }) version: number;
}

export const CompanyConnection = Connection(CompanyType, 'Company');
