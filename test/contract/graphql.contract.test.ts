import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { sampleSnapshot } from '../helpers/sample-snapshot';

describeEachEngine('GraphQL API', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
  });
  afterAll(() => api.stop());

  it('imports the contract snapshot through the mutation', async () => {
    const r = await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total counts { list count } } }', { s: sampleSnapshot() });
    expect(r.importSnapshot.total).toBe(16);
  });

  it('rejects a bad snapshot with every bad record in extensions.records', async () => {
    const r = await api.run('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', {
      s: { reps: [{ id: 'rx', name: 'X', stance: 'BOLD' }], relationships: [{ a: 'rx', b: 'nobody', trust: 0.3 }] },
    });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.records).toEqual([
      expect.objectContaining({ list: 'reps', index: 0, field: 'stance' }),
      expect.objectContaining({ list: 'relationships', index: 0, field: 'b' }),
    ]);
    expect((await api.ok('{ rep(id: "rx") { id } }')).rep).toBeNull();
  });

  it('serves the partner chart and person record with nested fields', async () => {
    const r = await api.ok(`{ company(id: "c1") { name customFields currentReps { id name nameKana expertise company { id } }
      owners { id portfolio { company { id } } } deals { product stage } contracts { commissionRate } } }`);
    expect(r.company.customFields).toEqual({ any: 'text' });
    expect(r.company.currentReps.map((p: { id: string }) => p.id).sort()).toEqual(['r1', 'r2']);
    expect(r.company.owners).toEqual([{ id: 'm1', portfolio: [{ company: { id: 'c1' } }] }]);
    expect(r.company.deals).toEqual([{ product: 'CRM', stage: 'WON' }]);
    const p = await api.ok(`{ person(id: "r2") { name ... on Rep { employments { companyId until } reportsTo { id } introductions { introducer { id } outcome } } } }`);
    expect(p.person.employments).toEqual([{ companyId: 'c1', until: null }, { companyId: 'c2', until: '2023-03-31' }]);
    expect(p.person.reportsTo).toEqual([{ id: 'r1' }]);
    expect(p.person.introductions).toEqual([{ introducer: { id: 'r1' }, outcome: 'MET' }]);
  });

  it('updates with versions: the loser of a race is told CONFLICT', async () => {
    const v = (await api.ok('{ rep(id: "r1") { version } }')).rep.version;
    await api.ok('mutation($v: Int) { updateRep(id: "r1", input: { interests: ["AI", "DX"] }, expectedVersion: $v) { version } }', { v });
    const late = await api.run('mutation($v: Int) { updateRep(id: "r1", input: { interests: ["X"] }, expectedVersion: $v) { version } }', { v });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.ok('{ rep(id: "r1") { interests } }')).rep.interests).toEqual(['AI', 'DX']);
  });

  it('lists with filters and keyset pages the same way', async () => {
    const r = await api.ok('{ reps(filter: { companyId: "c1" }, first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }');
    expect(r.reps.totalCount).toBe(2);
    const next = await api.ok('query($a: String) { reps(filter: { companyId: "c1" }, first: 1, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }', { a: r.reps.pageInfo.endCursor });
    expect([r.reps.edges[0].node.id, next.reps.edges[0].node.id].sort()).toEqual(['r1', 'r2']);
    expect(next.reps.pageInfo.hasNextPage).toBe(false);
    const owned = await api.ok('{ companies(filter: { ownerId: "m1" }) { edges { node { id } } } }');
    expect(owned.companies.edges).toEqual([{ node: { id: 'c1' } }]);
  });

  it('answers Relay PageInfo: start and end cursors of the page, whether pages come before and after', async () => {
    const page = 'query($a: String) { reps(first: 1, after: $a) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }';
    const first = (await api.ok(page)).reps;
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0].cursor, endCursor: first.edges[0].cursor });
    const second = (await api.ok(page, { a: first.pageInfo.endCursor })).reps;
    expect(second.edges).toHaveLength(1);
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    expect(second.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: second.edges[0].cursor, endCursor: second.edges[0].cursor });
    const empty = (await api.ok('{ companies(filter: { search: "no such company" }) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }')).companies;
    expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('records deals and interactions, and deletes with their edges', async () => {
    await api.ok('mutation { createDeal(input: { id: "d2", companyId: "c1", repId: "r2", product: "SFA", stage: LOST, lossReason: "価格", amount: 1000 }) { id } }');
    const k = await api.ok('{ company(id: "c1") { kpis { deals lost winRate lossReasons { reason count } } } }');
    expect(k.company.kpis).toEqual({ deals: 2, lost: 1, winRate: 0.5, lossReasons: [{ reason: '価格', count: 1 }] });
    await api.ok('mutation { deleteDeal(id: "d2") }');
    expect((await api.ok('{ rep(id: "r2") { deals { id } } }')).rep.deals).toEqual([]);
  });
});

describeEachEngine('GraphQL lists of interactions and contracts', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: sampleSnapshot() });
    await api.ok('mutation { createInteraction(input: { id: "i2", at: "2024-06-01T09:30:00+00:00", channel: CALL, managerIds: ["m1"], repIds: ["r2"] }) { id } }');
    await api.ok('mutation { createInteraction(input: { id: "i3", at: "2024-05-01T09:30:00+09:00", channel: EMAIL, repIds: ["r1"] }) { id } }');
  });
  afterAll(() => api.stop());

  it('pages the timeline newest first by instant, whatever the offset', async () => {
    const first = await api.ok('{ interactions(first: 2) { totalCount edges { node { id } } pageInfo { endCursor hasNextPage } } }');
    // i2 (09:30Z) is after i1 (10:00+09:00 = 01:00Z) although its local time reads earlier
    expect(first.interactions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['i2', 'i1']);
    expect(first.interactions.totalCount).toBe(3);
    const rest = await api.ok('query($a: String) { interactions(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }', { a: first.interactions.pageInfo.endCursor });
    expect(rest.interactions.edges).toEqual([{ node: { id: 'i3' } }]);
    const mine = await api.ok('{ interactions(filter: { personId: "r1" }) { edges { node { id } } } }');
    expect(mine.interactions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['i1', 'i3']);
  });

  it('lists contracts and the renewals coming due', async () => {
    expect((await api.ok('{ contracts(status: ACTIVE) { totalCount edges { node { id } } } }')).contracts).toEqual({ totalCount: 1, edges: [{ node: { id: 'k1' } }] });
    expect((await api.ok('{ renewalsDue(before: "2025-04-01") { id renewalDate } }')).renewalsDue).toEqual([{ id: 'k1', renewalDate: '2025-04-01' }]);
    expect((await api.ok('{ renewalsDue(before: "2025-03-31") { id } }')).renewalsDue).toEqual([]);
  });
});
