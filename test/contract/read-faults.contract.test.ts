/**
 * A read query with several bad arguments names every one in one BAD_USER_INPUT, as mutations do (found by an
 * outsider: "read queries name one fault at a time"): the format faults of all its arguments (a page's `first` and its
 * filter), and beside them the checks made after the format (a KPI range's end, a cursor, asOf and limit). Inline and
 * through variables; both engines.
 */
import { importSnapshot } from '@/wiring/snapshot';
import { ID_REASON } from '@/domain/shared/id-rule';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { sampleSnapshot } from '../helpers/sample-snapshot';

type Result = { errors?: { message: string; extensions?: Record<string, any> }[] };
const NOT_A_CURSOR = (list: string) => `is not a cursor this API gave out (use pageInfo.endCursor of the previous ${list} page)`;

describeEachEngine('read queries: every bad argument in one refusal', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    await importSnapshot(store(), sampleSnapshot());
  });
  afterAll(() => api?.stop());

  /** The one refusal's fields, after checking it is one BAD_USER_INPUT whose message names each. */
  const refused = (r: Result) => {
    expect(r.errors).toHaveLength(1);
    const [e] = r.errors!;
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    for (const f of e.extensions?.fields ?? []) expect(e.message).toContain(f.field);
    return e.extensions?.fields as { field: string; reason: string }[];
  };

  it('a page\'s size and its filter (two arguments), and the size and the cursor', async () => {
    for (const r of [
      await api.run('{ deals(first: 0, filter: { companyId: " " }) { totalCount } }'),
      await api.run('query($f: DealFilterInput, $n: Int!) { deals(first: $n, filter: $f) { totalCount } }', { n: 0, f: { companyId: ' ' } }),
    ]) {
      expect(refused(r)).toEqual(expect.arrayContaining([
        { field: 'first', reason: 'first must not be less than 1' },
        { field: 'filter.companyId', reason: `companyId ${ID_REASON}` },
      ]));
      expect(refused(r)).toHaveLength(2);
    }
    for (const r of [
      await api.run('{ deals(first: 1000, after: "zz") { totalCount } }'),
      await api.run('query($n: Int!, $a: String) { deals(first: $n, after: $a) { totalCount } }', { n: 1000, a: 'zz' }),
    ]) {
      expect(refused(r)).toEqual([{ field: 'first', reason: 'first must not be greater than 100' }, { field: 'after', reason: NOT_A_CURSOR('deals') }]);
    }
    const companies = await api.run('{ companies(first: 0, after: "zz", filter: { ownerId: " " }) { totalCount } }');
    expect(refused(companies).map((f) => f.field).sort()).toEqual(['after', 'filter.ownerId', 'first']);
    const audit = await api.run('{ auditLog(first: 0, after: "zz") { edges { cursor } } }');
    expect(refused(audit)).toEqual([{ field: 'first', reason: 'first must not be less than 1' }, { field: 'after', reason: NOT_A_CURSOR('auditLog') }]);
  });

  it('KPIs: a bad id beside a range that ends before it starts, or holds too many periods', async () => {
    for (const r of [
      await api.run('{ partnerKpis(companyId: " ", from: "2026-02-01", to: "2026-01-01") { company { id } } }'),
      await api.run('query($c: ID!, $f: String!, $t: String!) { partnerKpis(companyId: $c, from: $f, to: $t) { company { id } } }', { c: ' ', f: '2026-02-01', t: '2026-01-01' }),
    ]) {
      expect(refused(r)).toEqual([{ field: 'companyId', reason: `companyId ${ID_REASON}` }, { field: 'to', reason: 'must be on or after from (2026-02-01)' }]);
    }
    const rep = await api.run('{ repKpis(repId: "x\\u0001", from: "2026-01-01", to: "2036-12-31") { from } }');
    expect(refused(rep).map((f) => f.field)).toEqual(['repId', 'to']);
    expect(refused(rep)[1].reason).toContain('more than 120 periods of MONTH');
  });

  it('dailyFollowUps and relationshipRisks: asOf and limit together', async () => {
    for (const r of [
      await api.run('{ dailyFollowUps(managerId: "m1", limit: 0, asOf: "tomorrow") { kind } }'),
      await api.run('query($l: Int!, $d: String) { dailyFollowUps(managerId: "m1", limit: $l, asOf: $d) { kind } }', { l: 501, d: '2026-02-30' }),
    ]) {
      expect(refused(r)).toEqual([{ field: 'asOf', reason: 'must be a date YYYY-MM-DD' }, { field: 'limit', reason: 'must be from 1 to 500' }]);
    }
    // the years reports take, as KPI ranges (found by an outsider: 0001 and 9999 were taken)
    const years = 'must be a day from 1900-01-01 to 2999-12-31';
    for (const q of ['{ dailyFollowUps(managerId: "m1", asOf: "0001-01-01") { kind } }', '{ relationshipRisks(asOf: "9999-12-31") { severity } }',
      '{ relationshipHealth(a: "m1", b: "r1", asOf: "1899-12-31") { rank } }']) {
      expect(refused(await api.run(q))).toEqual([{ field: 'asOf', reason: years }]);
    }
    await api.ok('{ dailyFollowUps(managerId: "m1", asOf: "2999-12-31") { kind } relationshipRisks(asOf: "1900-01-01") { severity } }');
    const risks = await api.run('{ relationshipRisks(limit: 0, asOf: "x") { severity } }');
    expect(refused(risks)).toEqual([{ field: 'asOf', reason: 'must be a date YYYY-MM-DD' }, { field: 'limit', reason: 'must be from 1 to 100' }]);
  });

  it('already so: warmIntroPaths, keyPersons and relationshipHealth name every bad argument', async () => {
    const paths = await api.run('{ warmIntroPaths(to: "r1", maxHops: 99, limit: 0, minTrust: 5) { people { id } } }');
    expect(refused(paths).map((f) => f.field)).toEqual(['maxHops', 'limit', 'minTrust']);
    const key = await api.run('query($c: ID!, $l: Int) { keyPersons(companyId: $c, limit: $l) { score } }', { c: ' ', l: 0 });
    expect(refused(key).map((f) => f.field)).toEqual(['companyId', 'limit']);
    const health = await api.run('{ relationshipHealth(a: " ", b: " ", asOf: "x") { rank } }');
    expect(refused(health).map((f) => f.field)).toEqual(['a', 'b', 'b', 'asOf']);
  });

  it('a null variable where a non-null argument with a default is: BAD_USER_INPUT naming it, not a 500 (found by an outsider)', async () => {
    const reason = (where: string, type: string) => `is null where ${where} needs a value of type ${type}: send one, or leave the variable out to use the default`;
    expect(refused(await api.run('query($f: Int) { deals(first: $f) { totalCount } }', { f: null }))).toEqual([{ field: '$f', reason: reason('deals(first)', 'Int!') }]);
    expect(refused(await api.run('query($f: Int) { ...Page } fragment Page on Query { deals(first: $f) { totalCount } }', { f: null })))
      .toEqual([{ field: '$f', reason: reason('deals(first)', 'Int!') }]);
    expect(refused(await api.run('query($l: Int) { dailyFollowUps(managerId: "m1", limit: $l) { kind } }', { l: null }))).toEqual([{ field: '$l', reason: reason('dailyFollowUps(limit)', 'Int!') }]);
    expect(refused(await api.run('query($b: Boolean) { company(id: "c1") { employments(includeFormer: $b) { since } } }', { b: null })))
      .toEqual([{ field: '$b', reason: reason('employments(includeFormer)', 'Boolean!') }]);
    const before = (await api.ok('{ interactions(first: 100) { totalCount } }')).interactions.totalCount;
    const create = await api.run(
      'mutation($d: Boolean) { createInteraction(input: { at: "2026-01-05", channel: MEETING, repIds: ["r1"], nextAction: { description: "x", done: $d } }) { id } }', { d: null });
    expect(refused(create)).toEqual([{ field: '$d', reason: reason('createInteraction(input)', 'Boolean!') }]);
    expect((await api.ok('{ interactions(first: 100) { totalCount } }')).interactions.totalCount).toBe(before);
    // decided on what runs: a field or fragment skipped (@skip, @include on the coerced variables) is not refused
    await api.ok('query($f: Int, $s: Boolean!) { deals(first: $f) @skip(if: $s) { totalCount } companies(first: 1) { totalCount } }', { f: null, s: true });
    await api.ok('query($f: Int, $i: Boolean!) { ...Page @include(if: $i) companies(first: 1) { totalCount } } fragment Page on Query { deals(first: $f) { totalCount } }', { f: null, i: false });
    await api.ok('query($f: Int) { ... @skip(if: true) { deals(first: $f) { totalCount } } companies(first: 1) { totalCount } }', { f: null });
    expect(refused(await api.run('query($f: Int, $i: Boolean!) { ...Page @include(if: $i) } fragment Page on Query { deals(first: $f) { totalCount } }', { f: null, i: true })))
      .toEqual([{ field: '$f', reason: reason('deals(first)', 'Int!') }]);
    // left out, the default applies; a value is taken
    expect((await api.ok('query($f: Int) { deals(first: $f) { totalCount } }', {})).deals.totalCount).toBeGreaterThan(0);
    expect((await api.ok('query($f: Int) { deals(first: $f) { totalCount } }', { f: 2 })).deals.totalCount).toBeGreaterThan(0);
  });

  it('dailyFollowUps, relationshipRisks and warmIntroPaths refuse a malformed id beside the other faults (found by an outsider: a 404)', async () => {
    const id = (field: string) => ({ field, reason: ID_REASON });
    expect(refused(await api.run('{ dailyFollowUps(managerId: " ", asOf: "x", limit: 0) { kind } }')))
      .toEqual([id('managerId'), { field: 'asOf', reason: 'must be a date YYYY-MM-DD' }, { field: 'limit', reason: 'must be from 1 to 500' }]);
    expect(refused(await api.run('query($m: ID!) { dailyFollowUps(managerId: $m) { kind } }', { m: '\u200b' }))).toEqual([id('managerId')]);
    expect(refused(await api.run('{ relationshipRisks(managerId: " ", limit: 0) { severity } }'))).toEqual([id('managerId'), { field: 'limit', reason: 'must be from 1 to 100' }]);
    const paths = await api.run('{ warmIntroPaths(to: "", from: " ", limit: 0, avoid: ["r2", "  "]) { people { id } } }');
    expect(refused(paths).map((f) => f.field)).toEqual(['to', 'from', 'avoid[1]', 'limit']);
    expect(refused(await api.run('{ warmIntroPaths(to: "") { people { id } } }'))).toEqual([id('to')]);
  });

  it('a blank product filter is refused, not read as every product (found by an outsider: "" listed every deal, "   " none)', async () => {
    for (const product of ['', '   ', '\u3000']) {
      const r = await api.run('query($p: String) { deals(first: 2, filter: { product: $p }) { totalCount } }', { p: product });
      // one reason for empty and blank alike (an empty one got the length rule's words)
      expect(refused(r)).toEqual([{ field: 'filter.product', reason: 'product must not be empty or blank (only white space or invisible characters); leave it out for every value' }]);
    }
    const long = await api.run('query($p: String) { deals(first: 2, filter: { product: $p }) { totalCount } }', { p: 'x'.repeat(201) });
    expect(refused(long).map((f) => f.field)).toEqual(['filter.product']);
    expect((await api.ok('{ deals(first: 2, filter: { product: "ｃｒｍ" }) { totalCount } }')).deals.totalCount).toBeGreaterThan(0);
  });

  it('one fault alone is told as before, and a good request answers', async () => {
    expect(refused(await api.run('{ deals(after: "zz") { totalCount } }'))).toEqual([{ field: 'after', reason: NOT_A_CURSOR('deals') }]);
    expect(refused(await api.run('{ partnerKpis(companyId: "c1", from: "2026-02-01", to: "2026-01-01") { company { id } } }')))
      .toEqual([{ field: 'to', reason: 'must be on or after from (2026-02-01)' }]);
    expect((await api.ok('{ deals(first: 1) { totalCount } }')).deals.totalCount).toBeGreaterThan(0);
  });
});
