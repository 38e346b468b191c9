import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('PortfolioEntry', { description: 'A manager owns the relationship with a company' })
export class PortfolioEntryType {
  @Field(() => ID) managerId: string;
  @Field(() => ID) companyId: string;
  @Field(() => String, { nullable: true }) since: string | null;
}
