import { SNAPSHOT_LISTS } from '@/domain/snapshot/snapshot';
import { GraphStore, ImportProgress } from '@/store/graph-store';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { validateSnapshot } from './snapshot.validate';

export interface ImportResult {
  counts: { list: string; count: number }[];
  total: number;
  durationMs: number;
}

/** Validates a whole snapshot, then writes it in one transaction; a bad snapshot writes nothing. CLI and mutation share it. */
export async function importSnapshot(store: GraphStore, raw: unknown, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const started = Date.now();
  const { snapshot, problems, counts } = await validateSnapshot(raw, store.read);
  if (!snapshot) {
    const shown = problems.slice(0, 5).map((p) => `${p.list}[${p.index}].${p.field}: ${p.reason}`).join('; ');
    throw new BadUserInputError(
      `The snapshot has ${problems.length} bad record(s) and was not imported: ${shown}${problems.length > 5 ? '; …' : ''}`,
      problems.map((p) => ({ field: `${p.list}[${p.index}].${p.field}`, reason: p.reason })),
      { records: problems },
    );
  }
  await store.importSnapshot(snapshot, onProgress);
  const list = SNAPSHOT_LISTS.map((l) => ({ list: l, count: counts[l] ?? 0 }));
  return { counts: list, total: list.reduce((n, c) => n + c.count, 0), durationMs: Date.now() - started };
}
