import { NotFound } from '@/app/errors';
import { type Contract } from '@/domain/contract/contract';
import { isCurrent } from '@/domain/employment/employment';
import { type KpiReport, kpiReport } from '@/domain/kpis/kpi-report';
import { type Person, isRep } from '@/domain/person/person';
import { type KpiRange, checkRange } from './kpi-range';
import { type KpiDeps, contractsByRenewal, nextRenewalOf } from './partner-kpis';

/** A partner rep's KPIs (the deals they handled), with the contracts of the partners they work at now. */
export interface RepKpis extends KpiReport {
  rep: Person;
  contracts: Contract[];
  nextRenewal: string | null;
}

export async function repKpis(deps: KpiDeps, input: KpiRange & { repId: string }): Promise<RepKpis> {
  checkRange(input);
  const [rep] = await deps.read.peopleByIds([input.repId]);
  if (!rep || !isRep(rep)) throw new NotFound('rep', input.repId);
  const [[deals], [employments]] = await Promise.all([deps.read.dealsByPersonIds([rep.id]), deps.read.employmentsByRepIds([rep.id])]);
  const companies = [...new Set(employments.filter((e) => isCurrent(e, deps.today)).map((e) => e.companyId))];
  const contracts = (await deps.read.contractsByCompanyIds(companies)).flat();
  const own = deals.filter((d) => d.repId === rep.id);
  return { ...kpiReport(own, input.from, input.to, input.by)!, rep, contracts: contractsByRenewal(contracts), nextRenewal: nextRenewalOf(contracts, deps.today) };
}
