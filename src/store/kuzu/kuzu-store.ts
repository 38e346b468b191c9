import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import kuzu, { type Connection, type KuzuValue, type PreparedStatement, type QueryResult, type Database } from 'kuzu';
import { QueryLibrary } from '../cypher/query-library';
import { GraphOperations } from '../graph-operations';
import { type GraphStore, type ImportProgress } from '../graph-store';
import { type Params, type QueryRunner, type Row, StoreStats } from '../runner';
import { backfillSortKeys } from '../sort-key-backfill';
import { type SnapshotFeed } from '../snapshot-feed';
import { KuzuImport } from './kuzu-import';
import { StoreError, StoreLockedError, StoreMemoryFullError, StoreTimeoutError } from '../store-errors';
import { Mutex } from '../mutex';
import { ChangeLog, type Appended } from '../changes/change-log';
import { ChangeFeed } from '../changes/change-feed';
import { DEFAULT_RECORD_CACHE_SIZE, RecordCache } from '../record-cache';
import { IN_USE, recoverBeforeOpen } from './kuzu-recovery';
import { LargeWriteMarker } from './large-write-marker';
import { openKuzuDatabase } from './kuzu-database';
import { needsUncompressedRebuild, rebuildUncompressed } from './uncompressed-rebuild';
import { log } from '@/log';
import { uncachedView } from '../uncached-view';

export interface KuzuStoreOptions {
  /** Folder that holds the database file and the import staging area. */
  dataDir: string;
  /** Connections serving reads concurrently. */
  readConnections?: number;
  /** Per-query time limit in ms (0: none). */
  queryTimeoutMs?: number;
  /** Records by id kept between reads, each dropped at a change that names it (see RecordCache); 0: none. Default DEFAULT_RECORD_CACHE_SIZE. */
  recordCacheSize?: number;
  /** The most memory Kuzu keeps pages in, MiB (kuzu-database.ts). Default KUZU_BUFFER_POOL_MB. */
  bufferPoolMb?: number;
}

type Value = unknown;

/**
 * Kuzu 0.11 answers a list of ids with a scan: `WHERE p.id IN $ids` compares every row with the whole list (100 ids:
 * ~100 ms at 100,000 people, 800 ids: ~450 ms), `UNWIND $ids ... WHERE p.id = wanted` hashes the list (80–120 ms
 * whatever its length), while `{id: $id}` is a primary-key lookup (~0.4 ms for a record, ~0.5–1 ms for the edges
 * of one person). Up to these many ids, batched reads run as point lookups over the reader connections; beyond, as
 * one statement (measured crossovers: README, "Reads by a list of ids on Kuzu").
 */
const LOOKUPS = { pointLookupsUpTo: 200, edgeLookupsUpTo: 50 };

/** Kuzu takes only positive time limits: "none" is the largest 32-bit number of milliseconds (about 24 days). */
const NO_TIME_LIMIT_MS = 2_147_483_647;

/**
 * A CHECKPOINT waits up to 5 s for running reads to end, then fails ("Timeout waiting for active transactions"); it
 * holds back new ones meanwhile, and reads are time-limited, so a few tries get through.
 */
const CHECKPOINT_TRIES = 6;

/** Kuzu hands back nodes and rels with internal fields; the domain wants their properties. */
function plain(v: Value): Value {
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ('_label' in o || '_id' in o) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(o)) if (!k.startsWith('_')) out[k] = plain(x);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = plain(x);
    return out;
  }
  return v;
}

export function translateKuzuError(e: unknown): Error {
  const msg = e instanceof Error ? e.message : String(e);
  if (/lock on file/i.test(msg)) {
    return new StoreLockedError(IN_USE, e);
  }
  if (/interrupt|timeout/i.test(msg)) return new StoreTimeoutError('The query took longer than the configured limit', e);
  if (/buffer pool is full/i.test(msg)) return new StoreMemoryFullError(`Kuzu: ${msg} Raise KUZU_BUFFER_POOL_MB, or unset it for Kuzu's own default.`, 'KUZU_BUFFER_POOL_MB', e);
  return new StoreError(`Kuzu: ${msg}`, e);
}

/** One Kuzu connection with its prepared statements; runs one query at a time. */
class KuzuSession implements QueryRunner {
  private readonly prepared = new Map<string, PreparedStatement>();
  private readonly lock = new Mutex();

  constructor(
    readonly conn: Connection,
    private readonly library: QueryLibrary,
    private readonly stats: StoreStats,
  ) {}

