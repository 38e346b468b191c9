import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Employment', { description: "A person's period at a company; a move ends one period and starts another" })
export class EmploymentType {
  @Field(() => ID, { description: 'Its id: repId@companyId@since' }) id: string;
  @Field(() => ID, { description: 'The rep' }) repId: string;
  @Field(() => ID, { description: 'The company' }) companyId: string;
  @Field(() => String, { nullable: true, description: 'Job title (e.g. 部長); null: not recorded' }) title: string | null;
  @Field(() => String, { nullable: true, description: 'Department (e.g. 営業部); null: not recorded' }) department: string | null;
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD; null: not known' }) since: string | null;
  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; null while they work there' }) until: string | null;
}
