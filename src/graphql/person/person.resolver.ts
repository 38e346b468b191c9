import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Person } from '@/domain/person/person';
import { Relationship } from '@/domain/relationship/relationship';
import { RequestContext } from '@/graphql/context';
import { DealType } from '@/graphql/deal/deal.type';
import { InteractionType } from '@/graphql/interaction/interaction.type';
import { IntroductionType } from '@/graphql/introduction/introduction.type';
import { TieType } from '@/graphql/relationship/tie.type';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { PersonInterface } from './person.interface';

/** Fields every person has, whether ours (Manager) or theirs (Rep). */
@Resolver(() => PersonInterface)
export class PersonResolver {
  @Query(() => PersonInterface, { nullable: true, description: 'A manager or rep by id' })
  person(@Arg('id', () => ID, { description: 'Id of a manager or a rep' }) id: string, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.person.load(id);
  }

  @FieldResolver(() => [TieType], { description: 'Who this person knows, strongest trust first' })
  async ties(@Root() p: Person, @Ctx() ctx: RequestContext): Promise<{ personId: string; relationship: Relationship }[]> {
    const rels = await ctx.loaders.relationshipsByPerson.load(p.id);
    return rels.map((relationship) => ({ personId: relationship.a === p.id ? relationship.b : relationship.a, relationship }));
  }

  @FieldResolver(() => [InteractionType], { description: 'Communication history, newest first' })
  async interactions(
    @Root() p: Person,
    @Ctx() ctx: RequestContext,
    @Arg('last', () => Int, { nullable: true, description: 'Only the newest N (1 to 500)' }) last?: number | null,
  ) {
    if (last != null && (last < 1 || last > 500)) throw BadUserInputError.field('last', 'must be from 1 to 500');
    const all = await ctx.loaders.interactionsByPerson.load(p.id);
    return last != null ? all.slice(0, last) : all;
  }

  @FieldResolver(() => [DealType], { description: 'Deals this person handled, newest first' })
  deals(@Root() p: Person, @Ctx() ctx: RequestContext) {
    return ctx.loaders.dealsByPerson.load(p.id);
  }

  @FieldResolver(() => [IntroductionType], { description: 'Introductions this person made, received, or (managers) was introduced to' })
  introductions(@Root() p: Person, @Ctx() ctx: RequestContext) {
    return ctx.loaders.introductionsByPerson.load(p.id);
  }
}
