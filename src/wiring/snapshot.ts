/**
 * The snapshot use cases bound to the record rules they check against (the mutations' input classes, which live in the
 * GraphQL layer). A composition module like server.ts: it may import every layer, and the CLI, the tests and the
 * benchmarks import and check snapshots through it without reaching into src/graphql themselves.
 */
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore, type ImportProgress } from '@/store/graph-store';
import { type SnapshotList } from '@/domain/snapshot/snapshot';
import * as importing from '@/app/snapshot/import-snapshot';
import * as validation from '@/app/snapshot/validate-snapshot';
import { SNAPSHOT_RECORD_RULES } from '@/graphql/snapshot/record-rules';

export type ImportResult = importing.ImportResult;
export type { ValidatedSnapshot } from '@/app/snapshot/validate-snapshot';
export { RECORD_VALIDATION } from '@/app/snapshot/validate-snapshot';
export { SNAPSHOT_RECORD_RULES };

export function importSnapshot(store: GraphStore, raw: unknown, onProgress?: (p: ImportProgress) => void): Promise<importing.ImportResult> {
  return importing.importSnapshot(store, raw, SNAPSHOT_RECORD_RULES, onProgress);
}

export function validateSnapshot(raw: unknown, read: GraphOperations, options: { quick?: boolean } = {}): Promise<validation.ValidatedSnapshot> {
  return validation.validateSnapshot(raw, read, SNAPSHOT_RECORD_RULES, options);
}

export function startValidation(raw: unknown, read: GraphOperations, options: { quick?: boolean } = {}): ReturnType<typeof validation.startValidation> {
  return validation.startValidation(raw, read, SNAPSHOT_RECORD_RULES, options);
}

export function recordInstance(list: SnapshotList, raw: Record<string, unknown>): object {
  return validation.recordInstance(SNAPSHOT_RECORD_RULES, list, raw);
}
