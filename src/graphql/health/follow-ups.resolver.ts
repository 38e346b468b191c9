import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { dailyFollowUps } from '@/app/health/follow-ups';
import { relationshipRisks } from '@/app/health/relationship-risks';
import { RequestContext } from '@/graphql/context';
import { FollowUpType, RelationshipRiskType } from './follow-ups.type';
import { healthContext } from './relationship-health.resolver';

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
    return (await dailyFollowUps(healthContext(ctx), { managerId, asOf, limit })) as FollowUpType[];
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
    return (await relationshipRisks(healthContext(ctx), { managerId, asOf, limit })) as RelationshipRiskType[];
  }
}
