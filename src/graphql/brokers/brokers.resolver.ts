import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { brokerReasons } from '@/domain/brokers/broker-reasons';
import { roundHeadCount } from '@/domain/shared/rounding';
import { Company } from '@/domain/company/company';
import { RequestContext } from '@/graphql/context';
import { InvalidInput } from '@/app/errors';
import { BrokerSideFilter } from '@/app/brokers/broker-analysis';
import { RankedBroker, analyseBrokers, findBrokers } from '@/app/brokers/find-brokers';
import { readRequestOf } from '@/graphql/loaders-lookup';
import { BrokerAnalysisArgs, BrokersArgs } from './brokers.args';
import { BrokerCompanyType, BrokerNetworkType, BrokerSide, BrokerType } from './brokers.type';

const sideOf = (side: BrokerSide | null | undefined): BrokerSideFilter =>
  side === BrokerSide.OURS ? 'MANAGER' : side === BrokerSide.THEIRS ? 'REP' : null;

const analysisInput = (args: BrokerAnalysisArgs) => ({ minTrust: args.minTrust, side: sideOf(args.side), maxAgeSeconds: args.maxAgeSeconds });

/** What the Broker type resolves from. reachedThrough (in the type) is shown as a whole number of people. */
type BrokerView = RankedBroker;

@Resolver(() => BrokerType)
export class BrokerResolver {
  @Query(() => [BrokerType], {
    description: 'People (ours or theirs) whose ties connect our team to the most of the partner network, and what hangs on them (README, "Brokers")',
  })
  async brokers(@Args() args: BrokersArgs, @Ctx() ctx: RequestContext): Promise<BrokerView[]> {
    return findBrokers(readRequestOf(ctx), { ...analysisInput(args), limit: args.limit });
  }

  @Query(() => BrokerNetworkType, { description: 'The trust network behind brokers (same arguments) and how current the analysis is' })
  async brokerNetwork(@Args() args: BrokerAnalysisArgs, @Ctx() ctx: RequestContext) {
    const v = await analyseBrokers(readRequestOf(ctx), analysisInput(args));
    const r = v.value.result;
    return {
      people: r.people, ties: r.ties, managers: r.managers, reachable: r.reachable, minTrust: r.minTrust,
      freshness: {
        computedAt: new Date(v.computedAt).toISOString(), ageSeconds: Math.max(0, (Date.now() - v.computedAt) / 1000),
        upToDate: v.upToDate, computeMs: Math.round(v.value.computeMs), basis: v.basis,
      },
    };
  }

  @FieldResolver(() => [BrokerCompanyType], { description: 'Companies reached through them, most first' })
  async companies(
    @Root() b: BrokerView,
    @Ctx() ctx: RequestContext,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 5, description: '1 to 10' }) limit: number | null,
  ) {
    const n = limit ?? 5;
    if (!Number.isInteger(n) || n < 1 || n > 10) throw InvalidInput.field('limit', 'must be 1 to 10');
    const chosen = b.companies.slice(0, n);
    const companies = await ctx.loaders.company.loadMany(chosen.map((c) => c.companyId));
    return chosen.flatMap((c, i) => (companies[i] && !(companies[i] instanceof Error) ? [{ ...c, reachedThrough: roundHeadCount(c.reachedThrough), company: companies[i] }] : []));
  }

  @FieldResolver(() => Int, { description: "People reached through them: Σ over people of the share of our team's shortest chains passing through them, to the nearest whole person" })
  reachedThrough(@Root() b: BrokerView): number {
    return roundHeadCount(b.reachedThrough);
  }

  @FieldResolver(() => [String], { description: 'Short sentences saying why they matter' })
  async reasons(@Root() b: BrokerView, @Ctx() ctx: RequestContext): Promise<string[]> {
    const named = await ctx.loaders.company.loadMany(b.companies.slice(0, 3).map((c) => c.companyId));
    const names = new Map(named.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, (c as Company).name] as const] : [])));
    return brokerReasons(b, (id) => names.get(id) ?? id);
  }
}
