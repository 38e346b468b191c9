import { Snapshot } from '@/domain/snapshot/snapshot';
import { EngineName } from './cypher/query-library';
import { GraphOperations } from './graph-operations';
import { StoreStats } from './runner';
import { WriteFeed } from './commit-feed';

export interface ImportProgress {
  list: string;
  done: number;
  total: number;
}

/** The seam between the service and a graph database. One implementation per engine folder. */
export interface GraphStore {
  readonly engine: EngineName;
  readonly stats: StoreStats;
  /** Reads outside any transaction; each call is one round trip. */
  readonly read: GraphOperations;
  /** Runs `work` in one write transaction: it commits all of it or, when `work` throws, none of it. */
  write<T>(work: (ops: GraphOperations) => Promise<T>): Promise<T>;
  /** Told after every commit: what was written (in-memory views keep themselves exact from it). */
  readonly commits: WriteFeed;
  /** Writes a validated snapshot in one transaction (upsert by id: importing twice equals importing once). */
  importSnapshot(snapshot: Snapshot, onProgress?: (p: ImportProgress) => void): Promise<void>;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
