import { collectSnapshot, generateSnapshot } from '@/generator';
import { importSnapshot } from '@/wiring/snapshot';
import { sharedNetwork } from '@/app/health/trust-network';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { keyPersonRankings } from '@/app/key-persons/key-person-rankings';
import { type CompanySubgraph, scoreKeyPersons } from '@/domain/key-persons/key-persons';
import { companySubgraphs } from '@/store/insights/insights.queries';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

jest.setTimeout(300_000);

const today = new Date().toISOString().slice(0, 10);

/** A subgraph as sets (the store answers in its own order, with a tie between two members once from each side). */
function normalised(g: CompanySubgraph): Record<string, unknown> {
  const sorted = (xs: string[]): string[] => [...new Set(xs)].sort();
  return {
    members: sorted(g.members.map((m) => JSON.stringify([m.id, m.name, m.title, m.department, m.since]))),
    ties: sorted(g.ties.filter((t) => t.a !== t.b).map((t) => JSON.stringify([...[t.a, t.b].sort(), t.trust]))),
    managerTies: sorted(g.managerTies.map((t) => JSON.stringify([t.personId, t.managerId, t.managerName, t.trust]))),
    chart: sorted(g.chart.map((l) => JSON.stringify([l.repId, l.bossId]))),
    deals: g.deals.map((d) => JSON.stringify(d)).sort(),
    introductions: g.introductions.map((i) => JSON.stringify([i.introducerId, i.outcome, i.at])).sort(),
  };
}

/** Equal, numbers to 1e-12 (sums run over the ties in the order each source hands them). */
function expectClose(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Math.abs(actual - expected) > 1e-12) throw new Error(`${path}: ${actual} != ${expected}`);
  } else if (expected && typeof expected === 'object') {
    expect(typeof actual).toBe('object');
    const keys = Object.keys(expected as object);
    expect(Object.keys(actual as object).sort()).toEqual(keys.sort());
    for (const k of keys) expectClose((actual as any)[k], (expected as any)[k], `${path}.${k}`);
  } else {
    expect({ path, value: actual }).toEqual({ path, value: expected });
  }
}

/**
 * keyPersons' first request builds a company from the in-memory network (people, employments, ties, introductions,
 * reports-to links, deals with the company) instead of six queries. On a generated network, for every company, both
 * engines, before and after writes of every kind the subgraph reads, it must give the subgraph and the ranking the
 * six queries give: same scores, same order, same reasons and facts.
 */