  private closed = false;

  /** `work` alone on this connection, in one read-only transaction: its reads see one committed state. */
  readOnly<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    return this.lock.runExclusive(async () => {
      const serial = new Mutex(); // one statement at a time on the connection, whatever `work` asks for at once
      await this.statement('BEGIN TRANSACTION READ ONLY');
      try {
        return await work({ run: (name, params) => serial.runExclusive(() => this.runUnlocked(name, params)) });
      } finally {
        await this.statement('ROLLBACK').catch(() => undefined);
      }
    });
  }

  /** `trip: false` when the statement is one of several run for one call (see `runEach` in KuzuStore). */
  run(name: string, params: Params = {}, trip = true): Promise<Row[]> {
    return this.lock.runExclusive(() => this.runUnlocked(name, params, trip));
  }

  /**
   * Closes the connection once the statement running on it (if any) has finished: closing Kuzu under a running
   * query crashes the process. Statements asked for afterwards fail with a StoreError.
   */
  close(): Promise<void> {
    return this.lock.runExclusive(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.conn.close();
    });
  }

  async runUnlocked(name: string, params: Params = {}, trip = true): Promise<Row[]> {
    if (this.closed) throw new StoreError('The store is closed');
    if (trip) this.stats.roundTrips++;
    let ps = this.prepared.get(name);
    if (!ps) {
      ps = await this.conn.prepare(this.library.get(name));
      if (!ps.isSuccess()) throw new StoreError(`Kuzu could not prepare ${name}: ${ps.getErrorMessage()}`);
      this.prepared.set(name, ps);
    }
    return this.execute(() => this.conn.execute(ps, params as Record<string, KuzuValue>));
  }

  /** A statement that is not a named query (schema, transaction control, staging COPY). */
  async statement(text: string): Promise<Row[]> {
    if (this.closed) throw new StoreError('The store is closed');
    this.stats.roundTrips++;
    return this.execute(() => this.conn.query(text));
  }

  private async execute(go: () => Promise<QueryResult | QueryResult[]>): Promise<Row[]> {
    this.stats.queries++;
    let result: QueryResult | QueryResult[];
    try {
      result = await go();
    } catch (e) {
      throw translateKuzuError(e);
    }
    const results = Array.isArray(result) ? result : [result];
    try {
      const all: Row[][] = [];
      for (const r of results) all.push((await r.getAll()) as Row[]);
      return all[all.length - 1].map((row) => plain(row) as Row);
    } finally {
      for (const r of results) r.close();
    }
  }
}

/** The embedded engine: Kuzu on disk under DATA_DIR, in this process. */
export class KuzuStore implements GraphStore {
  readonly engine = 'kuzu' as const;
  /** The database directory is locked to this process: every change is its own. */
  readonly capabilities = { soleWriter: true };
  readonly stats = new StoreStats();
  readonly read: GraphOperations;
  private readonly library = QueryLibrary.load('kuzu');
  private readonly changeLog = new ChangeLog(this.library);
  readonly changes: ChangeFeed;
  private readonly recordCache: RecordCache;
  /** `read` without the record cache: every read goes to the engine (see withoutRecordCache). */
  private readonly uncachedRead: GraphOperations;
  private readonly db: Database;
  private readonly readers: KuzuSession[] = [];
  private readonly writer: KuzuSession;
  private readonly consistentReads = new Set<KuzuSession>();
  private readonly writeLock = new Mutex();
  private next = 0;
  private readonly stageDir: string;
  private readonly databasePath: string;
  private readonly marker: LargeWriteMarker;
  /** Set when a large write committed but could not be checkpointed: see largeTransaction. */
  private writesRefused: string | null = null;

