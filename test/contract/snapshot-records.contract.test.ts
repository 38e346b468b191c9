import { importSnapshot } from '@/wiring/snapshot';
import { exportSnapshot } from '@/store/snapshot-export';
import { allOverrides } from '@/store/health/health.queries';
import { allRevenueTargets } from '@/store/kpis/revenue-targets';
import { strategyChangesSince } from '@/store/handover/strategy-changes';
import { appErrorExtensions } from '@/graphql/errors/format-error';
import { type AppError } from '@/app/errors';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { rejection } from '../helpers/rejection';
import { sampleSnapshot } from '../helpers/sample-snapshot';

/**
 * The records of relationship health, KPIs and handovers in the snapshot format (issue 15): trust overrides, revenue
 * targets and strategy changes export, import back exactly (into an empty graph: Kuzu's bulk COPY; into one with data:
 * staged and merged), are checked with the mutations' rules, and an import of them reaches the caches.
 */
const RECORDED = '2024-01-01T00:00:00Z';

function withRecords(): Record<string, any> {
  const s = sampleSnapshot();
  s.relationships[0].recordedAt = RECORDED; // m1–r1: the override below is newer than the recording and all evidence
  return {
    ...s,
    trustOverrides: [{ a: 'r1', b: 'm1', trust: 0.35, note: '先方の体制変更で関係が薄れた', byId: 'm1', at: '2025-02-01T09:00:00+09:00' }],
    revenueTargets: [
      { companyId: 'c1', period: '2024-Q2', amount: 5000000, setBy: 'm1', setAt: '2024-04-01T00:00:00.000Z' },
      { managerId: 'm1', period: '2024', amount: 12000000, setBy: 'admin-token', setAt: '2024-01-05T00:00:00.000Z' },
    ],
    strategyChanges: [
      { companyId: 'c1', at: '2024-05-01T00:00:00.000Z', field: 'businessPolicy', before: null, after: 'AI関連に注力' },
      { companyId: 'c1', at: '2024-06-01T12:00:00+09:00', field: 'challenges', before: '人手不足', after: null },
    ],
  };
}

const wipe = (store: () => { write: (w: (ops: any) => Promise<unknown>) => Promise<unknown> }) => store().write((ops) => ops.run('test/wipe'));

