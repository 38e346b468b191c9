import { UseMiddleware, Field, Int, ObjectType } from 'type-graphql';
import { ResponseSpeed, Stance } from '@/domain/shared/enums';
import { PersonInterface } from '@/graphql/person/person.interface';
import { Connection } from '@/graphql/pagination/connection';
import '@/graphql/shared/enums';
import { Masked } from '@/graphql/auth/mask.middleware';
import { VERSION } from '@/graphql/shared/descriptions';

@ObjectType('Rep', { implements: PersonInterface, description: "A person at an external company, usually a partner's sales rep" })
export class RepType extends PersonInterface {
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana); null: not recorded' }) nameKana: string | null;
  @Field(() => String, { nullable: true, description: 'Email address; null for analysts (masked) or when not recorded' }) @UseMiddleware(Masked) email: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number; null for analysts (masked) or when not recorded' }) @UseMiddleware(Masked) phone: string | null;
  @Field(() => [String], { description: 'Products and industries they sell best' }) expertise: string[];
  @Field(() => [String], { description: 'Topics they care about' }) interests: string[];
  @Field(() => String, { nullable: true, description: 'DiSC profile (D, I, S, C or a blend such as DI); null for analysts (masked) or when not known' }) @UseMiddleware(Masked) disc: string | null;
  @Field(() => String, { nullable: true, description: 'MBTI type (e.g. ENFP-A); null for analysts (masked) or when not known' }) @UseMiddleware(Masked) mbti: string | null;
  @Field(() => Stance, { nullable: true, description: 'How they approach proposals; null for analysts (masked) or when not known' }) @UseMiddleware(Masked) stance: Stance | null;
  @Field(() => ResponseSpeed, { nullable: true, description: 'How fast they respond; null for analysts (masked) or when not known' }) @UseMiddleware(Masked) responseSpeed: ResponseSpeed | null;
  @Field(() => String, { nullable: true, description: 'Free notes on tendencies; null for analysts (masked) or when none' }) @UseMiddleware(Masked) notes: string | null;
  @Field(() => Int, { description: VERSION }) version: number;
}

export const RepConnection = Connection(RepType, 'Rep');
