import { linkSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Connection } from 'kuzu';
import kuzu from 'kuzu';
import { log } from '@/log';
import { StoreError } from '../store-errors';
import { openKuzuDatabase } from './kuzu-database';
import { syncDirectory, syncFile } from './large-write-marker';

/** Meta key set once the data file is known to hold no compressed chunk: later opens skip the check. */
export const UNCOMPRESSED_KEY = 'storage:uncompressed';

/** Compressions whose chunks a checkpoint can corrupt (see KUZU_COMPRESSION); null masks are bit-packed either way. */
const COMPRESSED = /^(INTEGER_BITPACKING|FLOAT_COMPRESSION)/;

/** Runs one statement and returns its rows (the store's writer connection, or one opened here). */
export type RunStatement = (statement: string) => Promise<Record<string, unknown>[]>;

/**
 * A graph written before the store turned Kuzu's compression off keeps its compressed chunks whatever opens it later
 * (each chunk records how it was written, and a rewritten chunk keeps it), so the string corruption described in
 * kuzu-database.ts can still happen there. KuzuStore.open asks this once per graph, right after its migrations (the
 * answer is kept in Meta, so later opens cost one lookup; `created`: this open created the file, so there is nothing
 * to scan): true when some chunk is compressed, and then the store closes and calls rebuildUncompressed before it
 * opens again.
 */
export async function needsUncompressedRebuild(run: RunStatement, created: boolean): Promise<boolean> {
  if ((await run(`MATCH (m:Meta) WHERE m.key = '${UNCOMPRESSED_KEY}' RETURN m.value AS value`)).length) return false;
  // a graph this open created was written uncompressed from its first page
  for (const t of created ? [] : await run('CALL show_tables() RETURN name, type')) {
    if (t.type !== 'NODE' && t.type !== 'REL') continue;
    const rows = await run(`CALL storage_info('${String(t.name)}') RETURN DISTINCT compression`);
    if (rows.some((r) => COMPRESSED.test(String(r.compression)))) return true;
  }
  await run(`MERGE (m:Meta {key: '${UNCOMPRESSED_KEY}'}) SET m.value = '${created ? 'created' : 'checked'}'`);
  return false;
}

/**
 * Rebuilds the graph uncompressed, once: Kuzu's EXPORT DATABASE (every table, Parquet), then IMPORT DATABASE into a
 * new file opened uncompressed, the row counts of every table compared, and the new file renamed over the old one.
 * The old file is kept beside it as graph.kuzu.compressed-<time> (a hard link taken before the rename), so nothing is
 * lost; it can be deleted once the service runs. A crash during the rebuild leaves the old file in place, and the next
 * open starts over. Call it with the file closed and no WAL left (KuzuStore.open has opened and closed it).
 */
export async function rebuildUncompressed(databasePath: string): Promise<void> {
  const exportDir = `${databasePath}.rebuild-export`;
  const rebuilt = `${databasePath}.rebuilt`;
  if (!/^[\w./ -]*$/.test(exportDir)) throw new StoreError('DATA_DIR must be a plain path (letters, digits, . _ - / and spaces) to rebuild the graph');
  removeRebuild(exportDir, rebuilt); // what a crashed rebuild left
  log.warn('the graph was written compressed by an earlier version: rebuilding it uncompressed (once; the old file is kept)', { file: databasePath });
  const started = Date.now();
  const counts = await withDatabase(databasePath, async (run) => {
    await run('CHECKPOINT');
    await run(`EXPORT DATABASE '${exportDir}' (format = 'parquet')`);
    return tableCounts(run);
  });
  await withDatabase(rebuilt, async (run) => {
    await run(`IMPORT DATABASE '${exportDir}'`);
    const got = await tableCounts(run);
    for (const [table, n] of counts) {
      if (got.get(table) !== n) throw new StoreError(`Rebuilding the graph uncompressed: table ${table} holds ${got.get(table)} rows after it, ${n} before; the graph is left as it was`);
    }
    await run(`MERGE (m:Meta {key: '${UNCOMPRESSED_KEY}'}) SET m.value = 'rebuilt'`);
  });
  syncFile(rebuilt);
  const kept = `${databasePath}.compressed-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  linkSync(databasePath, kept);
  renameSync(rebuilt, databasePath);
  syncDirectory(dirname(databasePath));
  removeRebuild(exportDir, rebuilt);
  log.warn('rebuilt the graph uncompressed; the old file can be deleted once the service runs', { kept, ms: Date.now() - started });
}

async function withDatabase<T>(path: string, work: (run: RunStatement) => Promise<T>): Promise<T> {
  const db = openKuzuDatabase(path);
  await db.init();
  const conn = new kuzu.Connection(db);
  try {
    return await work((statement) => query(conn, statement));
  } finally {
    await conn.close();
    await db.close();
  }
}

async function query(conn: Connection, statement: string): Promise<Record<string, unknown>[]> {
  const result = await conn.query(statement);
  const results = Array.isArray(result) ? result : [result];
  try {
    const rows: Record<string, unknown>[] = [];
    for (const r of results) rows.push(...((await r.getAll()) as Record<string, unknown>[]));
    return rows;
  } finally {
    for (const r of results) r.close();
  }
}

async function tableCounts(run: RunStatement): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const t of await run('CALL show_tables() RETURN name, type')) {
    const name = String(t.name);
    const statement = t.type === 'NODE' ? `MATCH (n:${name}) RETURN count(n) AS n` : t.type === 'REL' ? `MATCH ()-[r:${name}]->() RETURN count(r) AS n` : null;
    if (statement) counts.set(name, Number((await run(statement))[0]?.n ?? 0));
  }
  return counts;
}

function removeRebuild(exportDir: string, rebuilt: string): void {
  rmSync(exportDir, { recursive: true, force: true });
  for (const f of [rebuilt, `${rebuilt}.wal`, `${rebuilt}.shadow`]) rmSync(f, { force: true });
}
