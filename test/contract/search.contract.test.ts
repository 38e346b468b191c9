import { exportSnapshot } from '@/store/snapshot-export';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';

/** Search matches names and readings of companies, managers and reps alike, ignoring width, kana and spaces. */
describeEachEngine('search by name or reading', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', {
      s: {
        companies: [
          { id: 'c1', name: '朝日情報ラボ株式会社', nameKana: 'アサヒジョウホウラボ' },
          { id: 'c2', name: '株式会社アークデータ', nameKana: 'あーくでーた' },
          { id: 'c3', name: '有限会社北斗' },
        ],
        managers: [{ id: 'm1', name: '上田 雄一', nameKana: 'ウエダ ユウイチ' }, { id: 'm2', name: '小林 智子' }],
        reps: [{ id: 'r1', name: '金子 航', nameKana: 'カネコ ワタル' }, { id: 'r2', name: '佐藤 陽子' }],
      },
    });
  });
  afterAll(() => api.stop());

  const companies = async (search: string): Promise<string[]> =>
    (await api.ok('query($s: String) { companies(filter: { search: $s }, first: 50) { edges { node { id } } } }', { s: search })).companies.edges.map((e: any) => e.node.id);
  const people = async (list: 'reps' | 'managers', search: string): Promise<string[]> =>
    (await api.ok(`query($s: String) { ${list}(filter: { search: $s }, first: 50) { edges { node { id } } } }`, { s: search }))[list].edges.map((e: any) => e.node.id);

  it('finds a company by its reading in hiragana, katakana or half-width katakana', async () => {
    for (const s of ['あさひ', 'アサヒ', 'ｱｻﾋ', 'じょうほう らぼ', '朝日']) expect({ s, found: await companies(s) }).toEqual({ s, found: ['c1'] });
    expect(await companies('アーク')).toEqual(['c2']);
  });

  it('finds a manager by the reading of the name, as it finds reps', async () => {
    for (const s of ['うえだ', 'ｳｴﾀﾞ', 'ウエダ ユウイチ', '上田']) expect({ s, found: await people('managers', s) }).toEqual({ s, found: ['m1'] });
    expect(await people('reps', 'かねこ')).toEqual(['r1']);
  });

  it('treats a search of only spaces (half- or full-width) as no search, like ""', async () => {
    for (const s of ['   ', '\u3000', ' \t ']) {
      expect(await companies(s)).toEqual(await companies(''));
      expect(await people('managers', s)).toEqual(await people('managers', ''));
      expect(await people('reps', s)).toEqual(await people('reps', ''));
    }
    expect((await companies('')).length).toBe(3);
  });

  it('serves, exports and re-imports the readings of companies and managers', async () => {
    const r = await api.ok('{ company(id: "c1") { nameKana } manager(id: "m1") { nameKana } }');
    expect(r).toEqual({ company: { nameKana: 'アサヒジョウホウラボ' }, manager: { nameKana: 'ウエダ ユウイチ' } });
    const updated = await api.ok('mutation { updateCompany(id: "c3", input: { nameKana: "ホクト" }) { nameKana } }');
    expect(updated.updateCompany.nameKana).toBe('ホクト');
    expect(await companies('ほくと')).toEqual(['c3']);
    const exported = await exportSnapshot(store().read);
    expect((exported.companies as any[]).find((c) => c.id === 'c1').nameKana).toBe('アサヒジョウホウラボ');
    expect((exported.managers as any[]).find((m) => m.id === 'm1').nameKana).toBe('ウエダ ユウイチ');
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: exported });
    expect(await people('managers', 'うえだ')).toEqual(['m1']);
  });
});
