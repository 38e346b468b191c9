/**
 * Issue 15 leftover: deleting a rep, a manager or a company takes with it, in the same transaction, what only made
 * sense with them: the trust overrides of a deleted person's ties, a deleted manager's or partner's revenue targets,
 * a deleted company's strategy changes. Nothing dangles, so an export holds everything the graph holds and a round
 * trip is exact; the change log names each removed override (caches drop it). Both engines, through GraphQL.
 */
import { importSnapshot } from '@/wiring/snapshot';
import { exportSnapshot } from '@/store/snapshot-export';
import { allOverrides } from '@/store/health/health.queries';
import { allRevenueTargets } from '@/store/kpis/revenue-targets';
import { strategyChangesSince } from '@/store/handover/strategy-changes';
import { type Delivery } from '@/store/changes/change-feed';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { sampleSnapshot } from '../helpers/sample-snapshot';

function network(): Record<string, any> {
  const s = sampleSnapshot();
  s.relationships[0].recordedAt = '2024-01-01T00:00:00Z'; // m1–r1: the override below is newer than the recording
  return {
    ...s,
    managers: [...s.managers, { id: 'm2', name: '退職 予定' }],
    reps: [...s.reps, { id: 'r3', name: '転職 予定' }],
    companies: [...s.companies, { id: 'c3', name: '解散予定' }],
    relationships: [...s.relationships, { a: 'm2', b: 'r1', trust: 0.5 }, { a: 'r3', b: 'r2', trust: 0.4 }],
    trustOverrides: [
      { a: 'm2', b: 'r1', trust: 0.2, byId: 'm2', at: '2026-01-01T00:00:00Z' }, // goes with m2
      { a: 'r3', b: 'r2', trust: 0.3, byId: 'm1', at: '2026-01-01T00:00:00Z' }, // goes with r3
      { a: 'm1', b: 'r1', trust: 0.7, byId: 'm2', at: '2026-01-01T00:00:00Z' }, // stays: m2 only set it
    ],
    revenueTargets: [
      { managerId: 'm2', period: '2026', amount: 10000000, setBy: 'm1', setAt: '2026-01-01T00:00:00.000Z' }, // goes with m2
      { companyId: 'c3', period: '2026-Q4', amount: 5000000, setBy: 'm1', setAt: '2026-01-01T00:00:00.000Z' }, // goes with c3
      { companyId: 'c1', period: '2026', amount: 8000000, setBy: 'm2', setAt: '2026-01-01T00:00:00.000Z' }, // stays
    ],
    strategyChanges: [
      { companyId: 'c3', at: '2026-02-01T00:00:00.000Z', field: 'businessPolicy', before: null, after: '撤退' }, // goes with c3
      { companyId: 'c1', at: '2026-02-01T00:00:00.000Z', field: 'challenges', before: null, after: '人手不足' }, // stays
    ],
  };
}

const wipe = (store: () => { write: (w: (ops: any) => Promise<unknown>) => Promise<unknown> }) => store().write((ops) => ops.run('test/wipe'));

describeEachEngine('deleting a person or a company removes what rests on them', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    await importSnapshot(store(), network());
  });
  afterAll(() => api?.stop());

  it('removes the overrides, targets and strategy changes in the delete, logs each override, and keeps the rest', async () => {
    await api.ok('{ warmIntroPaths(to: "r1", from: "m1", maxHops: 2) { strength } }'); // the warm-path network is loaded
    const told: Delivery[] = [];
    store().changes.subscribe((d) => { told.push(d); });
    const deleted = await api.ok('mutation { a: deleteManager(id: "m2") b: deleteRep(id: "r3") c: deleteCompany(id: "c3") }');
    expect(deleted).toEqual({ a: 'm2', b: 'r3', c: 'c3' });

    expect((await allOverrides(store().read)).map((o) => `${o.a}~${o.b}:${o.byId}`)).toEqual(['m1~r1:m2']);
    expect((await allRevenueTargets(store().read)).map((t) => t.id).sort()).toEqual(['PARTNER:c1:2026']);
    expect((await strategyChangesSince(store().read, '')).map((c) => c.companyId)).toEqual(['c1']);
    // the change log names the removed overrides with the rest of each delete
    const changes = told.flatMap((d) => d.changes);
    expect(changes).toEqual(expect.arrayContaining([
      { type: 'trust-override', a: 'm2', b: 'r1' }, { type: 'person', id: 'm2' },
      { type: 'trust-override', a: 'r2', b: 'r3' }, { type: 'person', id: 'r3' },
      { type: 'company', id: 'c3' },
    ]));
    // the override m2 set on a tie that stays still counts (warm paths use it after the reload)
    const health = await api.ok('{ relationshipHealth(a: "m1", b: "r1", asOf: "2026-10-31") { effectiveTrust basis } }');
    expect(health.relationshipHealth).toMatchObject({ effectiveTrust: 0.7, basis: 'OVERRIDDEN' });
  });

  it('an export afterwards holds every record the graph holds, and imports back exactly', async () => {
    const out = await exportSnapshot(store().read);
    const gone = new Set(['m2', 'r3', 'c3']);
    expect((out.trustOverrides as any[]).filter((o) => gone.has(o.a) || gone.has(o.b))).toEqual([]);
    expect((out.revenueTargets as any[]).filter((t) => gone.has(t.managerId) || gone.has(t.companyId))).toEqual([]);
    expect((out.strategyChanges as any[]).filter((c) => gone.has(c.companyId))).toEqual([]);
    expect(out.trustOverrides).toHaveLength((await allOverrides(store().read)).length);
    expect(out.revenueTargets).toHaveLength((await allRevenueTargets(store().read)).length);
    expect(out.strategyChanges).toHaveLength((await strategyChangesSince(store().read, '')).length);
    const text = JSON.parse(JSON.stringify(out));
    await wipe(store);
    await importSnapshot(store(), text);
    expect(await exportSnapshot(store().read)).toEqual(out);
  });

  it('a refused delete (a company with deals) removes nothing', async () => {
    const before = await exportSnapshot(store().read);
    const r = await api.run('mutation { deleteCompany(id: "c1") }');
    expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await exportSnapshot(store().read)).toEqual(before);
  });
});
