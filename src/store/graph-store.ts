import { type EngineName } from './cypher/query-library';
import { type GraphOperations } from './graph-operations';
import { type StoreStats } from './runner';
import { type ChangeFeed } from './changes/change-feed';
import { type SnapshotFeed } from './snapshot-feed';

/** How far an import is, in the snapshot's records (see import-progress.ts). */
export interface ImportProgress {
  /** The step just written. */
  list: string;
  done: number;
  total: number;
}

/** What an engine can do, for callers that need to know (instead of testing the engine's name). */
export interface StoreCapabilities {
  /**
   * This process is the only writer of the database (Kuzu locks its directory): every change is one this process
   * made, so following the change log needs no reads. False on Neo4j, where other service processes write too.
   */
  soleWriter: boolean;
}

/** The seam between the service and a graph database. One implementation per engine folder. */
export interface GraphStore {
  /** For logs and `/ready` only: callers that need to know something ask `capabilities`. */
  readonly engine: EngineName;
  readonly capabilities: StoreCapabilities;
  readonly stats: StoreStats;
  /** Reads outside any transaction; each call is one round trip. */
  readonly read: GraphOperations;
  /**
   * Runs `work` in one read transaction: every read in it sees the same committed state of the graph (a backup taken
   * while writes go on). Reads here skip in-memory caches and the per-query time limit: they are bounded by their size.
   */
  readConsistent<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T>;
  /** Runs `work` in one write transaction: it commits all of it or, when `work` throws, none of it. */
  write<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T>;
  /**
   * The change log as this process follows it (changes/change-feed.ts): every write transaction appends what it
   * changed, by id, with the next sequence; every cache listens here, and `changes.catchUp()` brings them up to
   * what any process committed. `write` resolves after this process's listeners were told of its commit.
   */
  readonly changes: ChangeFeed;
  /**
   * Writes a snapshot (upsert by id: importing twice equals importing once), committing only once the feed says the
   * whole snapshot passed its checks; when it rejects, nothing is written. Kuzu commits it in one transaction; Neo4j
   * in batches, with an import record (import-run.ts) that `read.unfinishedImport()` answers until the last batch:
   * an interrupted import is finished by importing the same snapshot again.
   */
  importSnapshot(feed: SnapshotFeed, onProgress?: (p: ImportProgress) => void): Promise<void>;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Empties the in-memory record cache (see RecordCache; nothing to do where the engine keeps none), so that the next
   * reads reach the engine: tests and benchmarks count round trips after it.
   */
  clearCaches(): void;
  /**
   * This store with a `read` that goes past the record cache (this store itself where there is none): benchmarks
   * serve it beside the cached one and compare the two.
   */
  withoutRecordCache(): GraphStore;
}
