import { describeEachEngine } from '../../helpers/engines';
import { TestApi } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

describeEachEngine('a deleted manager\'s id', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(get());
    const s = sampleSnapshot();
    s.managers.push({ id: 'mz2', name: '削除 予定' });
    s.interactions.push({ id: 'i-mz2', at: '2025-01-01T10:00:00+09:00', channel: 'CALL', managerIds: ['mz2'], repIds: ['r1'] });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s });
    await api.ok('mutation { deleteManager(id: "mz2") }');
  });
  afterAll(() => api.stop());

  it('is never given to a new manager or rep: the records that name it are not inherited', async () => {
    for (const create of ['createManager', 'createRep']) {
      const r = await api.run(`mutation { ${create}(input: { id: "mz2", name: "新任 者" }) { id } }`);
      expect([create, r.errors?.[0]?.extensions?.code]).toEqual([create, 'CONFLICT']);
      expect(r.errors?.[0]?.message).toContain('belonged to a manager deleted at');
    }
    expect(await get().read.peopleByIds(['mz2'])).toEqual([null]);
    expect((await get().read.interactionsByIds(['i-mz2']))[0]?.managerIds).toEqual(['mz2']);
  });

  it('leaves other ids free', async () => {
    expect((await api.ok('mutation { createManager(input: { id: "mz3", name: "新任 者" }) { id } }')).createManager.id).toBe('mz3');
  });
});
