import { writeMissingSortKeys } from '@/store/sort-key-backfill';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

/**
 * Lists of companies, reps and managers sort by reading (nameKana) where there is one, else by name, with a legal
 * form (株式会社, ㈱, …) ignored: the stored sort key (src/domain/shared/sort-key.ts), on every path that writes it.
 */
describeEachEngine('lists sort by reading', (store) => {
  let api: TestApi;
  const IMPORT = 'mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }';

  beforeAll(async () => {
    api = await TestApi.create(store());
    // into the empty graph (Kuzu: straight into its tables)
    await api.ok(IMPORT, {
      s: {
        companies: [
          { id: 'c1', name: 'アルファ商事' },
          { id: 'c2', name: 'アーク' },
          { id: 'c3', name: '株式会社いろは' },
          { id: 'c4', name: '朝日情報ラボ株式会社', nameKana: 'アサヒジョウホウラボ' },
          { id: 'c5', name: '北斗' },
        ],
        managers: [{ id: 'm1', name: '渡辺 花子', nameKana: 'ワタナベ ハナコ' }, { id: 'm2', name: '青木 一郎', nameKana: 'アオキ イチロウ' }],
        reps: [
          { id: 'r1', name: '山田 太郎', nameKana: 'ヤマダ タロウ' },
          { id: 'r2', name: '伊藤 健', nameKana: 'イトウ ケン' },
          { id: 'r3', name: 'ｱｰﾛﾝ' },
        ],
      },
    });
  });
  afterAll(() => api.stop());

  interface Page { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

  async function all(list: 'companies' | 'reps' | 'managers', first = 50): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const r: Page = (await api.ok(`query($first: Int, $after: String) { ${list}(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { first, after }))[list];
      ids.push(...r.edges.map((e) => e.node.id));
      if (!r.pageInfo.hasNextPage) return ids;
      after = r.pageInfo.endCursor;
    }
    throw new Error('no last page');
  }

  it('puts アーク before アルファ, and a company by its reading (朝日 under あ)', async () => {
    expect(await all('companies')).toEqual(['c2', 'c4', 'c1', 'c3', 'c5']);
  });

  it('sorts 株式会社アーク under あ (the legal form ignored), written by a mutation', async () => {
    await api.ok('mutation { createCompany(input: { id: "c6", name: "株式会社アーク" }) { id } }');
    await api.ok('mutation { createCompany(input: { id: "c7", name: "㈱アーク" }) { id } }');
    expect(await all('companies')).toEqual(['c2', 'c6', 'c7', 'c4', 'c1', 'c3', 'c5']);
    // a new reading moves it
    await api.ok('mutation { updateCompany(id: "c5", input: { nameKana: "アアア" }) { id } }');
    expect((await all('companies'))[0]).toBe('c5');
    await api.ok('mutation { updateCompany(id: "c5", input: { nameKana: null }) { id } }');
    expect((await all('companies')).at(-1)).toBe('c5');
  });

  it('sorts reps and managers by the reading of their names', async () => {
    expect(await all('reps')).toEqual(['r3', 'r2', 'r1']);
    expect(await all('managers')).toEqual(['m2', 'm1']);
    await api.ok('mutation { createRep(input: { id: "r4", name: "上田 一", nameKana: "ウエダ ハジメ" }) { id } }');
    await api.ok('mutation { createManager(input: { id: "m3", name: "株式会社 マネージャー" }) { id } }');
    expect(await all('reps')).toEqual(['r3', 'r2', 'r4', 'r1']);
    expect(await all('managers')).toEqual(['m2', 'm3', 'm1']);
  });

  it('pages through equal sort keys without losing or repeating one (the cursor holds the key and the id)', async () => {
    // into a populated graph (Kuzu: staged and merged): five more with the key of アーク
    await api.ok(IMPORT, {
      s: {
        companies: [
          { id: 'c8', name: 'アーク株式会社' }, { id: 'c9', name: '有限会社アーク' }, { id: 'c10', name: 'ｱｰｸ' },
          { id: 'c11', name: '合同会社アーク' }, { id: 'c12', name: 'アーク', nameKana: 'あーく' },
        ],
      },
    });
    const expected = ['c10', 'c11', 'c12', 'c2', 'c6', 'c7', 'c8', 'c9', 'c4', 'c1', 'c3', 'c5'];
    expect(await all('companies')).toEqual(expected);
    for (const first of [1, 2, 3, 4]) expect({ first, ids: await all('companies', first) }).toEqual({ first, ids: expected });
    expect(await all('reps', 1)).toEqual(await all('reps'));
    expect(await all('managers', 1)).toEqual(await all('managers'));
  });

  it('a cursor of one list is refused by another', async () => {
    const cursor = (await api.ok('{ companies(first: 1) { pageInfo { endCursor } } }')).companies.pageInfo.endCursor;
    const r = await api.run('query($a: String) { reps(first: 1, after: $a) { edges { node { id } } } }', { a: cursor });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives rows written before the sort key existed their key (the backfill at open)', async () => {
    const before = { companies: await all('companies'), reps: await all('reps'), managers: await all('managers') };
    await store().write(async (ops) => {
      for (const id of ['c2', 'c4', 'c12']) await ops.run('test/forget-company-sort-key', { id });
      for (const id of ['r1', 'm2']) await ops.run('test/forget-person-sort-key', { id });
    });
    expect(await all('companies')).not.toEqual(before.companies);
    expect(await writeMissingSortKeys(store())).toBe(5);
    expect(await writeMissingSortKeys(store())).toBe(0);
    expect({ companies: await all('companies'), reps: await all('reps'), managers: await all('managers') }).toEqual(before);
  });
});
