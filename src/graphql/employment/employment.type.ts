import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Employment', { description: "A person's period at a company; a move ends one period and starts another" })
export class EmploymentType {
  @Field(() => ID) id: string;
  @Field(() => ID) repId: string;
  @Field(() => ID) companyId: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => String, { nullable: true }) since: string | null;
  @Field(() => String, { nullable: true, description: 'null while they work there' }) until: string | null;
}
