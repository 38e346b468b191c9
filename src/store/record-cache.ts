import type { ChangeFeed } from './changes/change-feed';

/**
 * Records read by id (companies, people, contracts, deals, interactions, edge lists, tokens), kept between requests.
 * It hangs off the change feed (`follow`): it is emptied at every change any process committed, as the feed tells it
 * (this process's commits before the writer's promise resolves, other processes' at the next catch-up, which a
 * request does before anything else), so no request reads a record older than the last commit it could see.
 *
 * A read that started before a commit must not put what it read after that commit's clear: `begin()` hands out the
 * current generation and `put` keeps a record only while the generation is unchanged.
 * Cached records are frozen (deeply), so a caller that tried to change one would fail loudly instead of
 * changing what the next request reads. Least recently used records go first beyond `maxEntries`.
 */
export class RecordCache {
  private generation = 0;
  private readonly entries = new Map<string, object>();
  hits = 0;
  misses = 0;

  /** While its import is unfinished (batches change records without telling each), nothing is kept. */
  private feed: ChangeFeed | null = null;

  constructor(readonly maxEntries: number) {}

  /** Empties the cache at every change `feed` tells, and keeps nothing while an import is unfinished. */
  follow(feed: ChangeFeed): void {
    this.feed = feed;
    feed.subscribe(() => this.clear());
  }

  /** The token for one read: pass it to `put` with what the read returns. */
  begin(): number {
    return this.generation;
  }

  get<T extends object>(kind: string, id: string): T | undefined {
    const key = `${kind}\u0000${id}`;
    const hit = this.entries.get(key);
    if (hit === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // most recently used last
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit as T;
  }

  /** Keeps `record` unless a commit happened since `token` was handed out. Returns the (frozen) record. */
  put<T extends object>(token: number, kind: string, id: string, record: T): T {
    if (token !== this.generation || this.maxEntries <= 0 || this.feed?.importing) return record;
    deepFreeze(record);
    const key = `${kind}\u0000${id}`;
    this.entries.delete(key);
    this.entries.set(key, record);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return record;
  }

  /** After a commit (or an import): forgets everything and refuses what reads begun before it bring back. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
}