  private constructor(private readonly options: KuzuStoreOptions) {
    this.stageDir = join(options.dataDir, 'staging');
    this.recordCache = new RecordCache(options.recordCacheSize ?? DEFAULT_RECORD_CACHE_SIZE);
    this.databasePath = join(options.dataDir, 'graph.kuzu');
    this.marker = new LargeWriteMarker(this.databasePath);
    this.db = openKuzuDatabase(this.databasePath, this.options.bufferPoolMb);
    const open = (): KuzuSession => {
      const conn = new kuzu.Connection(this.db);
      if (options.queryTimeoutMs) conn.setQueryTimeout(options.queryTimeoutMs);
      return new KuzuSession(conn, this.library, this.stats);
    };
    this.writer = open();
    for (let i = 0; i < (options.readConnections ?? 4); i++) this.readers.push(open());
    const readers: QueryRunner = {
      run: (name, params) => this.reader().run(name, params),
      // point lookups side by side over the reader connections, as one call
      runEach: (name, list) => {
        this.stats.roundTrips++;
        return Promise.all(list.map((params, i) => this.readers[i % this.readers.length].run(name, params, false)));
      },
    };
    this.read = new GraphOperations(readers, { ...LOOKUPS, recordCache: this.recordCache });
    this.uncachedRead = new GraphOperations(readers, LOOKUPS);
    // the only writer (see the DATA_DIR lock): the feed never needs to read the log (see ChangeFeed)
    this.changes = new ChangeFeed((since) => this.read.run('changes/since', { since }), true);
    this.recordCache.follow(this.changes);
  }

  /** Recovers from a crash first (kuzu-recovery.ts: the WAL of an unacknowledged import, a WAL to replay). */
  static async open(options: KuzuStoreOptions): Promise<KuzuStore> {
    mkdirSync(options.dataDir, { recursive: true });
    const created = !existsSync(join(options.dataDir, 'graph.kuzu'));
    await recoverBeforeOpen(join(options.dataDir, 'graph.kuzu'));
    let store: KuzuStore;
    try {
      store = new KuzuStore(options);
      await store.db.init();
    } catch (e) {
      throw translateKuzuError(e);
    }
    await store.migrate();
    // a graph written compressed by an earlier version is rebuilt once (uncompressed-rebuild.ts), then opened again
    if (await store.writeLock.runExclusive(() => needsUncompressedRebuild((s) => store.writer.statement(s), created))) {
      await store.close();
      await rebuildUncompressed(store.databasePath);
      return KuzuStore.open(options);
    }
    await backfillSortKeys(store);
    const [head] = await store.read.run('changes/head');
    store.changes.start(head, (await store.read.unfinishedImport()) !== null);
    return store;
  }

  private reader(): KuzuSession {
    this.next = (this.next + 1) % this.readers.length;
    return this.readers[this.next];
  }

  private async migrate(): Promise<void> {
    await this.writeLock.runExclusive(async () => {
      for (const s of this.library.bootstrap) await this.writer.statement(s);
    });
    for (const m of this.library.migrations) {
      if ((await this.read.getMeta(`migration:${m.name}`)) !== null) continue;
      await this.transaction(async (session) => {
        for (const s of m.statements) await session.statement(s);
        await session.runUnlocked('meta/set', { key: `migration:${m.name}`, value: new Date().toISOString() });
      }, false);
    }
  }

  /**
   * One write transaction on the writer connection. `timeLimited: false` (migrations, imports) lifts the
   * per-query limit meant for requests from BEGIN through COMMIT: they are bounded by their size.
   */
  private transaction<T>(work: (session: KuzuSession) => Promise<T>, timeLimited = true): Promise<T> {
    return this.writeLock.runExclusive(() => this.timeLimited(timeLimited, async () => {
      const result = await this.uncommitted(work);
      await this.writer.statement('COMMIT');
      return result;
    }));
  }

  private async timeLimited<T>(limited: boolean, work: () => Promise<T>): Promise<T> {
    if (this.writesRefused) throw new StoreError(this.writesRefused);
    if (!limited) this.writer.conn.setQueryTimeout(NO_TIME_LIMIT_MS);
    try {
      return await work();
    } finally {
      if (!limited) this.writer.conn.setQueryTimeout(this.options.queryTimeoutMs || NO_TIME_LIMIT_MS);
    }
  }

