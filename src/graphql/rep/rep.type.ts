import { UseMiddleware, Field, Int, ObjectType } from 'type-graphql';
import { ResponseSpeed, Stance } from '@/domain/shared/enums';
import { PersonInterface } from '@/graphql/person/person.interface';
import { Connection } from '@/graphql/pagination/connection';
import '@/graphql/shared/enums';
import { Masked } from '@/graphql/auth/mask.middleware';

@ObjectType('Rep', { implements: PersonInterface, description: "A person at an external company, usually a partner's sales rep" })
export class RepType extends PersonInterface {
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana)' }) nameKana: string | null;
  @Field(() => String, { nullable: true }) @UseMiddleware(Masked) email: string | null;
  @Field(() => String, { nullable: true }) @UseMiddleware(Masked) phone: string | null;
  @Field(() => [String], { description: 'Products and industries they sell best' }) expertise: string[];
  @Field(() => [String], { description: 'Topics they care about' }) interests: string[];
  @Field(() => String, { nullable: true, description: 'DiSC profile when known' }) @UseMiddleware(Masked) disc: string | null;
  @Field(() => String, { nullable: true, description: 'MBTI type when known' }) @UseMiddleware(Masked) mbti: string | null;
  @Field(() => Stance, { nullable: true }) @UseMiddleware(Masked) stance: Stance | null;
  @Field(() => ResponseSpeed, { nullable: true }) @UseMiddleware(Masked) responseSpeed: ResponseSpeed | null;
  @Field(() => String, { nullable: true, description: 'Free notes on tendencies' }) @UseMiddleware(Masked) notes: string | null;
  @Field(() => Int) version: number;
}

export const RepConnection = Connection(RepType, 'Rep');
