import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { sampleSnapshot } from '../helpers/sample-snapshot';

/** Requests that used to pass in silence (an ignored argument, a wrong list's cursor, an empty answer) are refused. */
describeEachEngine('refused, not passed in silence', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: sampleSnapshot() });
  });
  afterAll(() => api.stop());

  const problem = (r: { errors?: { extensions?: Record<string, any> }[] }) => ({ code: r.errors?.[0].extensions?.code, fields: r.errors?.[0].extensions?.fields });

  it('createApiToken refuses a manager on a token that is not MANAGER, and writes nothing', async () => {
    const before = (await api.ok('{ apiTokens { id } }')).apiTokens.length;
    for (const role of ['ANALYST', 'ADMIN']) {
      const inline = await api.run(`mutation { createApiToken(input: { name: "bi", role: ${role}, managerId: "m1" }) { secret } }`);
      const variables = await api.run('mutation($input: ApiTokenInput!) { createApiToken(input: $input) { secret } }', { input: { name: 'bi', role, managerId: 'm1' } });
      for (const r of [inline, variables]) {
        expect(problem(r)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.managerId', reason: expect.stringContaining('only for a MANAGER token') }] });
      }
    }
    expect((await api.ok('{ apiTokens { id } }')).apiTokens).toHaveLength(before);
    await api.ok('mutation { createApiToken(input: { name: "m", role: MANAGER, managerId: "m1" }) { secret } }');
    await api.ok('mutation { createApiToken(input: { name: "a", role: ANALYST, managerId: null }) { secret } }');
  });

  it('cursors carry their list: a reps cursor is refused by companies, and each list takes its own', async () => {
    const reps = await api.ok('{ reps(first: 1) { pageInfo { endCursor } } }');
    const companies = await api.ok('{ companies(first: 1) { pageInfo { endCursor } } }');
    const wrong = await api.run('query($a: String) { companies(first: 5, after: $a) { edges { node { id } } } }', { a: reps.reps.pageInfo.endCursor });
    expect(problem(wrong)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', reason: expect.stringContaining('a cursor of reps, not of companies') }] });
    const managersWithCompanyCursor = await api.run('query($a: String) { managers(first: 5, after: $a) { edges { node { id } } } }', { a: companies.companies.pageInfo.endCursor });
    expect(problem(managersWithCompanyCursor).code).toBe('BAD_USER_INPUT');
    const next = await api.ok('query($a: String) { companies(first: 5, after: $a) { edges { node { id } } } }', { a: companies.companies.pageInfo.endCursor });
    expect(next.companies.edges).toHaveLength(1);
    const forged = await api.run('{ companies(first: 5, after: "bm90IGEgY3Vyc29y") { edges { node { id } } } }');
    expect(problem(forged)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', reason: expect.stringContaining('not a cursor this API gave out') }] });
  });

  it('warmIntroPaths refuses a from or a to that is also in avoid', async () => {
    const from = await api.run('{ warmIntroPaths(to: "r2", from: "m1", avoid: ["r9", "m1"]) { strength } }');
    expect(problem(from)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'avoid', reason: expect.stringContaining('the manager given as from') }] });
    const to = await api.run('query($avoid: [ID!]) { warmIntroPaths(to: "r2", avoid: $avoid) { strength } }', { avoid: ['r2'] });
    expect(problem(to)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'avoid', reason: expect.stringContaining('the target given as to') }] });
    expect(Array.isArray((await api.ok('{ warmIntroPaths(to: "r2", from: "m1", avoid: ["r1"]) { hops } }')).warmIntroPaths)).toBe(true);
  });

  it('proposalTargets answers NOT_FOUND for a product nobody sold or lists; products lists the known ones', async () => {
    const unknown = await api.run('{ proposalTargets(product: "Quantum Toaster") { score } }');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', what: 'product', id: 'Quantum Toaster' });
    expect(unknown.errors?.[0].message).toContain('products query');
    // sold (any width or case), or only listed among expertise or interests: known
    expect((await api.ok('{ proposalTargets(product: "ｃｒｍ") { rep { id } } }')).proposalTargets.map((t: any) => t.rep.id)).toContain('r1');
    await api.ok('{ proposalTargets(product: "manufacturing") { rep { id } } }');
    await api.ok('{ proposalTargets(product: "AI") { rep { id } } }');
    const { products } = await api.ok('{ products { key name deals won listedBy } }');
    expect(products).toEqual([
      { key: 'crm', name: 'CRM', deals: 1, won: 1, listedBy: 1 },
      { key: 'ai', name: 'AI', deals: 0, won: 0, listedBy: 1 },
      { key: 'manufacturing', name: 'Manufacturing', deals: 0, won: 0, listedBy: 1 },
    ]);
  });

  it('names every bad field by its full path from the argument (input.employeeCount, not employeeCount)', async () => {
    const created = await api.run('mutation { createCompany(input: { name: "X", employeeCount: -5, foundedYear: 1200 }) { id } }');
    expect(problem(created)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.employeeCount', reason: expect.any(String) }, { field: 'input.foundedYear', reason: expect.any(String) }],
    });
    const updated = await api.run('mutation { updateCompany(id: "c1", input: { employeeCount: -1 }) { id } }');
    expect(problem(updated).fields).toEqual([{ field: 'input.employeeCount', reason: expect.any(String) }]);
    const args = await api.run('{ keyPersons(companyId: "c1", limit: 0) { score } }');
    expect(problem(args).fields).toEqual([{ field: 'limit', reason: expect.any(String) }]);
    expect((await api.ok('{ companies(filter: { search: "X" }) { totalCount } }')).companies.totalCount).toBe(0);
  });
});
