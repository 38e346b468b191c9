import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Relationship, relationshipKey } from '@/domain/relationship/relationship';
import { Person } from '@/domain/person/person';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { NotFoundError } from '@/graphql/errors/not-found.error';
import { PersonInterface } from '@/graphql/person/person.interface';
import { requirePeople } from '@/graphql/shared/references';
import { checkVersion, inTransaction } from '@/graphql/shared/write';
import { RelationshipInput } from './relationship.input';
import { RelationshipType } from './relationship.type';
import { TieType } from './tie.type';
import { EXPECTED_VERSION } from '@/graphql/shared/descriptions';

@Resolver(() => RelationshipType)
export class RelationshipResolver {
  @FieldResolver(() => [PersonInterface], { description: 'The two people' })
  async people(@Root() r: Relationship, @Ctx() ctx: RequestContext): Promise<Person[]> {
    return (await ctx.loaders.person.loadMany([r.a, r.b])).filter((p): p is Person => !!p && !(p instanceof Error));
  }

  @Mutation(() => RelationshipType, {
    description: 'Records how much two people trust each other (creates or replaces the tie; recordedAt becomes now)',
  })
  async setRelationship(
    @Arg('input', () => RelationshipInput, { description: 'The two people, their trust, and optionally kind and since' }) input: RelationshipInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Relationship> {
    if (input.a === input.b) throw BadUserInputError.field('input.b', 'must be another person than input.a');
    const key = relationshipKey(input.a!, input.b!);
    return inTransaction(ctx, async (ops) => {
      await requirePeople(ops, [key.a, key.b], null, 'input.a/input.b');
      const current = await ops.relationshipByPair(key.a, key.b);
      if (current) checkVersion('Relationship', key.id, current.version, expectedVersion);
      const next: Relationship = {
        ...key, trust: input.trust!, kind: input.kind ?? current?.kind ?? null, since: input.since ?? current?.since ?? null,
        recordedAt: new Date().toISOString(), version: (current?.version ?? 0) + 1,
      };
      await ops.saveRelationship(next);
      return next;
    });
  }

  @Mutation(() => ID, { description: 'Deletes the relationship between two people; returns its id (NOT_FOUND when there is none)' })
  async deleteRelationship(
    @Arg('a', () => ID, { description: 'One person' }) a: string,
    @Arg('b', () => ID, { description: 'The other person (the order does not matter)' }) b: string,
    @Ctx() ctx: RequestContext): Promise<string> {
    const key = relationshipKey(a, b);
    return inTransaction(ctx, async (ops) => {
      if (!(await ops.relationshipByPair(key.a, key.b))) throw new NotFoundError('relationship', key.id);
      await ops.deleteRelationship(key.a, key.b);
      return key.id;
    });
  }
}

@Resolver(() => TieType)
export class TieResolver {
  @FieldResolver(() => PersonInterface, { nullable: true, description: 'The other person' })
  person(@Root() t: { personId: string }, @Ctx() ctx: RequestContext) {
    return ctx.loaders.person.load(t.personId);
  }
}
