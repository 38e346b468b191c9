import { collectSnapshot, generateSnapshot } from '@/generator';
import { importSnapshot } from '@/wiring/snapshot';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

/** The foundation benchmark's page (bench/foundation.bench.ts): companies with current reps, their bosses, and owners. */
const PAGE = `query($first: Int!, $after: String) { companies(first: $first, after: $after) {
  edges { node { id name currentReps { id name reportsTo { id name } } owners { id name } } }
  pageInfo { hasNextPage endCursor } } }`;

const ONE = `query($id: ID!) { company(id: $id) { id name currentReps { id name reportsTo { id name } } owners { id name } } }`;

interface Node { id: string; currentReps: { reportsTo: unknown[] }[]; owners: unknown[] }
const nodesOf = (page: any): Node[] => page.companies.edges.map((e: any) => e.node);

/**
 * A page of 50 companies with their current reps, those reps' bosses and the owners, on a generated network (both
 * engines): as many store round trips as a page of 10 (no read per company or per rep), and the same answer as
 * reading each company on its own, with and without the record cache.
 */
describeEachEngine('a page of 50 companies with reps, bosses and owners', (store) => {
  let api: TestApi;
  let uncached: TestApi;
  beforeAll(async () => {
    // ~1,200 people: about 80 companies, a dozen reps each, bosses among them, one or two owners each
    await importSnapshot(store(), collectSnapshot(generateSnapshot({ people: 1200, seed: 'page-of-50' })));
    api = await TestApi.create(store());
    uncached = await TestApi.create(store().withoutRecordCache());
  }, 300_000);

  const roundTrips = async (first: number, after: string | null = null): Promise<{ trips: number; page: any }> => {
    store().clearCaches();
    const before = store().stats.roundTrips;
    const page = await api.ok(PAGE, { first, after });
    return { trips: store().stats.roundTrips - before, page };
  };

  it('costs the same store round trips as a page of 10, from a cold cache', async () => {
    const ten = await roundTrips(10);
    const fifty = await roundTrips(50);
    expect(nodesOf(ten.page)).toHaveLength(10);
    expect(nodesOf(fifty.page)).toHaveLength(50);
    const reps = nodesOf(fifty.page).flatMap((n) => n.currentReps);
    expect(reps.length).toBeGreaterThan(200);
    expect(reps.filter((r) => r.reportsTo.length > 0).length).toBeGreaterThan(100);
    expect(fifty.trips).toBe(ten.trips);
    expect(ten.trips).toBeLessThanOrEqual(7);
    // a page further on costs the same
    const later = await roundTrips(50, ten.page.companies.pageInfo.endCursor);
    expect(nodesOf(later.page).length).toBeGreaterThan(10);
    expect(later.trips).toBe(ten.trips);
  });

  it('answers as reading each company on its own, and as the store without its record cache', async () => {
    store().clearCaches();
    const page = await api.ok(PAGE, { first: 50 });
    const nodes = nodesOf(page);
    expect(nodes.flatMap((n) => n.owners).length).toBeGreaterThan(40);
    expect(page).toEqual(await uncached.ok(PAGE, { first: 50 }));
    for (const node of nodes) {
      store().clearCaches();
      expect((await api.ok(ONE, { id: node.id })).company).toEqual(node);
    }
  });

  it('reads the bosses ahead whatever form the query takes (fragments, aliases), and only when it asks for them', async () => {
    const FRAGMENTS = `query { companies(first: 50) { edges { node { id currentReps { ...R ... on Rep { again: reportsTo { id } } } } } } }
      fragment R on Rep { id boss: reportsTo { id name } }`;
    store().clearCaches();
    const answer = await api.ok(FRAGMENTS);
    expect(answer).toEqual(await uncached.ok(FRAGMENTS));
    const bosses = answer.companies.edges.flatMap((e: any) => e.node.currentReps.flatMap((r: any) => r.boss));
    expect(bosses.length).toBeGreaterThan(100);
    const NO_BOSSES = `query { companies(first: 50) { edges { node { id name currentReps { id name } owners { id name } } } } }`;
    store().clearCaches();
    const before = store().stats.roundTrips;
    await api.ok(NO_BOSSES);
    const without = store().stats.roundTrips - before;
    const { trips } = await roundTrips(50);
    expect(without).toBeLessThan(trips); // the reports-to edges were not read
  });

  it('a page read again from the cache gives the same answer at the cost of one round trip', async () => {
    const { page } = await roundTrips(50);
    const before = store().stats.roundTrips;
    expect(await api.ok(PAGE, { first: 50 })).toEqual(page);
    expect(store().stats.roundTrips - before).toBe(1);
  });
});
