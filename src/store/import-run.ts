import { createHash, randomUUID } from 'node:crypto';
import type { ImportStep } from './snapshot-rows';

/**
 * The record of an import that commits in batches (Neo4j): written before the first batch, advanced in the same
 * transaction as each batch, finished after the last. While it is unfinished the graph holds part of a snapshot, and
 * readers that keep or judge whole-graph state (caches, `/ready`) must not act on it. It lives in the graph, as the
 * Meta value IMPORT_RUN_KEY, so every process on the database, and a process started after a crash, sees it; both
 * engines answer it (`GraphOperations.unfinishedImport`). Kuzu imports in one transaction and never writes it.
 */
export interface ImportRun {
  id: string;
  /** SHA-256 of the import's rows: running the same snapshot again resumes this run. */
  digest: string;
  /** ISO time the run started; it is also the import's `now` (a tie without recordedAt gets it), on resume too. */
  startedAt: string;
  /** Steps (of importSteps) fully written. */
  stepsDone: number;
  /** Rows of the next step written. */
  rowsDone: number;
  finishedAt: string | null;
  /**
   * 'create' (Neo4j): the graph held no records when the run started, so its nodes are created, not merged, and the
   * steps that clear a record's old links are skipped; kept on resume. Absent: every record is upserted.
   */
  mode?: 'create';
}

export const IMPORT_RUN_KEY = 'import:run';

export function startRun(digest: string, now: Date = new Date()): ImportRun {
  return { id: randomUUID(), digest, startedAt: now.toISOString(), stepsDone: 0, rowsDone: 0, finishedAt: null };
}

export function parseRun(value: string | null): ImportRun | null {
  if (value === null) return null;
  const run = JSON.parse(value) as ImportRun;
  return typeof run.digest === 'string' && typeof run.stepsDone === 'number' ? run : null;
}

/** The digest of what an import writes: equal rows in equal steps, equal digest. */
export function importDigest(steps: ImportStep[]): string {
  const hash = createHash('sha256');
  for (const { step, rows } of steps) {
    hash.update(`${step}\n`);
    for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}

/** Thrown by readers that will not act on a half-written graph. */
export class ImportUnderwayError extends Error {
  constructor(readonly run: ImportRun) {
    super(`An import (started ${run.startedAt}) is not finished; the graph holds part of it. Run the same import again to finish it.`);
  }
}
