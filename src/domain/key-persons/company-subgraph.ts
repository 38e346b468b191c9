/**
 * A company's subgraph (what scoreKeyPersons reads) built from the people network held in memory (src/domain/paths/
 * network.ts: people, employments, recorded relationships, introductions, reports-to links and the deals with each
 * company, kept exact by the change feed). Pure: no read at all.
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
  /** Every employment record at the company, current or not. */
  employmentsAtCompany(companyId: string): readonly Employment[];
  tiesOfPerson(id: string): readonly { a: string; b: string; trust: number }[];
  introductionsMadeBy(id: string): readonly Introduction[];
  bossesOfPerson(id: string): readonly string[];
  dealsWithCompany(companyId: string): readonly DealFact[];
}

export function companySubgraphFromNetwork(net: PeopleNetwork, companyId: string, today: string): CompanySubgraph {
  const members: CompanyMember[] = [];
  for (const e of net.employmentsAtCompany(companyId)) {
    if (!isCurrent(e, today)) continue;
    const person = net.people.get(e.repId);
    if (person) members.push({ id: e.repId, name: person.name, title: e.title, department: e.department, since: e.since });
  }
  const inside = new Set(members.map((m) => m.id));
  const ties: ColleagueTie[] = [];
  const managerTies: ManagerTie[] = [];
  const introductions: IntroductionFact[] = [];
  const chart: ChartLink[] = [];
  for (const id of inside) {
    for (const t of net.tiesOfPerson(id)) {
      const other = t.a === id ? t.b : t.a;
      const person = net.people.get(other);
      if (person?.kind === 'MANAGER') managerTies.push({ personId: id, managerId: other, managerName: person.name, trust: t.trust });
      // a tie between two members is seen from both: kept once
      else if (inside.has(other) && id <= other) ties.push({ a: t.a, b: t.b, trust: t.trust });
    }
    for (const x of net.introductionsMadeBy(id)) introductions.push({ introducerId: id, outcome: x.outcome, at: x.at });
    for (const bossId of net.bossesOfPerson(id)) if (inside.has(bossId)) chart.push({ repId: id, bossId });
  }
  return { companyId, companyName: '', members, ties, managerTies, introductions, chart, deals: [...net.dealsWithCompany(companyId)] };
}
