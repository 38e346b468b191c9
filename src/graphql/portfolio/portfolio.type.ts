import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('PortfolioEntry', { description: 'A manager owns the relationship with a company' })
export class PortfolioEntryType {
  @Field(() => ID, { description: 'Our manager' }) managerId: string;
  @Field(() => ID, { description: 'The partner company they own' }) companyId: string;
  @Field(() => String, { nullable: true, description: 'Since when, YYYY-MM-DD; null: not recorded' }) since: string | null;
}