describeEachEngine('key persons from the in-memory network equal key persons from the six store reads', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    await importSnapshot(store(), collectSnapshot(generateSnapshot({ people: 1200, seed: 'key-persons-network' })));
    api = await TestApi.create(store());
    await neighbourhoodsOf(store()).warmUp();
  });
  afterAll(() => api?.stop());

  async function compareAll(): Promise<{ companies: number; people: number; ties: number; managerTies: number; chart: number; deals: number; introductions: number }> {
    const network = sharedNetwork(store());
    expect(network).not.toBeNull();
    const companies = [...network!.companies.keys()].sort();
    const fromStore = await companySubgraphs(store().read, companies, today);
    const run = jest.spyOn(store().read, 'run');
    let rankings: Map<string, unknown>;
    let ran: string[];
    try {
      rankings = await keyPersonRankings(store(), companies, today);
      ran = run.mock.calls.map((c) => c[0]);
    } finally {
      run.mockRestore();
    }
    // the network path ran: no query at all (the six are the fallback while the network is not loaded)
    expect(ran).toEqual([]);
    const counts = { companies: 0, people: 0, ties: 0, managerTies: 0, chart: 0, deals: 0, introductions: 0 };
    for (const id of companies) {
      const g = fromStore.get(id)!;
      expectClose(rankings.get(id), scoreKeyPersons(g, today), id);
      const n = normalised(g);
      counts.companies++;
      counts.people += (n.members as string[]).length;
      counts.ties += (n.ties as string[]).length;
      counts.managerTies += (n.managerTies as string[]).length;
      counts.chart += (n.chart as string[]).length;
      counts.deals += (n.deals as string[]).length;
      counts.introductions += (n.introductions as string[]).length;
    }
    return counts;
  }

  /** The subgraphs themselves, record for record. */
  async function compareSubgraphs(): Promise<void> {
    const network = sharedNetwork(store())!;
    const { companySubgraphFromNetwork } = await import('@/domain/key-persons/company-subgraph');
    const companies = [...network.companies.keys()].sort();
    const fromStore = await companySubgraphs(store().read, companies, today);
    for (const id of companies) {
      expect({ id, ...normalised(companySubgraphFromNetwork(network, id, today)) }).toEqual({ id, ...normalised(fromStore.get(id)!) });
    }
  }

  it('every company of a generated network: same subgraph, same ranking', async () => {
    const counts = await compareAll();
    // populated: every kind of record the score reads is there
    for (const v of Object.values(counts)) expect(v).toBeGreaterThan(5);
    await compareSubgraphs();
  });

  it('after writes of every kind the subgraph reads (tie, employment, reports-to, introduction, person, deal)', async () => {
    const network = sharedNetwork(store())!;
    const [big] = [...network.companies.keys()].sort((x, y) => network.currentEmployees(y, today).length - network.currentEmployees(x, today).length);
    const [p, q, r] = network.currentEmployees(big, today).sort();
    const manager = [...network.managers()].sort()[0];
    const outsider = [...network.people.keys()].sort().find((id) => !network.managers().has(id) && !network.currentEmployees(big, today).includes(id))!;
    await api.ok(`mutation { a: setRelationship(input: { a: "${p}", b: "${q}", trust: 0.77, kind: BUSINESS }) { trust }
      b: setRelationship(input: { a: "${manager}", b: "${r}", trust: 0.66, kind: BUSINESS }) { trust }
      c: addEmployment(input: { repId: "${outsider}", companyId: "${big}", title: "代表取締役", since: "2020-01-01" }) { id }
      d: setReportsTo(repId: "${q}", bossId: "${outsider}")
      e: recordIntroduction(input: { introducerId: "${outsider}", introducedId: "${p}", toManagerId: "${manager}", at: "${today}", outcome: MET }) { id }
      f: updateRep(id: "${p}", input: { name: "Renamed Person" }) { id }
      g: createDeal(input: { companyId: "${big}", repId: "${outsider}", managerId: "${manager}", product: "CRM", stage: WON, amount: 1000000, closedAt: "${today}" }) { id } }`);
    const after = await keyPersonRankings(store(), [big], today);
    expect(after.get(big)!.map((k) => k.personId)).toContain(outsider);
    expect(after.get(big)!.find((k) => k.personId === p)!.name).toBe('Renamed Person');
    await compareAll();
    await compareSubgraphs();
  });

  it('after writes that move or remove what the network holds for key persons (links, deals, jobs, a rep deleted)', async () => {
    const network = sharedNetwork(store())!;
    const bySize = [...network.companies.keys()].sort((x, y) => network.currentEmployees(y, today).length - network.currentEmployees(x, today).length || (x < y ? -1 : 1));
    const [big, second] = bySize;
    const members = network.currentEmployees(big, today).sort();
    const [p, q, r, s2, t] = members;
    const manager = [...network.managers()].sort()[0];
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    // a link both ways inside the company, one removed, a deal moved to another company and one deleted
    const linked = members.find((m) => ![p, q, r].includes(m) && network.bossesOfPerson(m).length > 0)!;
    expect(linked).toBeDefined();
    const oldBoss = network.bossesOfPerson(linked)[0];
    const created = await api.ok(`mutation { d: createDeal(input: { companyId: "${big}", repId: "${p}", managerId: "${manager}", product: "SFA", stage: OPEN, amount: 500000, proposedAt: "${today}" }) { id }
      e: createDeal(input: { companyId: "${big}", repId: "${q}", managerId: "${manager}", product: "MA", stage: WON, amount: 700000, closedAt: "${today}" }) { id } }`);
    const bigDeals = () => network.dealsWithCompany(big).map((d) => d.id);
    expect(bigDeals()).toEqual(expect.arrayContaining([created.d.id, created.e.id]));
    await api.ok(`mutation { a: setReportsTo(repId: "${p}", bossId: "${q}")
      b: setReportsTo(repId: "${r}", bossId: "${p}")
      c: removeReportsTo(repId: "${linked}", bossId: "${oldBoss}")
      d: updateDeal(id: "${created.d.id}", input: { companyId: "${second}", stage: WON, closedAt: "${today}" }) { id }
      e: deleteDeal(id: "${created.e.id}") }`);
    expect(network.bossesOfPerson(p)).toContain(q);
    expect(network.bossesOfPerson(r)).toContain(p);
    expect(network.bossesOfPerson(linked)).not.toContain(oldBoss);
    expect(bigDeals()).not.toContain(created.d.id);
    expect(bigDeals()).not.toContain(created.e.id);
    expect(network.dealsWithCompany(second).find((d) => d.id === created.d.id)?.stage).toBe('WON');
    await compareAll();
    await compareSubgraphs();

    // a job change with a successor (their open deals handed over), a title corrected, a rep deleted with their links
    const employment = network.employmentsOfPerson(s2).find((e) => e.companyId === big)!;
    await api.ok(`mutation { a: recordJobChange(input: { repId: "${r}", newCompanyId: "${second}", title: "部長", effectiveDate: "${yesterday}", successorId: "${p}" }) { ended { id } }
      b: updateEmployment(id: "${employment.id}", input: { title: "取締役" }) { id }
      c: deleteRep(id: "${t}") }`);
    expect(network.currentEmployees(big, today)).not.toContain(r);
    expect(network.bossesOfPerson(t)).toEqual([]);
    const after = await keyPersonRankings(store(), [big, second], today);
    expect(after.get(big)!.find((k) => k.personId === s2)!.facts.title).toBe('取締役');
    expect(after.get(second)!.map((k) => k.personId)).toContain(r);
    await compareAll();
    await compareSubgraphs();

  });
});
