import { UseMiddleware, Field, Int, ObjectType } from 'type-graphql';
import { PersonInterface } from '@/graphql/person/person.interface';
import { Connection } from '@/graphql/pagination/connection';
import { Masked } from '@/graphql/auth/mask.middleware';
import { VERSION } from '@/graphql/shared/descriptions';

@ObjectType('Manager', { implements: PersonInterface, description: 'One of our own people who owns relationships' })
export class ManagerType extends PersonInterface {
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana or hiragana); null: not recorded' }) nameKana: string | null;
  @Field(() => String, { nullable: true, description: 'Email address; null for analysts (masked) or when not recorded' }) @UseMiddleware(Masked) email: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number; null for analysts (masked) or when not recorded' }) @UseMiddleware(Masked) phone: string | null;
  @Field(() => String, { nullable: true, description: 'Their team; null: not recorded' }) team: string | null;
  @Field(() => Int, { description: VERSION }) version: number;
}

export const ManagerConnection = Connection(ManagerType, 'Manager');
