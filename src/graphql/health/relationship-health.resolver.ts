import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { RelationshipHealth } from '@/domain/health/relationship-health';
import { Relationship } from '@/domain/relationship/relationship';
import { Network } from '@/domain/paths/network';
import { HealthContext } from '@/app/health/health-ports';
import { checkAsOf, relationshipHealth, tieHealth } from '@/app/health/relationship-health';
import { clearTrustOverride, overrideTrust } from '@/app/health/override-trust';
import { RequestContext } from '@/graphql/context';
import { RelationshipType } from '@/graphql/relationship/relationship.type';
import { inTransaction } from '@/graphql/shared/write';
import { RoundedScore } from '@/graphql/shared/score-field';
import { roundScore } from '@/domain/shared/rounding';
import { RelationshipHealthType, TrustEvidenceType, TrustOverrideType, TrustRank, TrustTrend } from './relationship-health.type';

export function healthContext(ctx: RequestContext): HealthContext {
  return { actor: ctx.actor, store: ctx.store, read: ctx.store.read, today: ctx.today, write: (work) => inTransaction(ctx, work) };
}

export function toHealthView(h: RelationshipHealth): RelationshipHealthType {
  return {
    a: h.a, b: h.b, effectiveTrust: h.effectiveTrust, rank: h.rank as TrustRank, trend: h.trend as TrustTrend, trustThen: h.trustThen,
    trendSince: h.trendSince, basis: h.basis as RelationshipHealthType['basis'], recordedTrust: h.recorded?.trust ?? null,
    recordedAt: h.recorded?.recordedAt ?? null, recordedAgeDays: h.recorded?.ageDays ?? null, computedTrust: h.computedTrust,
    evidence: evidenceView(h), override: h.override as TrustOverrideType | null, lastContactAt: h.lastContactAt,
  };
}

const evidenceViews = new WeakMap<RelationshipHealth, TrustEvidenceType[]>();

/**
 * A tie's evidence as GraphQL shows it, each effect rounded (roundScore, the rule of every computed score); once per
 * health value, which the change-feed memo hands out again and again while nothing changes.
 */
function evidenceView(h: RelationshipHealth): TrustEvidenceType[] {
  let view = evidenceViews.get(h);
  if (!view) evidenceViews.set(h, (view = h.evidence.map((e) => ({ ...e, effect: roundScore(e.effect) }) as TrustEvidenceType)));
  return view;
}

/** One network per person and day per request: a person's ties listed together read it once. */
const networks = new WeakMap<RequestContext, Map<string, Promise<Network>>>();

function healthInRequest(ctx: RequestContext, a: string, b: string, asOf: string): Promise<RelationshipHealth | null> {
  let memo = networks.get(ctx);
  if (!memo) networks.set(ctx, (memo = new Map()));
  return tieHealth(ctx.store, memo, a, b, asOf);
}

@Resolver(() => RelationshipHealthType)
export class RelationshipHealthResolver {
  @Query(() => RelationshipHealthType, { nullable: true, description: 'The health of the tie between two people (README, "Relationship health"); null when they have no tie' })
  async relationshipHealth(
    @Arg('a', () => ID, { description: 'One person' }) a: string,
    @Arg('b', () => ID, { description: 'The other person (the order does not matter)' }) b: string,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD: the day asked; default today' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RelationshipHealthType | null> {
    const h = await relationshipHealth(healthContext(ctx), { a, b, asOf });
    return h && toHealthView(h);
  }

  @Mutation(() => RelationshipHealthType, {
    description: 'Corrects the trust of a tie (a manager: only ties they are an end of). It is the effective trust, warm paths included, until cleared; evidence dated after it moves it; NOT_FOUND when there is no tie',
  })
  async overrideTrust(
    @Arg('a', () => ID, { description: 'One person of the tie' }) a: string,
    @Arg('b', () => ID, { description: 'The other person' }) b: string,
    @Arg('trust', () => Float, { description: 'The trust to use, 0 to 1' }) trust: number,
    @Arg('note', () => String, { nullable: true, description: 'Why, at most 500 characters' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RelationshipHealthType> {
    return toHealthView(await overrideTrust(healthContext(ctx), { a, b, trust, note }));
  }

  @Mutation(() => RelationshipHealthType, { nullable: true, description: 'Removes the override of a tie (NOT_FOUND when it has none); returns the tie\'s health after it' })
  async clearTrustOverride(
    @Arg('a', () => ID, { description: 'One person of the tie' }) a: string,
    @Arg('b', () => ID, { description: 'The other person' }) b: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RelationshipHealthType | null> {
    const h = await clearTrustOverride(healthContext(ctx), { a, b });
    return h && toHealthView(h);
  }
}

/** The health fields on Relationship, on the day of the request. */
@Resolver(() => RelationshipType)
export class RelationshipHealthFieldsResolver {
  private async today(r: Relationship, ctx: RequestContext): Promise<RelationshipHealth | null> {
    return healthInRequest(ctx, r.a, r.b, ctx.today);
  }

  @UseMiddleware(RoundedScore)
  @FieldResolver(() => Float, { description: 'Effective trust in [0, 1] today: the recorded trust moved by newer evidence, or the override (what warm paths use)' })
  async effectiveTrust(@Root() r: Relationship, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.today(r, ctx))?.effectiveTrust ?? r.trust;
  }

  @FieldResolver(() => TrustRank, { description: 'effectiveTrust as a rank: A ≥ 0.75, B ≥ 0.5, C ≥ 0.25, D below' })
  async rank(@Root() r: Relationship, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.today(r, ctx))?.rank ?? 'D';
  }

  @FieldResolver(() => TrustTrend, { description: 'effectiveTrust now against 90 days ago (or since the recording or override)' })
  async trend(@Root() r: Relationship, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.today(r, ctx))?.trend ?? 'STABLE';
  }

  @FieldResolver(() => [TrustEvidenceType], { description: 'Every interaction, introduction and deal since the recording, oldest first, with its effect and a reason' })
  async evidence(@Root() r: Relationship, @Ctx() ctx: RequestContext): Promise<TrustEvidenceType[]> {
    const h = await this.today(r, ctx);
    return h ? evidenceView(h) : [];
  }

  @FieldResolver(() => TrustOverrideType, { nullable: true, description: 'The override of the tie (who, when, note, the computed value beside it); null when none' })
  async override(@Root() r: Relationship, @Ctx() ctx: RequestContext): Promise<TrustOverrideType | null> {
    return ((await this.today(r, ctx))?.override ?? null) as TrustOverrideType | null;
  }

  @FieldResolver(() => RelationshipHealthType, { nullable: true, description: 'All of the tie\'s health on a day' })
  async health(
    @Root() r: Relationship,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD; default today' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RelationshipHealthType | null> {
    const h = await healthInRequest(ctx, r.a, r.b, checkAsOf(asOf, ctx.today));
    return h && toHealthView(h);
  }
}
