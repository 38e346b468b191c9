import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, Neo4jError, Node, Relationship as Neo4jRel, type Session } from 'neo4j-driver';
import { QueryLibrary } from '../cypher/query-library';
import { GraphOperations } from '../graph-operations';
import { backfillSortKeys } from '../sort-key-backfill';
import { type GraphStore, type ImportProgress } from '../graph-store';
import { ImportProgressCounter } from '../import-progress';
import { type SnapshotFeed } from '../snapshot-feed';
import { type Params, type Row, StoreStats } from '../runner';
import { type ImportStep } from '../snapshot-rows';
import { neo4jImportSteps } from './neo4j-import-steps';
import { IMPORT_RUN_KEY, type ImportRun, importDigest, parseRun, startRun } from '../import-run';
import { Mutex } from '../mutex';
import { StoreConflictError, StoreError, StoreMemoryFullError, StoreTimeoutError, StoreUnavailableError } from '../store-errors';
import { type Appended, ChangeLog } from '../changes/change-log';
import { ChangeFeed } from '../changes/change-feed';
import { type Change } from '../changes/change';
import { DEFAULT_RECORD_CACHE_SIZE, RecordCache } from '../record-cache';
import { WriteGate } from '../write-gate';
import { uncachedView } from '../uncached-view';
import { rememberDeletedPerson } from '../person/deleted-people';
import { type DeletedPerson } from '@/domain/person/deleted-person';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  queryTimeoutMs?: number;
  maxConnectionPoolSize?: number;
  /** Rows per import batch (default IMPORT_BATCH_ROWS); tests make it small to import in many batches. */
  importBatchRows?: number;
  /** Records by id kept between reads, each dropped at a change the feed tells that names it (see RecordCache); 0: none. Default DEFAULT_RECORD_CACHE_SIZE. */
  recordCacheSize?: number;
}

/** Rows per import batch (one `UNWIND $rows` statement in its own transaction); see bench/README.md for the measurement. */
const IMPORT_BATCH_ROWS = 5000;
/** Import steps that drop a record's old links before it is written again (nothing to drop in an empty graph). */
const CLEAR_STEP = /^clear-/;
/** A step query's node upsert by id, e.g. `MERGE (p:Person {id: s.id})` on a line of its own. */
const NODE_UPSERT = /^MERGE \((\w+):(\w+) \{id: s\.id\}\)$/m;
/** A step query's upsert of a relationship by its own id, e.g. `MERGE (p)-[e:EMPLOYED_AT {id: s.id}]->(c)`. */
const REL_UPSERT = /^MERGE (\(\w+\)-\[\w+:\w+ \{id: s\.id\}\]->\(\w+\))$/m;

/** Two states of one import run at the same place: the same run, after the same batch. */
function samePlace(a: ImportRun | null, b: ImportRun): boolean {
  return a !== null && a.id === b.id && a.stepsDone === b.stepsDone && a.rowsDone === b.rowsDone && a.finishedAt === b.finishedAt;
}

/**
 * An import batch found the import record moved on by someone else: another process is running the same import.
 * Nothing of the batch was written; the other process finishes the run (or running it again later does).
 */
export class ImportRaceError extends StoreError {
  constructor() {
    super('Another process is running the same import (its record moved on under this one); nothing of this batch was written. Let it finish, or run the import again once it stopped.');
  }
}

/** How long a catch-up read is retried on transient errors (the driver's maxTransactionRetryTime, set below). */
const CATCH_UP_RETRY_MS = 5000;

/** Driver values to plain JS: nodes and relationships to their properties (integers are numbers already). */
function plain(v: unknown): unknown {
  if (v instanceof Node || v instanceof Neo4jRel) return plain(v.properties);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = plain(x);
    return out;
  }
  return v;
}

/** JS numbers that are whole go over the wire as Cypher integers (LIMIT and INT64-like fields need them). */
function param(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(param);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = param(x);
    return out;
  }
  return v;
}

