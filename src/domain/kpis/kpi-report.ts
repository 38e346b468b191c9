import { type Deal } from '@/domain/deal/deal';
import { type LossReasonCount } from '@/domain/deal/kpis';
import { DealStage } from '@/domain/shared/enums';
import { roundScore } from '@/domain/shared/rounding';
import { type Period, type PeriodUnit, periodsOf } from './periods';
import { byCompetitor } from '@/domain/deal/competitor';

/**
 * KPIs of deals over a range of days, in total and per period. What is counted where (README, "KPIs"):
 * - `proposed`: deals whose proposedAt falls in the period;
 * - `won` / `lost`: WON / LOST deals whose outcome day (closedAt, else proposedAt) falls in the period;
 * - `revenue` / `grossProfit`: sums of amount / grossProfit of the deals won in the period (unknown counts 0);
 * - `winRate`: won / (won + lost) in the period, rounded to 4 decimals; null when nothing closed.
 * A deal proposed in March and won in May is proposed in March's row and won in May's.
 */
export interface PeriodKpis extends Period {
  proposed: number;
  won: number;
  lost: number;
  winRate: number | null;
  revenue: number;
  grossProfit: number;
}

/** A competitor and the deals we lost to them in the range. */
export interface CompetitorLosses {
  competitor: string;
  /** LOST deals that name them. */
  lost: number;
  /** Sum of those deals' amounts (what went to them), unknown counting 0. */
  amount: number;
}

export interface KpiReport {
  from: string;
  to: string;
  by: PeriodUnit;
  total: PeriodKpis;
  periods: PeriodKpis[];
  /** Loss reasons of the deals lost in the range, most frequent first, then by reason. */
  lossReasons: LossReasonCount[];
  /** Whom we lose to, most losses first, then most amount, then by name. */
  competitors: CompetitorLosses[];
}

/** The day a deal's outcome counts on: closedAt, else proposedAt (null: never counted as closed). */
const outcomeDay = (d: Pick<Deal, 'closedAt' | 'proposedAt'>): string | null => d.closedAt ?? d.proposedAt;

function empty(p: Period): PeriodKpis {
  return { ...p, proposed: 0, won: 0, lost: 0, winRate: null, revenue: 0, grossProfit: 0 };
}

/** Index of the period holding `day` (periods are sorted and contiguous), or -1. */
function periodIndex(periods: readonly Period[], day: string | null): number {
  if (!day || periods.length === 0 || day < periods[0].from || day > periods[periods.length - 1].to) return -1;
  let lo = 0;
  let hi = periods.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (periods[mid].to < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts ranked: most first, then by name. */
function ranked(counts: Map<string, number>): { name: string; n: number }[] {
  return [...counts].map(([name, n]) => ({ name, n })).sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The report of `deals` over [from, to] by `by`; null when the range needs more than MAX_PERIODS periods.
 * Deals are given once each (the caller removes duplicates).
 */
export function kpiReport(deals: readonly Deal[], from: string, to: string, by: PeriodUnit): KpiReport | null {
  const periods = periodsOf(from, to, by);
  if (!periods) return null;
  const rows = periods.map(empty);
  const total = empty({ label: `${from}..${to}`, from, to });
  const reasons = new Map<string, number>();
  const rivals = new Map<string, { lost: number; amount: number }>();
  for (const d of deals) {
    const p = periodIndex(periods, d.proposedAt);
    if (p >= 0) {
      rows[p].proposed++;
      total.proposed++;
    }
    if (d.stage !== DealStage.WON && d.stage !== DealStage.LOST) continue;
    const c = periodIndex(periods, outcomeDay(d));
    if (c < 0) continue;
    for (const row of [rows[c], total]) {
      if (d.stage === DealStage.WON) {
        row.won++;
        row.revenue += d.amount ?? 0;
        row.grossProfit += d.grossProfit ?? 0;
      } else row.lost++;
    }
    if (d.stage === DealStage.LOST) {
      if (d.lossReason) reasons.set(d.lossReason, (reasons.get(d.lossReason) ?? 0) + 1);
      if (d.competitor) {
        const r = rivals.get(d.competitor) ?? { lost: 0, amount: 0 };
        r.lost++;
        r.amount += d.amount ?? 0;
        rivals.set(d.competitor, r);
      }
    }
  }
  for (const row of [...rows, total]) row.winRate = row.won + row.lost ? roundScore(row.won / (row.won + row.lost)) : null;
  return {
    from, to, by, total, periods: rows,
    lossReasons: ranked(reasons).map(({ name, n }) => ({ reason: name, count: n })),
    // one competitor however its name was typed (width, case, spaces), under its most used spelling
    competitors: [...byCompetitor(rivals, (a, b) => ({ lost: a.lost + b.lost, amount: a.amount + b.amount }), (r) => r.lost)]
      .map(([competitor, r]) => ({ competitor, lost: r.lost, amount: r.amount }))
      .sort((a, b) => b.lost - a.lost || b.amount - a.amount || (a.competitor < b.competitor ? -1 : a.competitor > b.competitor ? 1 : 0)),
  };
}
