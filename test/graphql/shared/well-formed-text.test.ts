/**
 * A lone surrogate cannot be stored as given (no UTF-8 form): every way in refuses it as BAD_USER_INPUT naming the
 * field, and writes nothing; well-formed text (pairs, emoji, Japanese) passes.
 */
import { ILL_FORMED_TEXT, unstorableTextAt } from '@/domain/shared/well-formed-text';
import { managerActor, useApi } from '../../helpers/graphql';
import { appErrorExtensions } from '@/graphql/errors/format-error';

describe('unstorableTextAt', () => {
  it('finds the first lone surrogate anywhere, keys included, and passes well-formed text', () => {
    const at = (value: unknown): string | undefined => unstorableTextAt(value)?.path;
    expect(unstorableTextAt({ a: 'ok', b: ['fine', '😀', '日本'], c: { d: 1, e: null } })).toBeNull();
    expect(unstorableTextAt({ a: 'ok', b: ['fine', 'x\uD800'] })).toEqual({ path: 'b[1]', reason: ILL_FORMED_TEXT });
    expect(at({ c: { d: '\uDC00 low' } })).toBe('c.d');
    expect(at({ ['k\uD83D']: 1 })).toBe('k\uD83D');
    expect(unstorableTextAt('\uD83D\uDE00')).toBeNull(); // a pair
    expect(at([{ id: 'x' }, { id: 'y\uDBFF' }])).toBe('[1].id');
    // depth first, in order: the first bad string of the document, not the shallowest
    expect(at({ a: { b: 'x\uD800' }, c: '\uDC00' })).toBe('a.b');
  });

  it('walks a value nested 200,000 levels deep (it overflowed the stack at 6,000)', () => {
    let deep: unknown = 'bad \uD800';
    for (let i = 0; i < 200000; i++) deep = i % 2 ? [deep] : { k: deep };
    expect(unstorableTextAt(deep)?.path).toBe('[0].k'.repeat(100000));
  });
});

describe('text with a lone surrogate', () => {
  const fx = useApi();

  it('in a snapshot variable: the record and field, nothing written', async () => {
    const r = await fx.api.run('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', {
      s: { reps: [{ id: 'r6', name: '田中' }, { id: 'r7', name: '佐藤', notes: 'a\uD800' }] },
    });
    // listed by the snapshot's own checks with any other bad record (extensions.records), not refused alone
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', records: [{ list: 'reps', index: 1, field: 'notes' }] });
    expect(await fx.api.ok('{ rep(id: "r6") { id } }')).toEqual({ rep: null });
  });

  it('in a variable: BAD_USER_INPUT naming where it is used, nothing written', async () => {
    const r = await fx.api.run('mutation($n: String) { createRep(input: { id: "r1", name: "田中", notes: $n }) { id } }', { n: 'memo \uD800' });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'createRep.input.notes' }] });
    expect(await fx.api.ok('{ rep(id: "r1") { id } }')).toEqual({ rep: null });
  });

  it('in a variable object: every such text is named, not only the first (found by an outsider)', async () => {
    const r = await fx.api.run('mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', {
      i: { id: 'c9', name: 'a\u0000b', industry: 'c\u0000d', nameKana: '\uD800' },
    });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((r.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(
      ['createCompany.input.industry', 'createCompany.input.name', 'createCompany.input.nameKana'],
    );
    expect(await fx.api.ok('{ company(id: "c9") { id } }')).toEqual({ company: null });
  });

  it('in a string literal: the GraphQL parser refuses it (the spec allows no lone surrogate there), nothing written', async () => {
    const r = await fx.api.run('mutation { createRep(input: { id: "r2", name: "田中", notes: "memo \\uD800" }) { id } }');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(r.errors?.[0].message).toMatch(/Invalid Unicode escape sequence/);
    expect(await fx.api.ok('{ rep(id: "r2") { id } }')).toEqual({ rep: null });
  });

  it('in an imported snapshot: that record listed with its field, nothing written', async () => {
    const { importSnapshot } = await import('@/wiring/snapshot');
    const err = await importSnapshot(fx.store, {
      reps: [{ id: 'r3', name: '田中' }, { id: 'r4', name: '佐藤', expertise: ['SaaS', 'x\uDC00'] }],
    }).then(() => null, (e) => e);
    expect(appErrorExtensions(err)).toMatchObject({ code: 'BAD_USER_INPUT', records: [{ list: 'reps', index: 1, field: 'expertise[1]' }] });
    expect(await fx.api.ok('{ rep(id: "r3") { id } }')).toEqual({ rep: null });
  });

  it('well-formed text (a surrogate pair, Japanese) goes through', async () => {
    const r = await fx.api.ok('mutation($n: String) { createRep(input: { id: "r5", name: "田中", notes: $n }) { notes } }', { n: '😀 メモ' });
    expect(r.createRep.notes).toBe('😀 メモ');
  });
});

