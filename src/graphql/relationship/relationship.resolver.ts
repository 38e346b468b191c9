import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { deleteRelationship } from '@/app/records/relationship/delete-relationship';
import { setRelationship } from '@/app/records/relationship/set-relationship';
import { Relationship } from '@/domain/relationship/relationship';
import { Person } from '@/domain/person/person';
import { RequestContext } from '@/graphql/context';
import { PersonInterface } from '@/graphql/person/person.interface';
import { writeRequestOf } from '@/graphql/shared/write';
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
  setRelationship(
    @Arg('input', () => RelationshipInput, { description: 'The two people, their trust, and optionally kind and since' }) input: RelationshipInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Relationship> {
    return setRelationship(writeRequestOf(ctx), input, expectedVersion);
  }

  @Mutation(() => ID, { description: 'Deletes the relationship between two people; returns its id (NOT_FOUND when there is none)' })
  deleteRelationship(
    @Arg('a', () => ID, { description: 'One person' }) a: string,
    @Arg('b', () => ID, { description: 'The other person (the order does not matter)' }) b: string,
    @Ctx() ctx: RequestContext): Promise<string> {
    return deleteRelationship(writeRequestOf(ctx), a, b);
  }
}

@Resolver(() => TieType)
export class TieResolver {
  @FieldResolver(() => PersonInterface, { nullable: true, description: 'The other person' })
  person(@Root() t: { personId: string }, @Ctx() ctx: RequestContext) {
    return ctx.loaders.person.load(t.personId);
  }
}
