import { ID_REASON } from '@/domain/shared/id-rule';
import { exportSnapshot } from '@/store/snapshot-export';
import { describeEachEngine } from '../helpers/engines';
import { TestApi, managerActor } from '../helpers/graphql';
import { handoverSnapshot } from './handover.fixture';

/**
 * reassignPortfolio with a malformed companyIds item beside an unknown company and a partner not the outgoing
 * manager's: every item's fault in one refusal, each by its index, nothing written (found by an outsider: only the
 * malformed item was told). In the input form (inline and variables) and the plain-argument form; both engines.
 */
describeEachEngine('reassignPortfolio: every item\'s fault in one refusal', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: '2026-10-31' });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: handoverSnapshot() });
  });
  afterAll(() => api.stop());

  // h1: m1's; " " and "x\u0001" break the id rule; ghost: no company; h2: m2's
  const ids = ['h1', ' ', 'ghost', 'h2', 'x\u0001'];
  const faults = (prefix: string) => [
    { field: `${prefix}companyIds[1]`, reason: `companyIds[1] ${ID_REASON}` },
    { field: `${prefix}companyIds[4]`, reason: `companyIds[4] ${ID_REASON}` },
    { field: `${prefix}companyIds[2]`, reason: 'no company with id "ghost"' },
    { field: `${prefix}companyIds[3]`, reason: '"h2" is not in m1\'s portfolio' },
  ];

  it('the input form, inline and through variables, as an admin and as the outgoing manager', async () => {
    const before = await exportSnapshot(store().read);
    const inline = 'mutation { reassignPortfolio(input: { fromManagerId: "m1", toManagerId: "m3", companyIds: ["h1", " ", "ghost", "h2", "x\\u0001"] }) { companies { company { id } } } }';
    const byVariable = 'mutation($i: ReassignPortfolioInput!) { reassignPortfolio(input: $i) { companies { company { id } } } }';
    for (const r of [
      await api.run(inline),
      await api.run(byVariable, { i: { fromManagerId: 'm1', toManagerId: 'm3', companyIds: ids } }),
      await api.run(byVariable, { i: { fromManagerId: 'm1', toManagerId: 'm3', companyIds: ids } }, managerActor('m1')),
    ]) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: faults('input.') });
      for (const f of faults('input.')) expect(r.errors?.[0].message).toContain(f.field);
    }
    expect(await exportSnapshot(store().read)).toEqual(before);
  });

  it('the plain-argument form names the arguments sent', async () => {
    const before = await exportSnapshot(store().read);
    const r = await api.run('mutation($ids: [ID!]) { reassignPortfolio(fromManagerId: "m1", toManagerId: "m3", companyIds: $ids) { companies { company { id } } } }', { ids });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: faults('') });
    expect(await exportSnapshot(store().read)).toEqual(before);
  });

  it('a malformed outgoing manager: the items still looked up are told whether they exist (whose portfolio is not known)', async () => {
    const r = await api.run('mutation($ids: [ID!]) { reassignPortfolio(input: { fromManagerId: " ", toManagerId: "m3", companyIds: $ids }) { companies { company { id } } } }', { ids });
    expect((r.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'input.fromManagerId', 'input.companyIds[1]', 'input.companyIds[4]', 'input.companyIds[2]',
    ]);
  });

  it('well-formed items alone: the use case tells the same faults, in index order', async () => {
    const r = await api.run('mutation { reassignPortfolio(input: { fromManagerId: "m1", toManagerId: "m3", companyIds: ["h2", "h1", "ghost"] }) { companies { company { id } } } }');
    expect(r.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.companyIds[0]', reason: '"h2" is not in m1\'s portfolio' },
      { field: 'input.companyIds[2]', reason: 'no company with id "ghost"' },
    ]);
  });
});
