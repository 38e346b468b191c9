/**
 * The bulk load into an empty Kuzu graph builds its rows straight from the snapshot (kuzu-bulk-load.ts); they must be
 * exactly the rows the staged import's steps give (importSteps), laid out per table as before: compared here as the
 * JSON that goes into the files, table by table, in order.
 */
import { collectSnapshot, generateSnapshot } from '@/generator';
import { type Snapshot } from '@/domain/snapshot/snapshot';
import { GraphOperations } from '@/store/graph-operations';
import { type BulkRows, bulkTables } from '@/store/kuzu/kuzu-bulk-load';
import { FEED_ORDER, feedOf } from '@/store/snapshot-feed';
import { type Row } from '@/store/runner';
import { importSteps } from '@/store/snapshot-rows';
import { validateSnapshot } from '@/wiring/snapshot';

/** The tables as kuzu-bulk-load.ts laid them out before (commit b456400): importSteps' rows, copied per table. */
function previousBulkTables(snapshot: Snapshot, now: string): { step: string; table: string; rows: Row[] }[] {
  const steps = new Map(importSteps(snapshot).map((s) => [s.step, s.rows]));
  const of = (step: string): Row[] => steps.get(step) ?? [];
  const versioned = (rows: Row[]): Row[] => rows.map((r) => ({ ...r, version: 1 }));
  return [
    { step: 'companies', table: 'Company', rows: versioned(of('companies')) },
    { step: 'people', table: 'Person', rows: versioned(of('people')) },
    { step: 'topics', table: 'Topic', rows: of('topics') },
    { step: 'expertise', table: 'EXPERT_IN', rows: of('expertise').map((r) => ({ from: r.personId, to: r.key })) },
    { step: 'interests', table: 'INTERESTED_IN', rows: of('interests').map((r) => ({ from: r.personId, to: r.key })) },
    { step: 'contracts', table: 'Contract', rows: versioned(of('contracts')) },
    { step: 'contracts', table: 'HAS_CONTRACT', rows: of('contracts').map((r) => ({ from: r.companyId, to: r.id })) },
    { step: 'employments', table: 'EMPLOYED_AT', rows: of('employments').map(({ repId, companyId, ...e }) => ({ from: repId, to: companyId, ...e })) },
    { step: 'portfolio', table: 'OWNS', rows: of('portfolio').map((r) => ({ from: r.managerId, to: r.companyId, since: r.since })) },
    {
      step: 'relationships', table: 'KNOWS',
      // KNOWS no longer stores the tie's id (migration 004): it is made from the two ends when read
      rows: of('relationships').map((r) => ({ from: r.a, to: r.b, kind: r.kind, trust: r.trust, since: r.since, recordedAt: r.recordedAt ?? now, version: 1 })),
    },
    { step: 'reports-to', table: 'REPORTS_TO', rows: of('reports-to').map((r) => ({ from: r.repId, to: r.bossId })) },
    {
      step: 'introductions', table: 'INTRODUCED',
      rows: of('introductions').map((r) => ({ from: r.introducerId, to: r.introducedId, id: r.id, toManagerId: r.toManagerId, at: r.at, outcome: r.outcome })),
    },
    { step: 'interactions', table: 'Interaction', rows: versioned(of('interactions')) },
    { step: 'participations', table: 'PARTICIPATED_IN', rows: of('participations').map((r) => ({ from: r.personId, to: r.interactionId })) },
    { step: 'deals', table: 'Deal', rows: versioned(of('deals')) },
    { step: 'deals', table: 'DEAL_WITH', rows: of('deals').map((r) => ({ from: r.id, to: r.companyId })) },
    { step: 'deal-people', table: 'HANDLED', rows: of('deal-people').map((r) => ({ from: r.personId, to: r.dealId, role: r.role })) },
    // the lists of issue 15 (added after b456400): node tables, their time the import's when missing
    { step: 'trust-overrides', table: 'TrustOverride', rows: of('trust-overrides').map((r) => ({ ...r, at: r.at ?? now })) },
    { step: 'revenue-targets', table: 'RevenueTarget', rows: of('revenue-targets').map((r) => ({ ...r, setAt: r.setAt ?? now })) },
    { step: 'strategy-changes', table: 'StrategyChange', rows: of('strategy-changes') },
  ].filter((t) => t.rows.length > 0);
}

/** Reads of an empty graph: the snapshot's records are all new. */
const read = new GraphOperations({ run: async () => [] });
const asFile = (rows: Iterable<Row>): string[] => [...rows].map((r) => JSON.stringify(r)).map((line) => JSON.stringify(JSON.parse(line), Object.keys(JSON.parse(line)).sort()));

