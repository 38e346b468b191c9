import DataLoader from 'dataloader';
import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { Arg, Ctx, FieldResolver, Float, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Introduction } from '@/domain/introduction/introduction';
import { Person } from '@/domain/person/person';
import { IntroductionOutcome, PersonKind } from '@/domain/shared/enums';
import { readPeopleByKey } from '@/store/paths/paths.queries';
import { RequestContext } from '@/graphql/context';
import { InvalidInput } from '@/app/errors';
import { IntroductionType } from '@/graphql/introduction/introduction.type';
import { PersonInterface } from '@/graphql/person/person.interface';
import { isIsoDate } from '@/graphql/shared/validators';
import { inTransaction } from '@/graphql/shared/write';
import { IntroductionRequestInput } from './warm-path.input';
import { PathMemberType, PathStepType, WarmPathType } from './warm-path.type';
import { DEFAULTS, PathMemberView, PathStepView, WarmPathView } from '@/app/paths/warm-path';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { requestIntroduction } from '@/app/paths/request-introduction';
import { recordIntroductionOutcome } from '@/app/paths/record-introduction-outcome';

/** A person as far as the path itself knows them: enough for `id`, `name` and the type. */
interface LightPerson {
  id: string;
  name: string;
  kind: PersonKind;
}

const LIGHT_FIELDS = new Set(['id', 'name', '__typename']);

/** Whether a Person field asks for nothing beyond id, name and __typename (then no store read is needed). */
function wantsOnlyLight(info: GraphQLResolveInfo): boolean {
  const light = (set: SelectionSetNode | undefined): boolean =>
    !set || set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return LIGHT_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return light(s.selectionSet);
      const fragment = info.fragments[s.name.value];
      return !!fragment && light(fragment.selectionSet);
    });
  return info.fieldNodes.every((n) => light(n.selectionSet));
}

/**
 * Full Person records of path people, one primary-key read each, batched per request (the embedded engine scans
 * every person for `id IN $ids`); what they read also fills the request's person loader.
 */
const fullLoaders = new WeakMap<RequestContext, DataLoader<string, Person | null>>();
function fullPerson(ctx: RequestContext, id: string): Promise<Person | null> {
  let loader = fullLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, Person | null>(async (ids) => {
      const found = new Map((await readPeopleByKey(ctx.store.read, ids)).map((p) => [p.id, p] as const));
      for (const p of found.values()) ctx.loaders.person.prime(p.id, p);
      return ids.map((i) => found.get(i) ?? null);
    });
    fullLoaders.set(ctx, loader);
  }
  return loader.load(id);
}

function person(ctx: RequestContext, info: GraphQLResolveInfo, id: string, light: (id: string) => LightPerson | undefined): Promise<Person | LightPerson | null> {
  const l = light(id);
  return l && wantsOnlyLight(info) ? Promise.resolve(l) : fullPerson(ctx, id);
}

function lightOf(path: WarmPathView): (id: string) => LightPerson | undefined {
  return (id) => {
    const m = path.members.find((x) => x.personId === id);
    return m ? { id, name: m.name, kind: m.kind } : undefined;
  };
}

/** Steps and members point back to their path, for the names it knows. */
const pathOf = new WeakMap<object, WarmPathView>();

@Resolver(() => WarmPathType)
export class WarmPathResolver {
  @Query(() => [WarmPathType], {
    description: 'Best chains of trusted people from our side to a person or a company, strongest first (then fewer hops). '
      + '`to`: a rep id, or a company id (paths end at people who work there now). `from`: a manager id; without it, paths may '
      + 'start at any of our managers. `avoid`: people no path may contain.',
  })
  async warmIntroPaths(
    @Arg('to', () => ID, { description: 'The target: a rep id, or a company id (paths then end at people who work there now)' }) to: string,
    @Arg('from', () => ID, { nullable: true, description: 'The manager paths start from; omitted: any of our managers' }) from: string | null,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: DEFAULTS.maxHops, description: '1 to 6' }) maxHops: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: DEFAULTS.limit, description: '1 to 50' }) limit: number | null,
    @Arg('minTrust', () => Float, { nullable: true, defaultValue: DEFAULTS.minTrust, description: 'every step at least this, 0 to 1' }) minTrust: number | null,
    @Arg('avoid', () => [ID], { nullable: true, description: 'people no path may contain' }) avoid: string[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<WarmPathView[]> {
    const paths = await findWarmPaths(neighbourhoodsOf(ctx.store), { to, from, maxHops, limit, minTrust, avoid, today: ctx.today });
    for (const p of paths) for (const x of [...p.steps, ...p.members]) pathOf.set(x, p);
    return paths;
  }

  @FieldResolver(() => [PersonInterface])
  async people(@Root() path: WarmPathView, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const people = await Promise.all(path.people.map((id) => person(ctx, info, id, lightOf(path))));
    return people.filter((p) => p !== null);
  }

  @Mutation(() => IntroductionType, {
    description: 'Asks for an introduction along a warm path: records that the person before the target introduces the target to '
      + 'the manager the path starts from, outcome PENDING (asking again while pending answers the same record)',
  })
  requestIntroduction(@Arg('input', () => IntroductionRequestInput, { description: 'The warm path to ask along' }) input: IntroductionRequestInput, @Ctx() ctx: RequestContext): Promise<Introduction> {
    return requestIntroduction(input.path, ctx.today, (work) => inTransaction(ctx, work));
  }

  @Mutation(() => IntroductionType, {
    description: 'Records how an introduction ended; `at` (YYYY-MM-DD, default today) is the day it happened. '
      + 'A MET outcome gives the manager and the introduced person a tie the next search uses',
  })
  recordIntroductionOutcome(
    @Arg('id', () => ID, { description: 'Id of the introduction' }) id: string,
    @Arg('outcome', () => IntroductionOutcome, { description: 'How it ended' }) outcome: IntroductionOutcome,
    @Arg('at', () => String, { nullable: true, description: 'The day it happened, YYYY-MM-DD; omitted: today' }) at: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Introduction> {
    if (at != null && !isIsoDate(at)) throw InvalidInput.field('at', 'must be a date YYYY-MM-DD');
    return recordIntroductionOutcome(id, outcome, at, ctx.today, (work) => inTransaction(ctx, work));
  }
}

@Resolver(() => PathStepType)
export class PathStepResolver {
  @FieldResolver(() => PersonInterface)
  from(@Root() step: PathStepView, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return person(ctx, info, step.from, lightFor(step));
  }

  @FieldResolver(() => PersonInterface)
  to(@Root() step: PathStepView, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return person(ctx, info, step.to, lightFor(step));
  }
}

@Resolver(() => PathMemberType)
export class PathMemberResolver {
  @FieldResolver(() => PersonInterface)
  person(@Root() member: PathMemberView, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return person(ctx, info, member.personId, lightFor(member));
  }
}

function lightFor(x: object): (id: string) => LightPerson | undefined {
  const path = pathOf.get(x);
  return path ? lightOf(path) : () => undefined;
}
