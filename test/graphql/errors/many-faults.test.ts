import { useApi } from '../../helpers/graphql';
import { adminServiceForFile } from '../../helpers/admin-service';

/**
 * An input with many bad items is answered with the first MAX_VARIABLE_PROBLEMS (50) named and the rest counted, not
 * with one row each (found by an outsider: reassignPortfolio with 60,000 foreign company ids, under 1 MB, answered 7.4 MB).
 */
describe('many faults in one input', () => {
  const fx = useApi();

  it('names the first 50 and counts the rest, in the fields and the message; nothing written', async () => {
    await fx.api.ok('mutation { createManager(input: { id: "m1", name: "伊藤" }) { id } createManager2: createManager(input: { id: "m2", name: "佐藤" }) { id } createCompany(input: { id: "c1", name: "A" }) { id } }');
    await fx.api.ok('mutation { addToPortfolio(managerId: "m1", companyId: "c1") { companyId } }');
    const ids = ['c1', ...Array.from({ length: 60_000 }, (_, i) => `x${i}`)];
    const r = await fx.api.run('mutation($ids: [ID!]) { reassignPortfolio(input: { fromManagerId: "m1", toManagerId: "m2", companyIds: $ids }) { companies { company { id } } } }', { ids });
    const e = r.errors?.[0];
    expect(e?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = e?.extensions?.fields as { field: string }[];
    expect(fields).toHaveLength(50);
    expect(fields[0].field).toBe('input.companyIds[1]');
    expect(e?.extensions?.fieldsNotShown).toBe(59_950);
    expect(e?.message).toContain('and 59,950 more (the first 50 are named)');
    expect(JSON.stringify(r).length).toBeLessThan(20_000);
    expect((await fx.api.ok('{ manager(id: "m1") { portfolio { company { id } } } }')).manager.portfolio).toEqual([{ company: { id: 'c1' } }]);
  });
});

/**
 * Every check that refuses with BAD_USER_INPUT answers over 50 faults the same way, through raw HTTP: 50 named, the
 * rest counted in `fieldsNotShown` and in the message (found by an outsider: bad variables and unstorable text named
 * 50 and dropped the count).
 */
describe('more than 50 faults, whichever check finds them', () => {
  const { post } = adminServiceForFile('test-admin-token-many-faults-0123456789');
  const NUL = '\u0000';
  const CREATE_COMPANY = 'mutation($in: CreateCompanyInput!) { createCompany(input: $in) { id } }';
  const REASSIGN = 'mutation($ids: [ID!]) { reassignPortfolio(input: { fromManagerId: "m1", toManagerId: "m2", companyIds: $ids }) { companies { company { id } } } }';

  /** The one error of a refused request, after checking the shape every such refusal shares. */
  async function refusedWith(body: unknown, faults: number) {
    const r = await post(body);
    expect(r.status).toBe(400);
    expect(r.json.errors).toHaveLength(1);
    const [e] = r.json.errors;
    expect(Object.keys(e.extensions).sort()).toEqual(['code', 'fields', 'fieldsNotShown']);
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.fields).toHaveLength(50);
    expect(e.extensions.fieldsNotShown).toBe(faults - 50);
    expect(e.message.startsWith('Invalid input: ')).toBe(true);
    expect(e.message.endsWith(`; and ${faults - 50} more (the first 50 are named)`)).toBe(true);
    for (const f of e.extensions.fields) expect(e.message).toContain(`${f.field} (${f.reason})`);
    return e as { message: string; extensions: { fields: { field: string; reason: string }[] } };
  }

  it('variables that do not coerce: 60 ids of the wrong type, 70 list items of the wrong type', async () => {
    const ids = await refusedWith({ query: REASSIGN, variables: { ids: Array.from({ length: 60 }, () => true) } }, 60);
    expect(ids.extensions.fields[0]).toEqual({ field: '$ids[0]', reason: 'must be an ID: a string or a whole number' });
    const segments = await refusedWith({ query: CREATE_COMPANY, variables: { in: { name: 'x', customerSegments: Array.from({ length: 70 }, () => 1) } } }, 70);
    expect(segments.extensions.fields[49].field).toBe('$in.customerSegments[49]');
  });

  it('unstorable text in a variable: NUL in 60 list entries, and with the variables\' other faults', async () => {
    const nul = await refusedWith({ query: CREATE_COMPANY, variables: { in: { name: 'x', customerSegments: Array.from({ length: 60 }, (_, i) => `s${i}${NUL}`) } } }, 60);
    expect(nul.extensions.fields[0]).toEqual({ field: 'createCompany.input.customerSegments[0]', reason: expect.stringContaining('NUL') });
    // 40 NULs and 30 items of the wrong kind: 70 faults in one answer
    const mixed = [...Array.from({ length: 40 }, () => `a${NUL}`), ...Array.from({ length: 30 }, () => 2)];
    await refusedWith({ query: CREATE_COMPANY, variables: { in: { name: 'x', customerSegments: mixed } } }, 70);
  });

  it('unstorable text in a literal: NUL in 60 list items', async () => {
    const items = Array.from({ length: 60 }, (_, i) => `"t${i}\\u0000"`).join(', ');
    const e = await refusedWith({ query: `mutation { createCompany(input: { id: "c60", name: "x", customerSegments: [${items}] }) { id } }` }, 60);
    expect(e.extensions.fields[1].field).toBe('createCompany.input.customerSegments[1]');
  });

  it('class-validator: 60 bad ids in a list, each named by its index', async () => {
    const managers = await post('mutation { a: createManager(input: { id: "m1", name: "伊藤" }) { id } b: createManager(input: { id: "m2", name: "佐藤" }) { id } }');
    expect(managers.json.errors).toBeUndefined();
    const e = await refusedWith({ query: REASSIGN, variables: { ids: Array.from({ length: 60 }, () => ' ') } }, 60);
    expect(e.extensions.fields[0].field).toBe('input.companyIds[0]');
  });

  it('nothing was written', async () => {
    expect((await post({ query: '{ companies(first: 5) { totalCount } }' })).json.data.companies.totalCount).toBe(0);
  });
});
