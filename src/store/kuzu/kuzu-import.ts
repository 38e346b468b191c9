import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type QueryLibrary } from '../cypher/query-library';
import { type ImportProgress } from '../graph-store';
import { ImportProgressCounter } from '../import-progress';
import { type Params, type QueryRunner, type Row } from '../runner';
import { type SnapshotFeed } from '../snapshot-feed';
import { importSteps } from '../snapshot-rows';
import { rememberDeletedPerson } from '../person/deleted-people';
import { StoreError } from '../store-errors';
import { type BulkRows, bulkTables } from './kuzu-bulk-load';

/** The statements of the import's write transaction (KuzuStore's writer connection, inside its large transaction). */
export interface ImportSession {
  /** A named query, on the connection already held. */
  runUnlocked(name: string, params?: Params): Promise<Row[]>;
  /** A statement that is not a named query (the staging COPY and clear). */
  statement(text: string): Promise<Row[]>;
}

/** The graph's own tables, which a first import into an empty graph COPYs into (kuzu-bulk-load.ts). */
const GRAPH_TABLES = [
  'Company', 'Person', 'Topic', 'EXPERT_IN', 'INTERESTED_IN', 'Contract', 'HAS_CONTRACT', 'EMPLOYED_AT', 'OWNS', 'KNOWS',
  'REPORTS_TO', 'INTRODUCED', 'Interaction', 'PARTICIPATED_IN', 'Deal', 'DEAL_WITH', 'HANDLED', 'TrustOverride',
  'RevenueTarget', 'StrategyChange',
];

/** The import steps whose query takes the import's time (`$now`: a record without its time gets it). */
const STEPS_WITH_NOW = new Set(['relationships', 'trust-overrides', 'revenue-targets']);

/** Where an import step's rows are staged: the table its Kuzu query starts from (`MATCH (s:<table>)`). */
function stageTableOf(library: QueryLibrary, step: string): string {
  const table = /^MATCH \(s:(\w+)\)/.exec(library.get(`import/${step}`))?.[1];
  if (!table) throw new StoreError(`import/${step} does not start from a staging table`);
  return table;
}

/**
 * Writes a snapshot into Kuzu in the one transaction KuzuStore opens for it (`largeTransaction`). Into an empty
 * graph every list is COPY'd straight into its table (kuzu-bulk-load.ts), each as soon as its list has passed its
 * checks, while the later lists are still being checked; the COMMIT waits for the whole snapshot's verdict, and a bad
 * snapshot rolls back. Into a graph with data each step is staged (COPY into a typed staging table, see
 * cypher/kuzu/migrations/002-import-staging.cypher) and merged by key with `import/<step>`, once the whole snapshot
 * passed. Each step's rows go to their own JSON file; the next file is written while Kuzu copies the previous one
 * (the COPY runs on Kuzu's threads, the checks and the writing on this one), and each file is removed once copied.
 */
export class KuzuImport {
  private readonly now = new Date().toISOString();
  /** Tables this import may COPY into: the staging tables and the graph's own tables. */
  private readonly copyTables: Set<string>;

  constructor(private readonly library: QueryLibrary, private readonly stageDir: string) {
    const stageTables = library.names().filter((n) => n.startsWith('import/') && /^MATCH \(s:\w+\)/.test(library.get(n)))
      .map((n) => stageTableOf(library, n.slice('import/'.length)));
    this.copyTables = new Set([...stageTables, ...GRAPH_TABLES]);
  }

  /** Whether the graph holds records already (then the import is staged and merged, else bulk-loaded). */
  async graphHasData(runner: Pick<QueryRunner, 'run'>): Promise<boolean> {
    return (await runner.run('import/graph-has-data')).length > 0;
  }

  /** Makes the folder the import's files are written to. */
  prepare(): void {
    mkdirSync(this.stageDir, { recursive: true });
  }

  /** Removes the import's files, whatever became of it. */
  cleanUp(): void {
    rmSync(this.stageDir, { recursive: true, force: true });
  }

  async write(session: ImportSession, feed: SnapshotFeed, onProgress?: (p: ImportProgress) => void): Promise<void> {
    const hasData = (await session.runUnlocked('import/graph-has-data')).length > 0;
    const batches: ImportBatch[] = hasData
      ? importSteps(await feed.whole()).map((s) => ({
        name: s.step, table: stageTableOf(this.library, s.step), load: async () => ({ count: s.rows.length, rows: () => s.rows }), then: `import/${s.step}`,
      }))
      : bulkTables(feed, this.now).map((t) => ({ name: t.step, table: t.table, load: t.load, then: null }));
    const progress = new ImportProgressCounter(batches.map((b) => b.name), feed.counts, onProgress);
    const files = batches.map((b, i) => join(this.stageDir, `${String(i).padStart(2, '0')}-${b.table}.json`));
    // Files are written ahead (this thread) while Kuzu copies the ones already written (its own threads).
    const writer = new FileWriter(batches, files);
    try {
      for (let i = 0; i < batches.length; i++) {
        const rows = await writer.written(i);
        if (rows > 0) await this.copyStep(session, batches[i], files[i]);
        rmSync(files[i], { force: true });
        progress.written(i);
      }
    } finally {
      await writer.stop();
    }
    const whole = await feed.whole(); // commits only a snapshot that passed every check
    // the deleted people it carries, remembered in the same transaction (few: one statement each)
    for (const d of whole.deletedPeople ?? []) await rememberDeletedPerson((name, params) => session.runUnlocked(name, params), d);
  }

