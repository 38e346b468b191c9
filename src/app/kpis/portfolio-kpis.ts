import { NotFound } from '@/app/errors';
import { type Company } from '@/domain/company/company';
import { type Contract } from '@/domain/contract/contract';
import { type KpiReport, type PeriodKpis, kpiReport } from '@/domain/kpis/kpi-report';
import { PersonKind } from '@/domain/shared/enums';
import { type Person } from '@/domain/person/person';
import { type KpiRange, checkRange } from './kpi-range';
import { type KpiDeps, contractsByRenewal, nextRenewalOf } from './partner-kpis';
import { type TargetWithProgress, targetsWithProgress } from './target-progress';

/** One partner of a portfolio: its totals over the range and its contracts. */
export interface PortfolioPartner {
  company: Company;
  total: PeriodKpis;
  contracts: Contract[];
  nextRenewal: string | null;
}

/** A manager's portfolio: the deals of every partner they own now, in total and per period, and per partner. */
export interface PortfolioKpis extends KpiReport {
  manager: Person;
  /** Most revenue first, then by company id. */
  partners: PortfolioPartner[];
  targets: TargetWithProgress[];
}

export async function portfolioKpis(deps: KpiDeps, input: KpiRange & { managerId: string }): Promise<PortfolioKpis> {
  checkRange(input);
  const [manager] = await deps.read.peopleByIds([input.managerId]);
  if (!manager || manager.kind !== PersonKind.MANAGER) throw new NotFound('manager', input.managerId);
  const [entries] = await deps.read.portfolioByManagerIds([manager.id]);
  const ids = [...new Set(entries.map((e) => e.companyId))];
  const [companies, dealLists, contractLists] = await Promise.all([
    deps.read.companiesByIds(ids), deps.read.dealsByCompanyIds(ids), deps.read.contractsByCompanyIds(ids),
  ]);
  const partners: PortfolioPartner[] = [];
  ids.forEach((_, i) => {
    const company = companies[i];
    if (!company) return;
    partners.push({
      company, total: kpiReport(dealLists[i], input.from, input.to, input.by)!.total,
      contracts: contractsByRenewal(contractLists[i]), nextRenewal: nextRenewalOf(contractLists[i], deps.today),
    });
  });
  partners.sort((a, b) => b.total.revenue - a.total.revenue || a.company.id.localeCompare(b.company.id));
  const deals = dealLists.flat();
  return {
    ...kpiReport(deals, input.from, input.to, input.by)!, manager, partners,
    targets: await targetsWithProgress(deps.read, 'MANAGER', manager.id, deals, deps.today, input),
  };
}
