import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { insightsSnapshot } from './insights.fixture';

const today = new Date().toISOString().slice(0, 10);

const PAGE = `{ companies(first: 10) { edges { node { id name currentReps { id name reportsTo { id name } } owners { id name } } } } }`;

/**
 * A page of companies with their current reps reads the reps' records in the same statement as the employments
 * (employmentsByCompanyIds keeps them in the record cache as if read by id): the answer is the one the store gives
 * without its record cache, no separate read of those people follows, and a write shows in the next answer.
 */
describeEachEngine('a page of companies with current reps', (store) => {
  let api: TestApi;
  let uncached: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    uncached = await TestApi.create(store().withoutRecordCache());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: insightsSnapshot() });
  });

  it('answers as the store without its record cache does', async () => {
    store().clearCaches();
    const page = await api.ok(PAGE);
    expect(page.companies.edges.flatMap((e: any) => e.node.currentReps).length).toBeGreaterThan(5);
    expect(page).toEqual(await uncached.ok(PAGE));
  });

  it('the current reps come with their employments: reading them by id then costs no round trip', async () => {
    store().clearCaches();
    const companies = ['c1', 'c2', 'c3'];
    const staff = await store().read.employmentsByCompanyIds(companies, true, today);
    const repIds = [...new Set(staff.flat().map((e) => e.repId))];
    expect(repIds.length).toBeGreaterThan(5);
    const before = store().stats.roundTrips;
    const people = await store().read.peopleByIds(repIds);
    expect(store().stats.roundTrips - before).toBe(0);
    expect(people.map((p) => p?.id)).toEqual(repIds);
    const fresh = await store().withoutRecordCache().read.peopleByIds(repIds);
    expect(people).toEqual(fresh);
  });

  it('a write shows in the next page', async () => {
    await api.ok(PAGE);
    await api.ok('mutation { updateRep(id: "r2", input: { name: "井上 改名" }) { id } }');
    const names = (await api.ok(PAGE)).companies.edges.flatMap((e: any) => e.node.currentReps.map((r: any) => r.name));
    expect(names).toContain('井上 改名');
    expect(names).not.toContain('井上 二郎');
    const bosses = (await api.ok(PAGE)).companies.edges.flatMap((e: any) => e.node.currentReps.flatMap((r: any) => r.reportsTo.map((b: any) => b.name)));
    expect(bosses).toContain('井上 改名');
  });
});
