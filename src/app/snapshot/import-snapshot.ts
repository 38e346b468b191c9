import { type BadRecord, SNAPSHOT_LISTS } from '@/domain/snapshot/snapshot';
import { type GraphStore, type ImportProgress } from '@/store/graph-store';
import { InvalidInput } from '@/app/errors';
import { type SnapshotRecordRules } from './record-rules';
import { startValidation } from './validate-snapshot';

export interface ImportResult {
  counts: { list: string; count: number }[];
  total: number;
  durationMs: number;
}

/**
 * Where a problem is, as a field path: `deals[2].managerId` for a record's field, `deals[2]` for the record itself,
 * `reps` for a list (index -1: "must be a list"), and the key itself for the snapshot's own (an unknown list, version).
 */
export function problemPath(p: BadRecord): string {
  if (p.index < 0) return p.list === 'snapshot' ? p.field || 'snapshot' : p.field ? `${p.list}.${p.field}` : p.list;
  return p.field ? `${p.list}[${p.index}].${p.field}` : `${p.list}[${p.index}]`;
}

/**
 * Validates a snapshot and writes it in one transaction; a bad snapshot writes nothing (INVALID_INPUT listing every bad
 * record in details.records). CLI and mutation share it. The store may write the lists that passed while later ones are
 * still checked (see SnapshotFeed); it commits only after the whole snapshot passed, and this returns or throws only
 * once the store is done (committed or rolled back).
 */
export async function importSnapshot(
  store: GraphStore, raw: unknown, rules: SnapshotRecordRules, onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult> {
  const started = Date.now();
  const { feed, result } = startValidation(raw, store.read, rules);
  const writing = store.importSnapshot(feed, onProgress);
  writing.catch(() => undefined); // awaited below, after the verdict
  let checked: Awaited<typeof result>;
  try {
    checked = await result;
  } catch (e) {
    await writing.catch(() => undefined); // rolled back: the feed rejected
    throw e;
  }
  const { snapshot, problems, counts } = checked;
  if (!snapshot) {
    await writing.catch(() => undefined); // rolled back: the feed rejected
    const shown = problems.slice(0, 5).map((p) => `${problemPath(p)}: ${p.reason}`).join('; ');
    throw new InvalidInput(
      `The snapshot has ${faults(problems)} and was not imported: ${shown}${problems.length > 5 ? '; …' : ''}`,
      problems.map((p) => ({ field: problemPath(p), reason: p.reason })),
      { records: problems },
    );
  }
  await writing;
  const list = SNAPSHOT_LISTS.map((l) => ({ list: l, count: counts[l] ?? 0 }));
  return { counts: list, total: list.reduce((n, c) => n + c.count, 0), durationMs: Date.now() - started };
}

/**
 * "3 problems in 2 records": a record may have several (an outsider read "3 bad record(s)" for 2); a problem of a
 * whole list or of the snapshot itself (index -1) is in no record.
 */
export function faults(problems: readonly { list: string; index: number }[]): string {
  const records = new Set(problems.filter((p) => p.index >= 0).map((p) => `${p.list}[${p.index}]`)).size;
  const n = (k: number, one: string): string => `${k.toLocaleString('en-US')} ${one}${k === 1 ? '' : 's'}`;
  return records === problems.length ? n(records, 'bad record') : records === 0 ? n(problems.length, 'problem') : `${n(problems.length, 'problem')} in ${n(records, 'record')}`;
}
