import { type Deal } from './deal';
import { DealStage } from '@/domain/shared/enums';

export interface LossReasonCount {
  reason: string;
  count: number;
}

/** KPIs of a set of deals: counts, won revenue and gross profit, win rate over closed deals, loss reasons. */
export interface DealKpis {
  deals: number;
  open: number;
  won: number;
  lost: number;
  revenue: number;
  grossProfit: number;
  /** won / (won + lost); null when nothing has closed. */
  winRate: number | null;
  lossReasons: LossReasonCount[];
}

export function dealKpis(deals: readonly Deal[], from?: string | null, to?: string | null): DealKpis {
  const inPeriod = deals.filter((d) => {
    const at = d.closedAt ?? d.proposedAt ?? '';
    return (!from || at >= from) && (!to || at <= to);
  });
  const won = inPeriod.filter((d) => d.stage === DealStage.WON);
  const lost = inPeriod.filter((d) => d.stage === DealStage.LOST);
  const reasons = new Map<string, number>();
  for (const d of lost) if (d.lossReason) reasons.set(d.lossReason, (reasons.get(d.lossReason) ?? 0) + 1);
  return {
    deals: inPeriod.length,
    open: inPeriod.filter((d) => d.stage === DealStage.OPEN).length,
    won: won.length,
    lost: lost.length,
    revenue: won.reduce((s, d) => s + (d.amount ?? 0), 0),
    grossProfit: won.reduce((s, d) => s + (d.grossProfit ?? 0), 0),
    winRate: won.length + lost.length ? won.length / (won.length + lost.length) : null,
    lossReasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
}
