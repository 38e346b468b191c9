import neo4j, { Driver, ManagedTransaction, Neo4jError, Node, Relationship as Neo4jRel, Session } from 'neo4j-driver';
import { Snapshot } from '@/domain/snapshot/snapshot';
import { QueryLibrary } from '../cypher/query-library';
import { GraphOperations } from '../graph-operations';
import { GraphStore, ImportProgress } from '../graph-store';
import { ImportProgressCounter } from '../import-progress';
import { SnapshotFeed } from '../snapshot-feed';
import { Params, Row, StoreStats } from '../runner';
import { importSteps } from '../snapshot-rows';
import { StoreConflictError, StoreError, StoreTimeoutError, StoreUnavailableError } from '../store-errors';
import { CommitFeed, WriteStatement } from '../commit-feed';
import { WriteGate } from '../write-gate';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  queryTimeoutMs?: number;
  maxConnectionPoolSize?: number;
}

/** Rows per `UNWIND $rows` statement during import. */
const IMPORT_CHUNK = 5000;

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
    return new StoreError(`Neo4j ${e.code}: ${e.message}`, e);
  }
  // errors of the work itself (a CONFLICT, a validation error) pass through unchanged
  return e instanceof Error ? e : new StoreError(String(e), e);
}

/** The production engine: Neo4j 5 over Bolt, with transaction functions (retried on transient errors). */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  readonly stats = new StoreStats();
  readonly read: GraphOperations;
  private readonly library = QueryLibrary.load('neo4j');
  readonly commits = new CommitFeed(this.library);
  private readonly gate = new WriteGate();

  private constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jStoreOptions,
  ) {
    this.read = new GraphOperations({
      run: (name, params) => this.withSession((s) => s.executeRead((tx) => this.runIn(tx, name, params), this.txConfig())),
    });
  }

  static async open(options: Neo4jStoreOptions): Promise<Neo4jStore> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
      connectionTimeout: 5000,
      connectionAcquisitionTimeout: 10000,
      maxTransactionRetryTime: 5000,
    });
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (e) {
      await driver.close();
      throw translate(e);
    }
    const store = new Neo4jStore(driver, options);
    await store.migrate();
    return store;
  }

  private txConfig(): { timeout?: number } {
    return this.options.queryTimeoutMs ? { timeout: this.options.queryTimeoutMs } : {};
  }

  private async withSession<T>(work: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database });
    try {
      return await work(session);
    } catch (e) {
      throw translate(e);
    } finally {
      await session.close();
    }
  }

  private async runIn(tx: ManagedTransaction, name: string, params: Params = {}): Promise<Row[]> {
    return this.runText(tx, this.library.get(name), params);
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
      this.withSession((s) => s.executeRead((tx) => work(new GraphOperations({ run: (name, params) => this.runIn(tx, name, params) })))));
  }

  async write<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T> {
    let statements: WriteStatement[] = [];
    const result = await this.gate.write(() => this.withSession((s) =>
      s.executeWrite((tx) => {
        // a retried transaction starts over: only the last attempt's statements count
        const recorded = this.commits.record({ run: (name, params) => this.runIn(tx, name, params) });
        statements = recorded.statements;
        return work(recorded.ops);
      }, this.txConfig()),
    ));
    this.commits.committed(statements);
    return result;
  }

  /** The whole snapshot is checked first (UNWIND batches go over the network; nothing to overlap with here). */
  async importSnapshot(feed: SnapshotFeed, onProgress?: (p: ImportProgress) => void): Promise<void> {
    const snapshot = await feed.whole();
    try {
      await this.importSteps(snapshot, feed.counts, onProgress);
    } finally {
      this.commits.imported();
    }
  }

  private async importSteps(snapshot: Snapshot, counts: SnapshotFeed['counts'], onProgress?: (p: ImportProgress) => void): Promise<void> {
    const steps = importSteps(snapshot);
    const now = new Date().toISOString();
    await this.gate.write(() => this.withSession((s) =>
      s.executeWrite(async (tx) => {
        // a retried transaction starts over, progress too
        const progress = new ImportProgressCounter(steps.map((s) => s.step), counts, onProgress);
        for (let k = 0; k < steps.length; k++) {
          const { step, rows } = steps[k];
          for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
            await this.runIn(tx, `import/${step}`, { rows: rows.slice(i, i + IMPORT_CHUNK), now });
            if (i + IMPORT_CHUNK < rows.length) progress.partly(k, (i + IMPORT_CHUNK) / rows.length);
          }
          progress.written(k);
        }
      }),
    ));
  }

  async ping(): Promise<void> {
    await this.read.getMeta('ping');
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
