import { Field, Int, ObjectType } from 'type-graphql';
import { PersonInterface } from '@/graphql/person/person.interface';
import { Connection } from '@/graphql/pagination/connection';

@ObjectType('Manager', { implements: PersonInterface, description: 'One of our own people who owns relationships' })
export class ManagerType extends PersonInterface {
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) team: string | null;
  @Field(() => Int) version: number;
}

export const ManagerConnection = Connection(ManagerType, 'Manager');