  /** BEGIN and `work`, rolled back when `work` throws; the caller commits. */
  private async uncommitted<T>(work: (session: KuzuSession) => Promise<T>): Promise<T> {
    await this.writer.statement('BEGIN TRANSACTION');
    try {
      return await work(this.writer);
    } catch (e) {
      await this.writer.statement('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  /**
   * A write transaction too large for Kuzu 0.11.3 to replay from its WAL (an import): a crash at any point leaves a
   * database that opens, as before or as after it (the case table is in kuzu-recovery.ts). CHECKPOINT empties the WAL,
   * the marker says "the WAL holds only an unacknowledged large write", and it is removed only once that write is
   * checkpointed, so the WAL never holds an acknowledged write while the marker exists. Kuzu checkpoints inside every
   * COMMIT that COPYs; when that checkpoint fails (it waited over 5 s for reads), the COMMIT throws although the
   * transaction is in the WAL: then we checkpoint again ourselves. Should that fail too, the store refuses every
   * further write until it is reopened (each one would land behind the marker), and the restart sets the import aside.
   * Its last statement appends one `import` change to the change log, which commits (or is set aside) with it.
   */
  private largeTransaction<T>(work: (session: KuzuSession) => Promise<T>): Promise<T> {
    return this.writeLock.runExclusive(() => this.timeLimited(false, async () => {
      await this.checkpoint();
      this.marker.write();
      let result: T;
      let appended = null as Appended | null;
      try {
        result = await this.uncommitted(async (session) => {
          const r = await work(session);
          appended = await this.changeLog.append((n, p) => session.runUnlocked(n, p), [{ type: 'import', finished: true }]);
          return r;
        });
      } catch (e) {
        this.marker.remove();
        throw e;
      }
      try {
        await this.writer.statement('COMMIT');
      } catch (e) {
        if (this.walBytes() === 0) {
          this.marker.remove();
          throw e;
        }
        log.warn('the import committed but its checkpoint failed; checkpointing again', { error: e });
      }
      try {
        if (this.walBytes() > 0) await this.checkpoint();
      } catch (e) {
        this.writesRefused = 'An import committed but could not be checkpointed; restart the service (the restart sets that import aside) before writing again';
        throw e;
      }
      this.marker.remove();
      return { result, appended };
    })).then(async ({ result, appended }) => {
      if (appended) await this.changes.committed(appended);
      return result;
    });
  }

  private async checkpoint(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writer.statement('CHECKPOINT');
        return;
      } catch (e) {
        if (attempt === CHECKPOINT_TRIES || !/Timeout waiting for active transactions/i.test(String((e as Error).cause ?? e))) throw e;
      }
    }
  }

  private walBytes(): number {
    const wal = `${this.databasePath}.wal`;
    return existsSync(wal) ? statSync(wal).size : 0;
  }

  /**
   * On a connection of its own, opened for the call: a long export holds up none of the reader connections. `close()`
   * waits for it like for the others.
   */
  async readConsistent<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T> {
    const session = new KuzuSession(new kuzu.Connection(this.db), this.library, this.stats);
    this.consistentReads.add(session);
    try {
      return await session.readOnly((runner) => work(new GraphOperations(runner, LOOKUPS)));
    } finally {
      this.consistentReads.delete(session);
      await session.close();
    }
  }

  /** The transaction's last statement appends its changes to the change log; the feed is told once it committed. */
  async write<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T> {
    const { result, appended } = await this.transaction(async (session) => {
      const recorded = this.changeLog.record(
        {
          run: (n, p) => session.runUnlocked(n, p),
          runEach: async (n, list) => {
            this.stats.roundTrips++;
            const out: Row[][] = [];
            for (const p of list) out.push(await session.runUnlocked(n, p, false));
            return out;
          },
        },
        LOOKUPS,
      );
      const r = await work(recorded.ops);
      return { result: r, appended: await this.changeLog.append((n, p) => session.runUnlocked(n, p), recorded.changes) };
    });
    if (appended) await this.changes.committed(appended);
    return result;
  }

  /**
   * One transaction either way (kuzu-import.ts says how the snapshot is written). The staged path needs the whole
   * snapshot checked: that is done before the write lock is taken.
   */
  async importSnapshot(feed: SnapshotFeed, onProgress?: (p: ImportProgress) => void): Promise<void> {
    const snapshotImport = new KuzuImport(this.library, this.stageDir);
    if (await snapshotImport.graphHasData(this.reader())) await feed.whole();
    snapshotImport.prepare();
    try {
      await this.largeTransaction((session) => snapshotImport.write(session, feed, onProgress));
    } finally {
      snapshotImport.cleanUp();
    }
  }

  clearCaches(): void {
    this.recordCache.clear();
  }

  withoutRecordCache(): GraphStore {
    return uncachedView(this, this.uncachedRead);
  }

  async ping(): Promise<void> {
    await this.reader().run('meta/get', { key: 'ping' });
  }

  async close(): Promise<void> {
    await this.writeLock.runExclusive(async () => {
      this.recordCache.clear();
      // each connection once its running statement is done (see KuzuSession.close)
      for (const s of [this.writer, ...this.readers, ...this.consistentReads]) await s.close();
      await this.db.close();
    });
  }
}