  private async copyStep(session: ImportSession, batch: ImportBatch, file: string): Promise<void> {
    await session.statement(this.stageTemplate('import/copy-stage', batch.table, file));
    if (batch.then) {
      await session.runUnlocked(batch.then, STEPS_WITH_NOW.has(batch.name) ? { now: this.now } : {});
      await session.statement(this.stageTemplate('import/clear-stage', batch.table));
    }
  }

  /**
   * Kuzu takes table names and COPY's file as literals, not parameters: the two templates in cypher/kuzu/import/
   * (copy-stage, clear-stage) are filled with a table from the fixed lists above and a path we created, checked to
   * be a plain path.
   */
  private stageTemplate(name: 'import/copy-stage' | 'import/clear-stage', table: string, file = ''): string {
    if (!this.copyTables.has(table)) throw new StoreError(`Unknown table ${table} for COPY`);
    if (!/^[\w./ -]*$/.test(file)) throw new StoreError('DATA_DIR must be a plain path (letters, digits, . _ - / and spaces) for imports');
    return this.library.get(name).replace('{table}', table).replace('{file}', file);
  }
}

interface ImportBatch {
  name: string;
  table: string;
  /** Waits for the batch's lists; then its row count and rows. */
  load: () => Promise<BulkRows>;
  /** The named query that merges the staging table into the graph (staged path), or null (bulk path). */
  then: string | null;
}

/**
 * Writes each batch's rows to its JSON file, one after the other, once its lists are there, without building one
 * huge string (a 1M-row list would be hundreds of MB), and checks each file has the rows it should. It yields to the
 * event loop between chunks so that the COPY of a file already written starts as soon as the one before it ends.
 */
class FileWriter {
  private readonly done: Promise<number>[];
  private readonly run: Promise<void>;
  private stopped = false;

  constructor(batches: ImportBatch[], files: string[]) {
    const settle: { resolve: (rows: number) => void; reject: (e: unknown) => void }[] = [];
    this.done = batches.map(() => {
      const p = new Promise<number>((resolve, reject) => settle.push({ resolve, reject }));
      p.catch(() => undefined); // seen by whoever awaits it; not an unhandled rejection if nobody does
      return p;
    });
    this.run = (async () => {
      for (let i = 0; i < batches.length; i++) {
        try {
          settle[i].resolve(await this.write(files[i], batches[i]));
        } catch (e) {
          for (let j = i; j < batches.length; j++) settle[j].reject(e);
          return;
        }
      }
    })();
  }

  /** Resolves once batch i's file is complete, with its row count. */
  written(i: number): Promise<number> {
    return this.done[i];
  }

  /** Stops writing and waits until the writer has let go of its files. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.run;
  }

  /**
   * The file is one JSON array, stringified 10,000 rows at a time: one JSON.stringify of an array of rows costs about
   * half of stringifying each row and joining the lines (NDJSON), and this thread is the import's bottleneck. Kuzu
   * parses an array on one thread where it splits NDJSON over its threads, and still the whole import measured 5-7 %
   * faster over alternating runs of the 100,000-person import.
   */
  private async write(file: string, batch: ImportBatch): Promise<number> {
    const { count, rows } = await batch.load();
    if (this.stopped) throw new StoreError('Import stopped');
    const fd = openSync(file, 'w');
    try {
      let chunk: Row[] = [];
      let n = 0;
      const flush = (): void => {
        const text = JSON.stringify(chunk); // "[row,row,…]": its inside joins on to what is written already
        writeAll(fd, n === 0 ? text.slice(0, -1) : `,${text.slice(1, -1)}`);
        n += chunk.length;
        chunk = [];
      };
      for (const row of rows()) {
        chunk.push(row);
        if (chunk.length === 10000) {
          flush();
          await new Promise(setImmediate);
          if (this.stopped) throw new StoreError('Import stopped');
        }
      }
      if (chunk.length) flush();
      writeAll(fd, n === 0 ? '[]' : ']');
      if (n !== count) throw new StoreError(`Import: ${batch.name} gave ${n} rows for ${batch.table}, ${count} expected`);
      return n;
    } finally {
      closeSync(fd);
    }
  }
}

/** Writes all of `text` (UTF-8): a short write, which regular files do not do in practice, goes on from where it stopped. */
function writeAll(fd: number, text: string): void {
  const written = writeSync(fd, text);
  const length = Buffer.byteLength(text);
  if (written === length) return;
  const bytes = Buffer.from(text);
  for (let at = written; at < bytes.length; ) at += writeSync(fd, bytes, at);
}
