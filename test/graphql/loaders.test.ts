import { openTestStore, type OpenedStore } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

let opened: OpenedStore;
let api: TestApi;

/** 60 partners, each with 3 current reps, 1 former rep and an owner. */
function network(): Record<string, unknown> {
  const companies = [], reps = [], employments = [], portfolio = [], managers = [];
  for (let m = 0; m < 6; m++) managers.push({ id: `m${m}`, name: `Manager ${m}` });
  for (let c = 0; c < 60; c++) {
    companies.push({ id: `c${String(c).padStart(2, '0')}`, name: `Partner ${String(c).padStart(2, '0')}` });
    portfolio.push({ managerId: `m${c % 6}`, companyId: `c${String(c).padStart(2, '0')}` });
    for (let r = 0; r < 4; r++) {
      const id = `r${c}-${r}`;
      reps.push({ id, name: `Rep ${c}-${r}` });
      employments.push({ repId: id, companyId: `c${String(c).padStart(2, '0')}`, since: '2020-01-01', until: r === 3 ? '2022-01-01' : null });
    }
  }
  return { companies, reps, employments, portfolio, managers };
}

const PAGE = `query($n: Int!) { companies(first: $n) { edges { node { name
  currentReps { name company { name } } owners { name team } } } } }`;

beforeAll(async () => {
  opened = await openTestStore('kuzu');
  api = await TestApi.create(opened.store);
  await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: network() });
});
afterAll(async () => {
  await api.stop();
  await opened.close();
});

async function roundTrips(n: number): Promise<{ trips: number; reps: number }> {
  // from a cold record cache, so that the first page's records do not spare the second page reads
  opened.store.clearCaches();
  const before = opened.store.stats.roundTrips;
  const data = await api.ok(PAGE, { n });
  const reps = data.companies.edges.reduce((s: number, e: { node: { currentReps: unknown[] } }) => s + e.node.currentReps.length, 0);
  return { trips: opened.store.stats.roundTrips - before, reps };
}

it('costs the same store round trips for a page of 10 and of 50 companies with their reps and owners', async () => {
  const ten = await roundTrips(10);
  const fifty = await roundTrips(50);
  expect(ten.reps).toBe(30);
  expect(fifty.reps).toBe(150);
  expect(fifty.trips).toBe(ten.trips);
  expect(ten.trips).toBeLessThanOrEqual(6);
});

it('reads records already in the record cache from it: a repeated page costs fewer round trips, with the same answer', async () => {
  opened.store.clearCaches();
  const before = opened.store.stats.roundTrips;
  const first = await api.ok(PAGE, { n: 10 });
  const cold = opened.store.stats.roundTrips - before;
  const again = await api.ok(PAGE, { n: 10 });
  const warm = opened.store.stats.roundTrips - before - cold;
  expect(again).toEqual(first);
  // only the page of companies itself is read again: people, employments and owners come from the cache
  expect(cold).toBeGreaterThan(3);
  expect(warm).toBe(1);
});
