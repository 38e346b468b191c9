import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { instantOn } from '@/domain/shared/calendar-date';
import { partnerKpis } from '@/app/kpis/partner-kpis';
import { portfolioKpis } from '@/app/kpis/portfolio-kpis';
import { repKpis } from '@/app/kpis/rep-kpis';
import { setRevenueTarget } from '@/app/kpis/set-revenue-target';
import { TargetWithProgress } from '@/app/kpis/target-progress';
import { RequestContext } from '@/graphql/context';
import { inTransaction } from '@/graphql/shared/write';
import { PartnerKpisArgs, PortfolioKpisArgs, RepKpisArgs, SetRevenueTargetInput } from './kpis.args';
import { PartnerKpisType, PortfolioKpisType, RepKpisType, RevenueTargetType } from './kpis.type';

const deps = (ctx: RequestContext) => ({ read: ctx.store.read, store: ctx.store, actor: ctx.actor, today: ctx.today });

/** A target as the GraphQL type shows it (period flattened). */
export function targetView(t: TargetWithProgress) {
  return { ...t, period: t.period.label, periodFrom: t.period.from, periodTo: t.period.to };
}

@Resolver()
export class KpisResolver {
  @Query(() => PartnerKpisType, { description: 'A partner\'s deal KPIs over a range, in total and per period, with loss reasons, competitors, contracts and targets' })
  async partnerKpis(@Args() args: PartnerKpisArgs, @Ctx() ctx: RequestContext) {
    const r = await partnerKpis(deps(ctx), args);
    return { ...r, targets: r.targets.map(targetView) };
  }

  @Query(() => RepKpisType, { description: 'A partner rep\'s deal KPIs over a range (the deals they handled), in total and per period' })
  repKpis(@Args() args: RepKpisArgs, @Ctx() ctx: RequestContext) {
    return repKpis(deps(ctx), args);
  }

  @Query(() => PortfolioKpisType, { description: 'A manager\'s portfolio KPIs over a range: all their partners, in total, per period and per partner' })
  async portfolioKpis(@Args() args: PortfolioKpisArgs, @Ctx() ctx: RequestContext) {
    const r = await portfolioKpis(deps(ctx), args);
    return { ...r, targets: r.targets.map(targetView) };
  }

  @Mutation(() => RevenueTargetType, { description: 'Sets (or replaces) the revenue target of a partner or a manager for a period; returns it with its progress today' })
  async setRevenueTarget(@Arg('input', () => SetRevenueTargetInput, { description: 'Whose target, for which period, how much' }) input: SetRevenueTargetInput, @Ctx() ctx: RequestContext) {
    const t = await inTransaction(ctx, (ops) => setRevenueTarget(ops, ctx.actor, input, { at: instantOn(ctx.today), today: ctx.today }));
    return targetView(t);
  }
}
