import { NotFound } from '@/app/errors';
import { type Actor } from '@/domain/auth/actor';
import { type Company } from '@/domain/company/company';
import { type Contract, renewalDate } from '@/domain/contract/contract';
import { type KpiReport, kpiReport } from '@/domain/kpis/kpi-report';
import { type GraphOperations } from '@/store/graph-operations';
import { type KpiRange, checkRange } from './kpi-range';
import { type TargetWithProgress, targetsWithProgress } from './target-progress';

export interface KpiDeps {
  read: GraphOperations;
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

/** partnerKpis: every role may read KPIs (analysts included: no personal field is in them). */
export async function partnerKpis(deps: KpiDeps, input: KpiRange & { companyId: string }): Promise<PartnerKpis> {
  checkRange(input);
  const [company] = await deps.read.companiesByIds([input.companyId]);
  if (!company) throw new NotFound('company', input.companyId);
  const [[deals], [contracts]] = await Promise.all([deps.read.dealsByCompanyIds([company.id]), deps.read.contractsByCompanyIds([company.id])]);
  const report = kpiReport(deals, input.from, input.to, input.by)!;
  return {
    ...report, company, contracts: contractsByRenewal(contracts), nextRenewal: nextRenewalOf(contracts, deps.today),
    targets: await targetsWithProgress(deps.read, 'PARTNER', company.id, deals, deps.today, input),
  };
}
