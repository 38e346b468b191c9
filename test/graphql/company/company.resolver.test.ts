import { TestApi, useApi } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

const fx = useApi(sampleSnapshot);

describe('companies through GraphQL', () => {
  it('creates, reads, updates with a version and deletes a company', async () => {
    const created = await fx.api.ok(`mutation($f: JSONObject) { createCompany(input: { id: "new", name: "ベータ商事", industry: "IT", customFields: $f }) { id name version customFields } }`, { f: { 地域: '関西' } });
    expect(created.createCompany).toEqual({ id: 'new', name: 'ベータ商事', version: 1, customFields: { 地域: '関西' } });
    const updated = await fx.api.ok(`mutation { updateCompany(id: "new", input: { employeeCount: 40, industry: null }, expectedVersion: 1) { industry employeeCount name version } }`);
    expect(updated.updateCompany).toEqual({ industry: null, employeeCount: 40, name: 'ベータ商事', version: 2 });
    const stale = await fx.api.run(`mutation { updateCompany(id: "new", input: { employeeCount: 41 }, expectedVersion: 1) { id } }`);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, expectedVersion: 1 });
    expect((await fx.api.ok(`{ company(id: "new") { employeeCount } }`)).company.employeeCount).toBe(40);
    expect((await fx.api.ok(`mutation { deleteCompany(id: "new") }`)).deleteCompany).toBe('new');
    expect((await fx.api.ok(`{ company(id: "new") { id } }`)).company).toBeNull();
  });

  it('answers a clear BAD_USER_INPUT naming each field and writes nothing', async () => {
    const r = await fx.api.run(`mutation { createCompany(input: { id: "x", name: "", fiscalYearEndMonth: 13 }) { id } }`);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field).sort()).toEqual(['input.fiscalYearEndMonth', 'input.name']);
    expect(JSON.stringify(r.errors)).not.toMatch(/stack|cypher|MATCH/i);
    expect((await fx.api.ok(`{ company(id: "x") { id } }`)).company).toBeNull();
    // name is non-null on create: the schema says so, and GraphQL refuses its absence before anything runs
    const missing = await fx.api.run(`mutation { createCompany(input: { industry: "IT" }) { id } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(missing.errors?.[0].message).toMatch(/CreateCompanyInput\.name.*String!.*not provided/);
    const missingVariable = await fx.api.run(`mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }`, { i: { industry: 'IT' } });
    expect(missingVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missingVariable.errors?.[0].extensions?.fields).toEqual([{ field: '$i.name', reason: 'is required (String!)' }]);
    // the patch type keeps the create type's rules for the values it is given
    const badPatch = await fx.api.run(`mutation { updateCompany(id: "c1", input: { fiscalYearEndMonth: 13, customerSegments: [""] }) { id } }`);
    expect(badPatch.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badPatch.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field).sort()).toEqual(['input.customerSegments[0]', 'input.fiscalYearEndMonth']);
    // an update takes a patch: name may be left out, but not cleared
    const cleared = await fx.api.run(`mutation { updateCompany(id: "c1", input: { name: null }) { id } }`);
    expect(cleared.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', reason: 'cannot be cleared' }] });
  });

  it('refuses to delete a company that deals point at, and NOT_FOUND for unknown ids', async () => {
    const r = await fx.api.run(`mutation { deleteCompany(id: "c1") }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', deals: 1 });
    const nf = await fx.api.run(`mutation { updateCompany(id: "nope", input: { industry: "x" }) { id } }`);
    expect(nf.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const dup = await fx.api.run(`mutation { createCompany(input: { id: "c1", name: "dup" }) { id } }`);
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('pages with cursors and rejects a cursor it did not give out', async () => {
    const first = await fx.api.ok(`{ companies(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.companies.totalCount).toBe(2);
    expect(first.companies.pageInfo.hasNextPage).toBe(true);
    const next = await fx.api.ok(`query($a: String) { companies(first: 5, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }`, { a: first.companies.pageInfo.endCursor });
    expect(next.companies.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['c1']);
    expect(next.companies.pageInfo.hasNextPage).toBe(false);
    const bad = await fx.api.run(`{ companies(after: "garbage") { totalCount } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    const big = await fx.api.run(`{ companies(first: 1000) { totalCount } }`);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows the partner chart with current reps, owners, contracts and KPIs', async () => {
    const r = await fx.api.ok(`{ company(id: "c1") {
      currentReps { id } owners { id } contracts { renewalDate }
      kpis { deals won revenue grossProfit winRate } employments(includeFormer: true) { repId current }
    } }`);
    expect(r.company.currentReps.map((p: { id: string }) => p.id).sort()).toEqual(['r1', 'r2']);
    expect(r.company.owners).toEqual([{ id: 'm1' }]);
    expect(r.company.contracts).toEqual([{ renewalDate: '2025-04-01' }]);
    expect(r.company.kpis).toEqual({ deals: 1, won: 1, revenue: 3000000, grossProfit: 900000, winRate: 1 });
    const former = await fx.api.ok(`{ company(id: "c2") { currentReps { id } employments(includeFormer: true) { repId current until } } }`);
    expect(former.company.currentReps).toEqual([]);
    expect(former.company.employments).toEqual([{ repId: 'r2', current: false, until: '2023-03-31' }]);
  });
});

describe('people, moves and ties through GraphQL', () => {
  it('moves a rep: the old period ends, a new one starts, history is kept', async () => {
    const r = await fx.api.ok(`mutation { moveRep(input: { repId: "r1", toCompanyId: "c2", since: "2025-01-01", title: "本部長" }) { companyId since until } }`);
    expect(r.moveRep).toEqual([
      { companyId: 'c2', since: '2025-01-01', until: null },
      { companyId: 'c1', since: '2019-04-01', until: '2024-12-31' },
    ]);
    const rep = await fx.api.ok(`{ rep(id: "r1") { company { id } currentEmployment { title } } }`);
    expect(rep.rep).toEqual({ company: { id: 'c2' }, currentEmployment: { title: '本部長' } });
  });

  it('finds reps by reading in hiragana and lists their ties from either side', async () => {
    const r = await fx.api.ok(`{ reps(filter: { search: "なかむら" }) { edges { node { name ties { person { id } relationship { trust kind } } } } } }`);
    expect(r.reps.edges).toEqual([{ node: { name: '中村 大輔', ties: [{ person: { id: 'r1' }, relationship: { trust: 0.85, kind: 'FORMER_COLLEAGUE' } }] } }]);
  });

  it('sets a relationship with trust bounds and rejects a tie to oneself', async () => {
    const ok = await fx.api.ok(`mutation { setRelationship(input: { a: "r2", b: "m1", trust: 0.6, kind: BUSINESS }) { id trust version people { id } } }`);
    expect(ok.setRelationship).toMatchObject({ id: 'm1~r2', trust: 0.6, version: 1 });
    const bad = await fx.api.run(`mutation { setRelationship(input: { a: "r2", b: "m1", trust: 1.5 }) { id } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const self = await fx.api.run(`mutation { setRelationship(input: { a: "r2", b: "r2", trust: 0.5 }) { id } }`);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.b' }] });
    const ghost = await fx.api.run(`mutation { setRelationship(input: { a: "r2", b: "ghost", trust: 0.5 }) { id } }`);
    expect(ghost.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records interactions for the right kinds of people and lists open follow-ups', async () => {
    const wrong = await fx.api.run(`mutation { createInteraction(input: { at: "2025-01-10T09:00:00+09:00", channel: CALL, managerIds: ["r1"] }) { id } }`);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    await fx.api.ok(`mutation { createInteraction(input: { id: "i2", at: "2025-01-10T09:00:00+09:00", channel: CALL, managerIds: ["m1"], repIds: ["r2"],
      nextAction: { description: "デモ日程の調整", dueDate: "2025-01-15" } }) { id } }`);
    const due = await fx.api.ok(`{ followUps(managerId: "m1", dueBy: "2025-01-31") { id nextAction { description } } }`);
    expect(due.followUps.map((i: { id: string }) => i.id)).toEqual(['i1', 'i2']);
  });
});

describe('error masking', () => {
  it('hides internals of unexpected errors', async () => {
    const broken = { ...fx.store, read: { ...fx.store.read, companiesByIds: async () => { throw new Error('MATCH (c) secret /etc/path'); } } };
    const bapi = await TestApi.create(broken as never);
    const r = await bapi.run(`{ company(id: "c1") { id } }`);
    expect(r.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(r)).not.toMatch(/secret|MATCH|etc/);
    await bapi.stop();
  });
});
