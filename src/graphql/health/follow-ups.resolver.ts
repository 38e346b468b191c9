import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { dailyFollowUps, KeyPersonsOf } from '@/app/health/follow-ups';
import { relationshipRisks, WarmPathTo } from '@/app/health/relationship-risks';
import { RequestContext } from '@/graphql/context';
import { keyPersonRankings } from '@/app/key-persons/key-person-rankings';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { FollowUpType, RelationshipRiskType } from './follow-ups.type';
import { healthContext } from './relationship-health.resolver';

function keyPersonsOf(ctx: RequestContext): KeyPersonsOf {
  return async (companyIds, today) => {
    const rankings = await keyPersonRankings(ctx.store, companyIds, today);
    return new Map([...rankings].map(([id, r]) => [id, r.map((k) => ({ personId: k.personId, name: k.name }))] as const));
  };
}

function warmPathTo(ctx: RequestContext, today: string): WarmPathTo {
  return async ({ to, from, avoid }) => {
    const [best] = await findWarmPaths(neighbourhoodsOf(ctx.store), { to, from, avoid, limit: 1, today });
    if (!best) return null;
    const names = new Map(best.members.map((m) => [m.personId, m.name] as const));
    return { strength: best.strength, people: best.people.map((id) => ({ id, name: names.get(id) ?? id })) };
  };
}

@Resolver()
export class FollowUpsResolver {
  @Query(() => [FollowUpType], {
    description: 'A manager\'s follow-ups for the day, most urgent first, each with why (README, "Follow-ups"). A manager sees their own, an admin anyone\'s; analysts get none (next actions are masked for them)',
  })
  async dailyFollowUps(
    @Arg('managerId', () => ID, { description: 'The manager' }) managerId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD: the day; default today' }) asOf: string | null,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'How many, 1 to 500' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<FollowUpType[]> {
    return (await dailyFollowUps(healthContext(ctx), { managerId, asOf, limit }, keyPersonsOf(ctx))) as FollowUpType[];
  }

  @Query(() => [RelationshipRiskType], {
    description: 'Threats to partner relationships in a manager\'s portfolio, or the whole team\'s, most severe first, each with whom to meet and the warm path to them (README, "Relationship risks")',
  })
  async relationshipRisks(
    @Arg('managerId', () => ID, { nullable: true, description: 'The manager whose portfolio; omitted: the whole team' }) managerId: string | null,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD: the day; default today' }) asOf: string | null,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'How many, 1 to 100' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<RelationshipRiskType[]> {
    const day = asOf ?? ctx.today;
    return (await relationshipRisks(healthContext(ctx), { managerId, asOf, limit }, keyPersonsOf(ctx), warmPathTo(ctx, day))) as RelationshipRiskType[];
  }
}
