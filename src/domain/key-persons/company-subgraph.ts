/**
 * A company's subgraph (what scoreKeyPersons reads) built from the people network held in memory (src/domain/paths/
 * network.ts: people, employments, recorded relationships and introductions, kept exact by the change feed) plus the
 * two kinds of record that network does not hold: the reports-to links and the company's deals. Pure: the caller
 * reads those two and passes them in.
 *
 * It gives what the store's six queries give (src/store/insights, companySubgraphs), record for record:
 * - members: one entry per employment at the company current on `today` (started on or before it, or no start
 *   recorded; not ended by it), with the person's name and that employment's title, department and start;
 * - a relationship of a member with a MANAGER is a manager tie (whether or not the manager works there); with
 *   anyone else, a colleague tie when both work there now;
 * - reports-to links and introductions: those made by current members (links: between two of them);
 * - every deal with the company.
 */
import { type Employment, isCurrent } from '@/domain/employment/employment';
import { type Introduction } from '@/domain/introduction/introduction';
import { type ChartLink, type ColleagueTie, type CompanyMember, type CompanySubgraph, type DealFact, type IntroductionFact, type ManagerTie } from './key-persons';

/** What the builder reads of the in-memory network (Network satisfies it). */
export interface PeopleNetwork {
  readonly people: ReadonlyMap<string, { name: string; kind: string }>;
  currentEmployees(companyId: string, today: string): string[];
  employmentsOfPerson(id: string): Employment[];
  tiesOfPerson(id: string): readonly { a: string; b: string; trust: number }[];
  allIntroductions(): Iterable<Introduction>;
}

/** The records of one company the network does not hold, as read from the store (links of anyone employed there). */
export interface CompanyRecords {
  chart: ChartLink[];
  deals: DealFact[];
}

export function companySubgraphFromNetwork(net: PeopleNetwork, companyId: string, today: string, records: CompanyRecords): CompanySubgraph {
  const members: CompanyMember[] = [];
  for (const id of net.currentEmployees(companyId, today)) {
    const person = net.people.get(id);
    if (!person) continue;
    for (const e of net.employmentsOfPerson(id)) {
      if (e.companyId === companyId && isCurrent(e, today)) members.push({ id, name: person.name, title: e.title, department: e.department, since: e.since });
    }
  }
  const inside = new Set(members.map((m) => m.id));
  const ties: ColleagueTie[] = [];
  const managerTies: ManagerTie[] = [];
  for (const id of inside) {
    for (const t of net.tiesOfPerson(id)) {
      const other = t.a === id ? t.b : t.a;
      const person = net.people.get(other);
      if (person?.kind === 'MANAGER') managerTies.push({ personId: id, managerId: other, managerName: person.name, trust: t.trust });
      // a tie between two members is seen from both: kept once
      else if (inside.has(other) && id <= other) ties.push({ a: t.a, b: t.b, trust: t.trust });
    }
  }
  const introductions: IntroductionFact[] = [];
  for (const x of net.allIntroductions()) {
    if (inside.has(x.introducerId)) introductions.push({ introducerId: x.introducerId, outcome: x.outcome, at: x.at });
  }
  return {
    companyId, companyName: '', members, ties, managerTies, introductions,
    chart: records.chart.filter((l) => inside.has(l.repId) && inside.has(l.bossId)),
    deals: records.deals,
  };
}
