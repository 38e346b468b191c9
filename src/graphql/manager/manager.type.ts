import { UseMiddleware, Field, Int, ObjectType } from 'type-graphql';
import { PersonInterface } from '@/graphql/person/person.interface';
import { Connection } from '@/graphql/pagination/connection';
import { Masked } from '@/graphql/auth/mask.middleware';

@ObjectType('Manager', { implements: PersonInterface, description: 'One of our own people who owns relationships' })
export class ManagerType extends PersonInterface {
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana or hiragana)' }) nameKana: string | null;
  @Field(() => String, { nullable: true }) @UseMiddleware(Masked) email: string | null;
  @Field(() => String, { nullable: true }) @UseMiddleware(Masked) phone: string | null;
  @Field(() => String, { nullable: true }) team: string | null;
  @Field(() => Int) version: number;
}

export const ManagerConnection = Connection(ManagerType, 'Manager');
