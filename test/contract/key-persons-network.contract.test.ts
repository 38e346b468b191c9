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
 * keyPersons' first request builds a company from the in-memory network (people, employments, ties, introductions)
 * and two queries (reports-to links, deals) instead of six queries. On a generated network, for every company, both
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
    // the network path ran: two queries for all the companies, not six
    expect(ran.filter((n) => n.startsWith('insights/company-')).sort()).toEqual(['insights/company-chart', 'insights/company-deals']);
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
    const { companyRecords } = await import('@/store/insights/insights.queries');
    const companies = [...network.companies.keys()].sort();
    const [fromStore, records] = await Promise.all([companySubgraphs(store().read, companies, today), companyRecords(store().read, companies)]);
    for (const id of companies) {
      expect({ id, ...normalised(companySubgraphFromNetwork(network, id, today, records.get(id)!)) }).toEqual({ id, ...normalised(fromStore.get(id)!) });
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
});
