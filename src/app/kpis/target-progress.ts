import { type Deal } from '@/domain/deal/deal';
import { DealStage } from '@/domain/shared/enums';
import { type RevenueTarget, type TargetProgress, targetProgress } from '@/domain/kpis/revenue-target';
import { type TargetScope } from '@/domain/kpis/revenue-target';
import { type GraphOperations } from '@/store/graph-operations';
import { revenueTargetsOf } from '@/store/kpis/revenue-targets';

export interface TargetWithProgress extends RevenueTarget {
  progress: TargetProgress;
}

/** Revenue of the deals won from `from` to `to` (outcome day: closedAt, else proposedAt), each deal once. */
export function wonRevenue(deals: readonly Deal[], from: string, to: string): number {
  const seen = new Set<string>();
  let sum = 0;
  for (const d of deals) {
    if (d.stage !== DealStage.WON || seen.has(d.id)) continue;
    seen.add(d.id);
    const day = d.closedAt ?? d.proposedAt;
    if (day && day >= from && day <= to) sum += d.amount ?? 0;
  }
  return sum;
}

/** The deals a target counts: a partner's deals, or those of every partner in a manager's portfolio now. */
export async function dealsOfScope(read: GraphOperations, scope: TargetScope, scopeId: string): Promise<Deal[]> {
  if (scope === 'PARTNER') return (await read.dealsByCompanyIds([scopeId]))[0];
  const [entries] = await read.portfolioByManagerIds([scopeId]);
  return (await read.dealsByCompanyIds(entries.map((e) => e.companyId))).flat();
}

export function withProgress(t: RevenueTarget, deals: readonly Deal[], asOf: string): TargetWithProgress {
  const upTo = asOf < t.period.to ? asOf : t.period.to;
  return { ...t, progress: targetProgress(t.amount, t.period, wonRevenue(deals, t.period.from, upTo), asOf) };
}

/** The targets whose period meets [from, to] (all of them without a range). */
export function inRange(targets: readonly RevenueTarget[], range?: { from: string; to: string }): RevenueTarget[] {
  return targets.filter((t) => !range || (t.period.from <= range.to && t.period.to >= range.from));
}

/** A scope's targets whose period meets [from, to] (all of them without a range), each with its progress on `asOf`. */
export async function targetsWithProgress(
  read: GraphOperations, scope: TargetScope, scopeId: string, deals: readonly Deal[], asOf: string, range?: { from: string; to: string },
): Promise<TargetWithProgress[]> {
  return inRange(await revenueTargetsOf(read, scope, scopeId), range).map((t) => withProgress(t, deals, asOf));
}