function translate(e: unknown): Error {
  if (e instanceof StoreError) return e;
  if (e instanceof Neo4jError) {
    if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired' || /Neo\.ClientError\.Security/.test(e.code)) {
      return new StoreUnavailableError('Neo4j is not reachable', e);
    }
    if (/ConstraintValidationFailed/.test(e.code)) return new StoreConflictError('A uniqueness constraint refused the write', e);
    if (/TransactionTimedOut|Terminated/.test(e.code)) return new StoreTimeoutError('The query took longer than the configured limit', e);
    if (/MemoryPoolOutOfMemoryError/.test(e.code)) {
      return new StoreMemoryFullError(`Neo4j ${e.code}: ${e.message} Raise the server's db.memory.transaction.max / dbms.memory.transaction.total.max.`, 'dbms.memory.transaction.total.max', e);
    }
    return new StoreError(`Neo4j ${e.code}: ${e.message}`, e);
  }
  // errors of the work itself (a CONFLICT, a validation error) pass through unchanged
  return e instanceof Error ? e : new StoreError(String(e), e);
}

/**
 * The production engine: Neo4j 5 over Bolt. Every read and write is a transaction function (`executeRead`,
 * `executeWrite`: routed to a follower or the leader in a cluster, retried on transient errors), and every session
 * shares one bookmark manager: a read waits until the server it reaches has every transaction this process
 * committed, so no follower answers with data older than this process's own last write. The change-log catch-up
 * runs as a write-routed transaction (the leader has every commit of every process) and so its bookmark, too, is
 * waited for by the reads that follow it.
 */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  /** Other service processes may write the same database. */
  readonly capabilities = { soleWriter: false };
  readonly stats = new StoreStats();
  readonly read: GraphOperations;
  private readonly library = QueryLibrary.load('neo4j');
  private readonly changeLog = new ChangeLog(this.library);
  readonly changes: ChangeFeed;
  readonly recordCache: RecordCache;
  /** `read` without the record cache: every read goes to the engine (see withoutRecordCache). */
  private readonly uncachedRead: GraphOperations;
  /** The bookmarks of this process's transactions, shared by all its sessions (causal consistency in a cluster). */
  readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  private readonly gate = new WriteGate();
  /** Imports of this process run one after another (two interleaved batch imports would each resume the other). */
  private readonly importing = new Mutex();
  /** Step → its query into an empty graph (createQuery), or null when the step has none. */
  private readonly createQueries = new Map<string, string | null>();
  /** Step → its queries for a relationship with an id of its own (linkWithId), or null. */
  private readonly linkQueries = new Map<string, { existing: string; merge: string; create: string } | null>();

  private constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jStoreOptions,
  ) {
    this.recordCache = new RecordCache(options.recordCacheSize ?? DEFAULT_RECORD_CACHE_SIZE);
    const runner = {
      run: (name: string, params?: Params) => this.withSession((s) => s.executeRead((tx) => this.runIn(tx, name, params), this.txConfig())),
      runColumns: (name: string, params?: Params) => this.withSession((s) => s.executeRead((tx) => this.columnsIn(tx, name, params), this.txConfig())),
    };
    this.read = new GraphOperations(runner, { recordCache: this.recordCache });
    this.uncachedRead = new GraphOperations(runner);
    this.changes = new ChangeFeed((since) => this.changesSince(since), false);
    this.recordCache.follow(this.changes);
  }

  static async open(options: Neo4jStoreOptions): Promise<Neo4jStore> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
      connectionTimeout: 5000,
      connectionAcquisitionTimeout: 10000,
      maxTransactionRetryTime: CATCH_UP_RETRY_MS,
    });
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (e) {
      await driver.close();
      throw translate(e);
    }
    const store = new Neo4jStore(driver, options);
    await store.migrate();
    await backfillSortKeys(store);
    const [head] = await store.read.run('changes/head');
    store.changes.start(head, (await store.read.unfinishedImport()) !== null);
    return store;
  }

  private txConfig(): { timeout?: number } {
    return this.options.queryTimeoutMs ? { timeout: this.options.queryTimeoutMs } : {};
  }

  private async withSession<T>(work: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, bookmarkManager: this.bookmarks });
    try {
      return await work(session);
    } catch (e) {
      throw translate(e);
    } finally {
      await session.close();
    }
  }

  /**
   * The catch-up's read of the change log, which starts every request: one auto-commit query (RUN and PULL, one round
   * trip; a transaction function adds BEGIN and COMMIT, and the catch-up was most of a cached answer's time at 100,000
   * people), write-routed (the leader has every process's commits) with the shared bookmarks, and retried on
   * transient errors for as long as a transaction function would be (maxTransactionRetryTime).
   */
  private async changesSince(since: number): Promise<Row[]> {
    const text = this.library.get('changes/since');
    const until = Date.now() + CATCH_UP_RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.options.database, bookmarkManager: this.bookmarks, defaultAccessMode: neo4j.session.WRITE });
      try {
        this.stats.roundTrips++;
        this.stats.queries++;
        const result = await session.run(text, param({ since }) as Params, this.txConfig());
        return result.records.map((r) => plain(r.toObject()) as Row);
      } catch (e) {
        if (!neo4j.isRetryableError(e) || Date.now() >= until) throw translate(e);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
    }
  }

  private async runIn(tx: ManagedTransaction, name: string, params: Params = {}): Promise<Row[]> {
    return this.runText(tx, this.library.get(name), this.library.parameters(name, params));
  }

  /**
   * A whole-graph list as parallel columns, each record's values put in their columns as the record arrives (no row
   * kept): the same answer as parallelColumns over runIn, one row of lists included.
   */
  private columnsIn(tx: ManagedTransaction, name: string, params: Params = {}): Promise<Record<string, unknown[]>> {
    this.stats.roundTrips++;
    this.stats.queries++;
    const result = tx.run(this.library.get(name), param(this.library.parameters(name, params)) as Params);
    return new Promise((resolve, reject) => {
      let keys: string[] = [];
      let columns: unknown[][] = [];
      let count = 0;
      result.subscribe({
        onKeys: (k) => {
          keys = k as string[];
          columns = keys.map(() => []);
        },
        onNext: (record) => {
          count++;
          for (let i = 0; i < keys.length; i++) columns[i].push(plain(record.get(i)));
        },
        onCompleted: () => {
          if (count === 0) return resolve({});
          // one row of parallel lists (a query written for both engines) is its lists, as parallelColumns reads it
          if (count === 1 && columns.every((c) => Array.isArray(c[0]) || c[0] === null)) {
            return resolve(Object.fromEntries(keys.map((k, i) => [k, (columns[i][0] ?? []) as unknown[]])));
          }
          resolve(Object.fromEntries(keys.map((k, i) => [k, columns[i]])));
        },
        onError: reject,
      });
    });
  }

  private async runText(tx: ManagedTransaction, text: string, params: Params = {}): Promise<Row[]> {
    this.stats.roundTrips++;
    this.stats.queries++;
    const result = await tx.run(text, param(params) as Params);
    return result.records.map((r) => plain(r.toObject()) as Row);
  }

  /** Applies cypher/neo4j/bootstrap.cypher and every migration not yet recorded, one schema statement at a time. */
  private async migrate(): Promise<void> {
    await this.withSession(async (s) => {
      for (const stmt of this.library.bootstrap) await s.run(stmt);
    });
    for (const m of this.library.migrations) {
      if ((await this.read.getMeta(`migration:${m.name}`)) !== null) continue;
      await this.withSession(async (s) => {
        for (const stmt of m.statements) await s.run(stmt);
      });
      await this.write((ops) => ops.setMeta(`migration:${m.name}`, new Date().toISOString()));
    }
  }

  /**
   * One read transaction while this service's writes are held back (WriteGate): Neo4j reads at READ COMMITTED, so a
   * transaction alone could see a write committed between two of its statements. Writes from other Neo4j clients are
   * not held back: with several services on one database, back up with Neo4j's own tools.
   */
  readConsistent<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T> {
    return this.gate.readAlone(() =>
      this.withSession((s) => s.executeRead((tx) => work(new GraphOperations({
        run: (name, params) => this.runIn(tx, name, params),
        runColumns: (name, params) => this.columnsIn(tx, name, params),
      })))));
  }

  /** The transaction's last statement appends its changes to the change log; the feed is told once it committed. */
  async write<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T> {
    const { result, appended } = await this.gate.write(() => this.withSession((s) =>
      s.executeWrite(async (tx) => {
        // a retried transaction starts over: only the last attempt's changes count
        const run = (name: string, params: Params = {}): Promise<Row[]> => this.runIn(tx, name, params);
        const recorded = this.changeLog.record({ run });
        const r = await work(recorded.ops);
        return { result: r, appended: await this.changeLog.append(run, recorded.changes) };
      }, this.txConfig()),
    ));
    if (appended) await this.changes.committed(appended);
    return result;
  }

  /**
   * Validation finishes before the first write (`feed.whole()`). Then the snapshot goes in batches of
   * `importBatchRows` rows, each its own transaction (retried on transient errors), so an import needs no more
   * transaction memory than one batch: one transaction for the whole 100,000-person network ran out of the server's
   * transaction memory. An ImportRun record (import-run.ts) is written first and advanced in each batch's
   * transaction; while it is unfinished readers see "importing". Running the same snapshot again resumes after the
   * last committed batch (its record says where), so an interrupted import is finished by running it again.
   */
  async importSnapshot(feed: SnapshotFeed, onProgress?: (p: ImportProgress) => void): Promise<void> {
    const snapshot = await feed.whole();
    await this.importing.runExclusive(async () => {
      await this.importInBatches(neo4jImportSteps(snapshot), feed.counts, onProgress, snapshot.deletedPeople ?? []);
    });
  }

  private async importInBatches(
    steps: ImportStep[], counts: SnapshotFeed['counts'], onProgress?: (p: ImportProgress) => void, deletedPeople: readonly DeletedPerson[] = [],
  ): Promise<void> {
    const digest = importDigest(steps);
    const unfinished = await this.read.unfinishedImport();
    let run = unfinished?.digest === digest ? unfinished : startRun(digest);
    if (run !== unfinished && !(await this.graphHasData())) run = { ...run, mode: 'create' };
    const batchRows = this.options.importBatchRows ?? IMPORT_BATCH_ROWS;
    // The run's start and finish each append one `import` change to the change log (the batches between change
    // the graph without telling each record: caches keep nothing until the finish says to load again).
    const save = async (
      next: ImportRun, work?: (tx: ManagedTransaction) => Promise<unknown>, changes: Change[] = [], after?: ImportRun,
    ): Promise<void> => {
      // each batch waits, like every write of this service, for a consistent read (a backup) to end
      const appended: Appended | null = await this.gate.write(() => this.withSession((s) =>
        s.executeWrite(async (tx) => {
          if (after) {
            // a batch applies only right after the batch before it (see import/run-fence), and never twice
            const [row] = await this.runIn(tx, 'import/run-fence', { key: IMPORT_RUN_KEY, runId: next.id });
            const stored = parseRun((row?.value as string | undefined) ?? null);
            if (samePlace(stored, next)) return null; // committed already: a retry after a lost acknowledgement
            if (!samePlace(stored, after)) throw new ImportRaceError();
          }
          await work?.(tx);
          await this.runIn(tx, 'meta/set', { key: IMPORT_RUN_KEY, value: JSON.stringify(next) });
          return this.changeLog.append((name, params) => this.runIn(tx, name, params), changes);
        }),
      ));
      if (appended) await this.changes.committed(appended);
    };
    if (run !== unfinished) await save(run, undefined, [{ type: 'import', finished: false }]);
    let saved = run; // the run as its record now stands
    const progress = new ImportProgressCounter(steps.map((s) => s.step), counts, onProgress);
    for (let k = 0; k < steps.length; k++) {
      const { step, rows } = steps[k];
      const from = k < run.stepsDone ? rows.length : run.rowsDone; // a resumed run skips what it committed
      // into an empty graph there are no old links to clear: every record of the snapshot is new
      const skip = run.mode === 'create' && CLEAR_STEP.test(step);
      for (let i = skip ? rows.length : from; i < rows.length; i += batchRows) {
        const end = Math.min(i + batchRows, rows.length);
        const params = { rows: rows.slice(i, end), now: run.startedAt };
        const write = async (mode: ImportRun['mode']): Promise<ImportRun> => {
          const next: ImportRun = end < rows.length ? { ...run, mode, stepsDone: k, rowsDone: end } : { ...run, mode, stepsDone: k + 1, rowsDone: 0 };
          const created = mode === 'create' ? this.createQuery(step) : null;
          const link = this.linkWithId(step);
          const work = async (tx: ManagedTransaction): Promise<unknown> => {
            if (!link) return created ? this.runText(tx, created, params) : this.runIn(tx, `import/${step}`, params);
            // the links already there are looked up before this transaction writes any, then merged; the others created
            const there = new Set((await this.runText(tx, link.existing, params)).map((r) => r.id));
            const old = params.rows.filter((r) => there.has(r.id));
            const fresh = params.rows.filter((r) => !there.has(r.id));
            if (old.length > 0) await this.runText(tx, link.merge, { ...params, rows: old });
            if (fresh.length > 0) await this.runText(tx, link.create, { ...params, rows: fresh });
            return null;
          };
          await save(next, work, [], saved);
          saved = next;
          return next;
        };
        try {
          run = await write(run.mode);
        } catch (e) {
          // another writer created one of these records since the run began (a uniqueness constraint refused the
          // CREATE, and the batch rolled back): the rest of the run upserts, as into a populated graph
          if (!(e instanceof StoreConflictError) || run.mode !== 'create') throw e;
          run = await write(undefined);
        }
        if (end < rows.length) progress.partly(k, end / rows.length);
      }
      // saved with the next batch; a run resumed past this step keeps where it was
      if (skip && run.stepsDone === k) run = { ...run, stepsDone: k + 1, rowsDone: 0 };
      progress.written(k);
    }
    // the deleted people the snapshot carries, remembered in the run's last transaction (a resumed run gets there too)
    const remember = async (tx: ManagedTransaction): Promise<void> => {
      for (const d of deletedPeople) await rememberDeletedPerson((name, params) => this.runIn(tx, name, params), d);
    };
    await save({ ...run, finishedAt: new Date().toISOString() }, remember, [{ type: 'import', finished: true }], saved);
  }

  private async graphHasData(): Promise<boolean> {
    const rows = await this.withSession((s) => s.executeRead((tx) => this.runIn(tx, 'import/graph-has-data'), this.txConfig()));
    return rows.length > 0;
  }

  /**
   * The query of an import step into an empty graph (ImportRun.mode 'create'). A folded step (neo4j-import-steps.ts)
   * has its own, `import/batched/create/<step>`, which creates the record and the links that hang off it (new in
   * that transaction, nothing else can have linked it). Another step's query gets its node upsert
   * `MERGE (x:Label {id: s.id})` made a CREATE, which skips the locking index seek of MERGE (about a quarter of the
   * server's time per node, bench/README.md); the uniqueness constraint on the id still refuses a duplicate.
   * Relationships known by their ends only (KNOWS, REPORTS_TO, OWNS) stay MERGE: nothing constrains them, and a
   * CREATE beside a link another writer made meanwhile would double it. Those with an id of their own go by
   * linkWithId in both modes. A step without such a MERGE (links, topics) runs its own query.
   */
  private createQuery(step: string): string | null {
    let q = this.createQueries.get(step);
    if (q === undefined) {
      const own = `import/${step.replace(/^batched\//, 'batched/create/')}`;
      if (own !== `import/${step}` && this.library.names().includes(own)) {
        q = this.library.get(own);
      } else {
        const text = this.library.get(`import/${step}`);
        const created = text.replace(NODE_UPSERT, 'CREATE ($1:$2 {id: s.id})');
        q = created !== text && !/\bON (CREATE|MATCH)\b/.test(text) ? created : null;
      }
      this.createQueries.set(step, q);
    }
    return q;
  }

  /**
   * The queries of a step that upserts a relationship by an id of its own (`MERGE (p)-[e:EMPLOYED_AT {id: s.id}]->(c)`:
   * employments, introductions), or null for another step. Such a MERGE that creates the relationship is where imports
   * stalled: planned while the graph held none of that type, it seeks the relationship index on the id and then
   * filters on the ends, and inside a transaction each seek scans every relationship of the type the transaction
   * created so far (a batch of 5,000 employments ran 100 s and more; bench/README.md). So a batch first looks up which
   * of its links exist (`existing`: before the transaction wrote any, every plan is cheap), merges those (`merge`, the
   * step's query: it finds them and creates none) and creates the rest (`create`). Between the lookup and the create
   * the ends are not locked: a link with the same id (employment and introduction ids are made of their ends and
   * dates) that another writer commits in that moment would be doubled; the MERGE closed that gap by locking both
   * ends. Two processes running the same import are kept apart by the run's fence.
   */
  private linkWithId(step: string): { existing: string; merge: string; create: string } | null {
    let q = this.linkQueries.get(step);
    if (q === undefined) {
      const text = this.library.names().includes(`import/${step}`) ? this.library.get(`import/${step}`) : '';
      const m = REL_UPSERT.exec(text);
      q = m ? {
        existing: `${text.slice(0, m.index)}MATCH ${m[1]}\nRETURN DISTINCT s.id AS id`,
        merge: text,
        create: text.replace(REL_UPSERT, 'CREATE $1'),
      } : null;
      this.linkQueries.set(step, q);
    }
    return q;
  }

  clearCaches(): void {
    this.recordCache.clear();
  }

  withoutRecordCache(): GraphStore {
    return uncachedView(this, this.uncachedRead);
  }

  async ping(): Promise<void> {
    await this.read.getMeta('ping');
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** How a Neo4j error reaches the service (exported for tests). */
export { translate as translateNeo4jError };