/** The bulk tables of a whole snapshot, loaded, without the empty ones. */
async function loaded(snapshot: Snapshot, now: string): Promise<({ step: string; table: string } & BulkRows)[]> {
  const tables = bulkTables(feedOf(snapshot), now);
  const out = await Promise.all(tables.map(async (t) => ({ step: t.step, table: t.table, ...(await t.load()) })));
  return out.filter((t) => t.count > 0);
}

async function normalised(raw: unknown): Promise<Snapshot> {
  const v = await validateSnapshot(raw, read);
  if (!v.snapshot) throw new Error(JSON.stringify(v.problems.slice(0, 3)));
  return v.snapshot;
}

it('writes the same rows, table by table, as the staged steps give', async () => {
  const generated = collectSnapshot(generateSnapshot({ people: 400, seed: 'bulk-rows' })) as unknown as Record<string, Record<string, unknown>[]>;
  // odd but valid records: topic names differing only in width/case, a rep in two interactions' lists, nextAction
  generated.reps.push({ id: 'odd-rep', name: 'Odd', expertise: ['ＳａａＳ', 'saas', 'SaaS '], interests: [] });
  generated.interactions.push({ id: 'odd-i', at: '2024-06-01T10:00:00+09:00', channel: generated.interactions[0].channel, managerIds: [], repIds: ['odd-rep', 'odd-rep'], nextAction: { description: 'call' } });
  const snapshot = await normalised(generated);
  const now = '2024-06-01T00:00:00.000Z';
  const before = previousBulkTables(snapshot, now);
  // the same tables (now in the feed's order, see the next test), each with the same rows
  const after = await loaded(snapshot, now);
  const byTable = <T extends { table: string }>(ts: T[]): T[] => [...ts].sort((x, y) => x.table.localeCompare(y.table));
  expect(byTable(after).map((t) => [t.step, t.table, t.count])).toEqual(byTable(before).map((t) => [t.step, t.table, t.rows.length]));
  for (const t of after) {
    const was = before.find((b) => b.table === t.table)!;
    expect({ table: t.table, rows: asFile(t.rows()) }).toEqual({ table: was.table, rows: asFile(was.rows) });
  }
  // rows() can be read again (a retry reads it twice)
  const people = after.find((t) => t.table === 'Person')!;
  expect(asFile(people.rows())).toEqual(asFile(before.find((b) => b.table === 'Person')!.rows));
});

it('gives empty tables no rows (the import then skips their COPY)', async () => {
  const snapshot = await normalised({ reps: [{ id: 'r', name: 'R' }] });
  expect((await loaded(snapshot, 'now')).map((t) => t.table)).toEqual(['Person']);
});

it('a table waits only for its own lists', async () => {
  const snapshot = await normalised(collectSnapshot(generateSnapshot({ people: 50, seed: 'bulk-wait' })));
  const asked: string[] = [];
  const feed = { ...feedOf(snapshot), list: (name: never) => { asked.push(name); return feedOf(snapshot).list(name); } };
  const tables = bulkTables(feed, 'now');
  await tables.find((t) => t.table === 'KNOWS')!.load();
  expect(asked).toEqual(['relationships']);
  asked.length = 0;
  await tables.find((t) => t.table === 'Person')!.load();
  expect(asked).toEqual(['managers', 'reps']);
});

it('tables come in the order the feed hands lists over, so none waits behind a later list', async () => {
  const snapshot = await normalised(collectSnapshot(generateSnapshot({ people: 50, seed: 'bulk-order' })));
  const asked: string[] = [];
  const feed = { ...feedOf(snapshot), list: (name: never) => { if (!asked.includes(name)) asked.push(name); return feedOf(snapshot).list(name); } };
  for (const t of bulkTables(feed, 'now')) await t.load();
  expect(asked).toEqual([...FEED_ORDER]);
  // and node tables come before the relationships that point at them
  const order = bulkTables(feed, 'now').map((t) => t.table);
  for (const [rel, nodes] of Object.entries({ KNOWS: ['Person'], EMPLOYED_AT: ['Person', 'Company'], HAS_CONTRACT: ['Company', 'Contract'], PARTICIPATED_IN: ['Person', 'Interaction'], DEAL_WITH: ['Deal', 'Company'], HANDLED: ['Person', 'Deal'], EXPERT_IN: ['Person', 'Topic'] })) {
    for (const n of nodes) expect(order.indexOf(n)).toBeLessThan(order.indexOf(rel));
  }
});