describe('a raw NUL or lone surrogate in the document text (not an escape)', () => {
  const fx = useApi();
  const NUL = String.fromCharCode(0);
  const LONE = String.fromCharCode(0xd800);

  it('in a literal, a variable default, an object default and a JSONObject default, as a manager too: named, nothing written', async () => {
    await fx.api.ok('mutation { createManager(input: { id: "m1", name: "伊藤" }) { id } createCompany(input: { id: "c1", name: "A" }) { id } }');
    await fx.api.ok('mutation { setPortfolio(managerId: "m1", companyIds: ["c1"]) { __typename } }').catch(() => undefined);
    const cases: { query: string; field: string; actor?: ReturnType<typeof managerActor> }[] = [
      { query: `mutation { createCompany(input: { id: "n1", name: "raw${NUL}" }) { id } }`, field: 'createCompany.input.name' },
      { query: `mutation($n: String = "d${NUL}") { createCompany(input: { id: "n2", name: "ok", industry: $n }) { id } }`, field: '$n' },
      { query: `mutation($i: CreateCompanyInput = { id: "n3", name: "o${NUL}" }) { createCompany(input: $i) { id } }`, field: '$i.name' },
      { query: `mutation($cf: JSONObject = { note: "c${NUL}" }) { createCompany(input: { id: "n4", name: "ok", customFields: $cf }) { id } }`, field: '$cf.note' },
      { query: `mutation { createCompany(input: { id: "n5", name: "lone${LONE}" }) { id } }`, field: 'createCompany.input.name' },
      { query: `mutation { updateCompany(id: "c1", input: { strengths: "mgr${NUL}" }) { id } }`, field: 'updateCompany.input.strengths', actor: managerActor('m1') },
      // a list item is named by its index (found by an outsider: the path stopped at the list)
      { query: `mutation { createCompany(input: { id: "n6", name: "ok", customerSegments: ["SMB", "x${NUL}"] }) { id } }`, field: 'createCompany.input.customerSegments[1]' },
      { query: `mutation($s: [String!] = ["a", "b", "c${NUL}"]) { createCompany(input: { id: "n7", name: "ok", customerSegments: $s }) { id } }`, field: '$s[2]' },
      { query: `mutation($i: CreateCompanyInput = { id: "n8", name: "ok", customerSegments: ["d${NUL}"] }) { createCompany(input: $i) { id } }`, field: '$i.customerSegments[0]' },
      { query: `mutation($cf: JSONObject = { a: [{ b: "ok" }, { b: ["x", "y${NUL}"] }] }) { createCompany(input: { id: "n9", name: "ok", customFields: $cf }) { id } }`, field: '$cf.a[1].b[1]' },
      { query: `mutation { createCompany(input: { id: "n10", name: "ok", customFields: { a: [["ok"], ["z${NUL}"]] } }) { id } }`, field: 'createCompany.input.customFields.a[1][0]' },
    ];
    for (const c of cases) {
      const r = await fx.api.run(c.query, {}, c.actor);
      const code = r.errors?.[0].extensions?.code;
      // a raw lone surrogate may already fail to parse; either way it is refused and nothing is written
      if (code === 'GRAPHQL_PARSE_FAILED') continue;
      expect({ query: c.query, code, fields: (r.errors?.[0].extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field) })
        .toEqual({ query: c.query, code: 'BAD_USER_INPUT', fields: [c.field] });
    }
    const stored = await fx.api.ok('{ companies(first: 50) { edges { node { id name industry strengths customFields } } } }');
    expect(JSON.stringify(stored)).not.toMatch(/\\u0000|\\ud800/i);
    expect(stored.companies.edges.map((e: any) => e.node.id)).toEqual(['c1']);
  });
});