describeEachEngine('snapshot: trust overrides, revenue targets and strategy changes', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
  });
  afterAll(() => api?.stop());

  it('imports them into an empty graph and exports them exactly, strategy changes at UTC instants', async () => {
    await importSnapshot(store(), withRecords());
    const out = await exportSnapshot(store().read);
    expect(out.trustOverrides).toEqual([{ a: 'm1', b: 'r1', trust: 0.35, note: '先方の体制変更で関係が薄れた', byId: 'm1', at: '2025-02-01T09:00:00+09:00' }]);
    expect(out.revenueTargets).toEqual(expect.arrayContaining(withRecords().revenueTargets));
    expect(out.revenueTargets).toHaveLength(2);
    expect(out.strategyChanges).toEqual([
      { companyId: 'c1', at: '2024-05-01T00:00:00.000Z', field: 'businessPolicy', before: null, after: 'AI関連に注力' },
      { companyId: 'c1', at: '2024-06-01T03:00:00.000Z', field: 'challenges', before: '人手不足', after: null },
    ]);
    // what the service reads: the same records its mutations would have stored
    expect(await allRevenueTargets(store().read)).toEqual(expect.arrayContaining([
      { id: 'PARTNER:c1:2024-Q2', scope: 'PARTNER', scopeId: 'c1', period: { label: '2024-Q2', from: '2024-04-01', to: '2024-06-30' }, amount: 5000000, setAt: '2024-04-01T00:00:00.000Z', setBy: 'm1' },
    ]));
    expect((await strategyChangesSince(store().read, '2024-05-15T00:00:00.000Z')).map((c) => c.id)).toEqual(['c1@challenges@2024-06-01T03:00:00.000Z']);
  });

  it('round trip: an export imported into an emptied graph, then again over itself, exports the same', async () => {
    const before = await exportSnapshot(store().read);
    const text = JSON.parse(JSON.stringify(before));
    await wipe(store);
    expect((await exportSnapshot(store().read)).trustOverrides).toEqual([]);
    await importSnapshot(store(), text); // empty graph (Kuzu: COPY straight into the tables)
    expect(await exportSnapshot(store().read)).toEqual(before);
    await importSnapshot(store(), text); // a graph with data (staged and merged): idempotent
    expect(await exportSnapshot(store().read)).toEqual(before);
  });

  it('the service answers from an imported override, after the warm-path network was loaded (the import reloads caches)', async () => {
    const q = '{ relationshipHealth(a: "m1", b: "r1", asOf: "2026-10-31") { effectiveTrust basis override { trust byId note status } } }';
    expect((await api.ok(q)).relationshipHealth).toMatchObject({ effectiveTrust: 0.35, basis: 'OVERRIDDEN', override: { trust: 0.35, byId: 'm1', status: 'ACTIVE' } });
    await api.ok('{ warmIntroPaths(to: "r1", from: "m1", maxHops: 1) { strength } }'); // the network is loaded now
    await importSnapshot(store(), { trustOverrides: [{ a: 'm1', b: 'r1', trust: 0.9, byId: 'm1', at: '2025-03-01T00:00:00Z' }] });
    expect((await api.ok(q)).relationshipHealth).toMatchObject({ effectiveTrust: 0.9, override: { trust: 0.9, note: null } });
    const paths = await api.ok('{ warmIntroPaths(to: "r1", from: "m1", maxHops: 1) { strength } }');
    expect(paths.warmIntroPaths[0].strength).toBeCloseTo(0.9, 6);
  });

  it('an old snapshot (without the new lists) still imports and leaves the stored records as they are', async () => {
    const before = await exportSnapshot(store().read);
    const old = sampleSnapshot();
    old.relationships[0].recordedAt = RECORDED;
    await importSnapshot(store(), old);
    const after = await exportSnapshot(store().read);
    expect(after.trustOverrides).toEqual(before.trustOverrides);
    expect(after.revenueTargets).toEqual(before.revenueTargets);
    expect(after.strategyChanges).toEqual(before.strategyChanges);
  });

  it('without at / setAt: the time of import, kept when re-imported with the same value', async () => {
    const t0 = Date.now();
    await importSnapshot(store(), {
      trustOverrides: [{ a: 'r2', b: 'r1', trust: 0.6, byId: 'admin-token' }],
      revenueTargets: [{ managerId: 'm1', period: '2026-10', amount: 1000000, setBy: 'm1' }],
    });
    const [o] = (await allOverrides(store().read)).filter((x) => x.a === 'r1' && x.b === 'r2');
    const t = (await allRevenueTargets(store().read)).find((x) => x.id === 'MANAGER:m1:2026-10')!;
    expect(Date.parse(o.at)).toBeGreaterThanOrEqual(t0 - 1000);
    expect(Date.parse(t.setAt)).toBeGreaterThanOrEqual(t0 - 1000);
    await new Promise((r) => setTimeout(r, 20));
    await importSnapshot(store(), {
      trustOverrides: [{ a: 'r1', b: 'r2', trust: 0.6, byId: 'admin-token' }],
      revenueTargets: [{ managerId: 'm1', period: '2026-10', amount: 1000000, setBy: 'm1' }],
    });
    expect((await allOverrides(store().read)).find((x) => x.a === 'r1' && x.b === 'r2')!.at).toBe(o.at);
    expect((await allRevenueTargets(store().read)).find((x) => x.id === 'MANAGER:m1:2026-10')!.setAt).toBe(t.setAt);
  });

  it('refuses bad records with the mutations\' rules, naming each field, and writes nothing', async () => {
    const before = await exportSnapshot(store().read);
    const err = await rejection<AppError>(importSnapshot(store(), {
      companies: [{ id: 'c-new', name: 'New' }],
      trustOverrides: [
        { a: 'm1', b: 'm1', trust: 0.5, byId: 'm1' },
        { a: 'm1', b: 'ghost', trust: 1.5, byId: 'm1' },
        { a: 'm1', b: 'r1', trust: 0.5, byId: 'm1', note: 'x'.repeat(501) },
        { a: 'm1', b: 'r2', trust: 0.5 },
        { a: 'm1', b: 'r2', trust: 0.5, byId: 'm1', at: '2025-01-01', extra: 1 },
      ],
      revenueTargets: [
        { companyId: 'c1', managerId: 'm1', period: '2026-Q4', amount: 1, setBy: 'm1' },
        { period: '2026-Q4', amount: 1, setBy: 'm1' },
        { companyId: 'c1', period: '2026-Q5', amount: 0, setBy: 'm1' },
        { companyId: 'nowhere', period: '2026', amount: 10, setBy: 'm1' },
        { managerId: 'r1', period: '2026', amount: 10, setBy: 'm1' },
        { companyId: 'c-new', period: '2026', amount: 10, setBy: 'm1' },
        { companyId: 'c-new', period: '2026', amount: 20, setBy: 'm1' },
        { companyId: 'c1', period: '2026-Q3', amount: 5e-324, setBy: 'm1' }, // under 1 yen: its share would be infinite
      ],
      strategyChanges: [
        { companyId: 'nowhere', at: '2026-01-01T00:00:00Z', field: 'businessPolicy', after: 'x' },
        { companyId: 'c1', at: '2026-01-01', field: 'strengths', after: 'x' },
        { companyId: 'c1', field: 'challenges' },
      ],
    }));
    expect(appErrorExtensions(err).code).toBe('BAD_USER_INPUT');
    const where = (appErrorExtensions(err).records as { list: string; index: number; field: string }[]).map((r) => `${r.list}[${r.index}].${r.field}`);
    expect(where).toEqual(expect.arrayContaining([
      'trustOverrides[0].b', 'trustOverrides[1].b', 'trustOverrides[1].trust', 'trustOverrides[2].note', 'trustOverrides[3].byId',
      'trustOverrides[4].at', 'trustOverrides[4].extra', 'trustOverrides[4].a', // [4] is also [3]'s tie again
      'revenueTargets[0].companyId', 'revenueTargets[1].companyId', 'revenueTargets[2].period', 'revenueTargets[2].amount',
      'revenueTargets[3].companyId', 'revenueTargets[4].managerId', 'revenueTargets[6].period', 'revenueTargets[7].amount',
      'strategyChanges[0].companyId', 'strategyChanges[1].at', 'strategyChanges[1].field', 'strategyChanges[2].at',
    ]));
    expect(where).not.toContain('revenueTargets[5].companyId'); // a company in the same snapshot
    expect(where).toHaveLength(20); // nothing else: every problem above, once
    expect(await exportSnapshot(store().read)).toEqual(before);
  });

  it('leaves out of an export what a deleted person or company left behind (an import would refuse it)', async () => {
    await importSnapshot(store(), {
      managers: [{ id: 'm-gone', name: '退職 予定' }], companies: [{ id: 'c-gone', name: '解散予定' }],
      relationships: [{ a: 'm-gone', b: 'r1', trust: 0.5 }],
      trustOverrides: [{ a: 'm-gone', b: 'r1', trust: 0.2, byId: 'm-gone' }],
      revenueTargets: [{ companyId: 'c-gone', period: '2026', amount: 10, setBy: 'm1' }, { managerId: 'm-gone', period: '2026', amount: 10, setBy: 'm1' }],
      strategyChanges: [{ companyId: 'c-gone', at: '2026-01-01T00:00:00Z', field: 'businessPolicy', after: 'x' }],
    });
    await store().write(async (ops) => {
      await ops.run('person/delete', { id: 'm-gone' });
      await ops.run('company/delete', { id: 'c-gone' });
    });
    const out = await exportSnapshot(store().read);
    expect(JSON.stringify(out)).not.toMatch(/m-gone|c-gone/);
    await importSnapshot(store(), JSON.parse(JSON.stringify(out)));
  });
});
