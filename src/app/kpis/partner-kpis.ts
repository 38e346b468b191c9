import { NotFound } from '@/app/errors';
import { type Actor } from '@/domain/auth/actor';
import { type Company } from '@/domain/company/company';
import { type Contract, renewalDate } from '@/domain/contract/contract';
import { type KpiReport, kpiReport } from '@/domain/kpis/kpi-report';
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';
import { changeMemo } from '@/app/health/change-memo';
import { sharedNetwork } from '@/app/health/trust-network';
import { type KpiRange, checkRange } from './kpi-range';
import { revenueTargetsOf } from '@/store/kpis/revenue-targets';
import { type TargetWithProgress, inRange, withProgress } from './target-progress';

export interface KpiDeps {
  read: GraphOperations;
  /** The store `read` reads: while its in-memory network is loaded, a partner's KPIs are kept until the next change. */
  store?: GraphStore;
  actor: Actor;
  /** YYYY-MM-DD: target progress is judged on this day. */
  today: string;
}

/** A partner's KPIs with its contract terms and revenue targets beside them. */
export interface PartnerKpis extends KpiReport {
  company: Company;
  /** Its contracts, the next renewal first (no renewal date last). */
  contracts: Contract[];
  /** The earliest renewal date on or after today among its ACTIVE contracts; null when none. */
  nextRenewal: string | null;
  targets: TargetWithProgress[];
}

export function contractsByRenewal(contracts: readonly Contract[]): Contract[] {
  return [...contracts].sort((a, b) => (renewalDate(a) ?? '9999').localeCompare(renewalDate(b) ?? '9999') || a.id.localeCompare(b.id));
}

export function nextRenewalOf(contracts: readonly Contract[], today: string): string | null {
  const days = contracts.filter((k) => k.status === 'ACTIVE').map(renewalDate).filter((d): d is string => !!d && d >= today).sort();
  return days[0] ?? null;
}

/**
 * partnerKpis: every role may read KPIs (analysts included: no personal field is in them), so the answer depends on the
 * graph, the arguments and today only: while the in-memory network is loaded it is kept in a change-feed memo
 * (src/app/health/change-memo.ts, emptied at every change the feed tells; a promise, so concurrent callers share it).
 */
export async function partnerKpis(deps: KpiDeps, input: KpiRange & { companyId: string }): Promise<PartnerKpis> {
  checkRange(input);
  const store = deps.store;
  if (!store || !sharedNetwork(store)) return computePartnerKpis(deps, input);
  const key = [input.companyId, input.from, input.to, input.by, deps.today].join('\u0000');
  const memo = changeMemo<Promise<PartnerKpis>>(store, 'partner-kpis');
  return memo.get(key, () => computePartnerKpis(deps, input)).catch((e: unknown) => {
    memo.delete(key);
    throw e;
  });
}

async function computePartnerKpis(deps: KpiDeps, input: KpiRange & { companyId: string }): Promise<PartnerKpis> {
  // read side by side (an unknown company has no deals, contracts or targets: NOT_FOUND below either way)
  const [[company], [deals], [contracts], targets] = await Promise.all([
    deps.read.companiesByIds([input.companyId]), deps.read.dealsByCompanyIds([input.companyId]), deps.read.contractsByCompanyIds([input.companyId]),
    revenueTargetsOf(deps.read, 'PARTNER', input.companyId),
  ]);
  if (!company) throw new NotFound('company', input.companyId);
  const report = kpiReport(deals, input.from, input.to, input.by)!;
  return {
    ...report, company, contracts: contractsByRenewal(contracts), nextRenewal: nextRenewalOf(contracts, deps.today),
    targets: inRange(targets, input).map((t) => withProgress(t, deals, deps.today)),
  };
}
