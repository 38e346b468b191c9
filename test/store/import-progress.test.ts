import { collectSnapshot, generateSnapshot } from '@/generator';
import { SNAPSHOT_LISTS, type Snapshot, type SnapshotList } from '@/domain/snapshot/snapshot';
import { validateSnapshot } from '@/wiring/snapshot';
import { GraphOperations } from '@/store/graph-operations';
import { type ImportProgress } from '@/store/graph-store';
import { ImportProgressCounter, STEP_LISTS } from '@/store/import-progress';
import { bulkTables } from '@/store/kuzu/kuzu-bulk-load';
import { feedOf } from '@/store/snapshot-feed';
import { importSteps } from '@/store/snapshot-rows';
import { neo4jImportSteps } from '@/store/neo4j/neo4j-import-steps';

/** Reads of an empty graph: the snapshot's records are all new. */
const read = new GraphOperations({ run: async () => [] });

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = (await validateSnapshot(collectSnapshot(generateSnapshot({ people: 100, seed: 'progress' })), read)).snapshot!;
});

const counts = (): Record<SnapshotList, number> => feedOf(snapshot).counts;

it('knows which lists every step of both import paths writes', () => {
  const steps = [...importSteps(snapshot), ...neo4jImportSteps(snapshot), ...bulkTables(feedOf(snapshot), 'now')].map((s) => s.step);
  for (const step of steps) expect(STEP_LISTS[step]).toBeDefined();
});

it('counts records, each list once its last step is written, and ends at the total', () => {
  for (const steps of [importSteps(snapshot), neo4jImportSteps(snapshot), bulkTables(feedOf(snapshot), 'now')].map((x) => x.map((s) => s.step))) {
    const seen: ImportProgress[] = [];
    const progress = new ImportProgressCounter(steps, counts(), (p) => seen.push(p));
    steps.forEach((_, i) => progress.written(i));
    const total = SNAPSHOT_LISTS.reduce((n, l) => n + counts()[l], 0);
    expect(seen.at(-1)).toEqual({ list: steps.at(-1), done: total, total });
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    // the companies are counted as soon as their (only) step is written
    expect(seen[steps.indexOf('companies')].done).toBeGreaterThanOrEqual(counts().companies);
  }
});

it('a step part-way through counts its share', () => {
  const seen: ImportProgress[] = [];
  const only = Object.fromEntries(SNAPSHOT_LISTS.map((l) => [l, 0])) as Record<SnapshotList, number>;
  const progress = new ImportProgressCounter(['companies', 'relationships'], { ...only, companies: 10, relationships: 100 }, (p) => seen.push(p));
  progress.written(0);
  progress.partly(1, 0.5);
  expect(seen.map((p) => p.done)).toEqual([10, 60]);
});
