import { type Change } from './changes/change';
import type { ChangeFeed } from './changes/change-feed';

/**
 * Entries kept by default (RECORD_CACHE_SIZE). Paging through every company of the 100,000-person network with their
 * current reps, bosses and owners (the foundation benchmark's pages of 50) touches 84,876 entries, 88 MiB of heap
 * (about 1.1 KB an entry): this holds twice that. With 50,000 that walk found almost nothing in the cache (least
 * recently used first, a cyclic walk larger than the cache misses every time) and a page took 1.5 s under 10 clients.
 */
export const DEFAULT_RECORD_CACHE_SIZE = 200_000;

interface Entry {
  /** The id it was read for (a person's, or the person whose ties a list holds). */
  id: string;
  record: object;
  /** The ids the entry depends on: its own id and every id its record or rows hold (see mentionsOf). */
  mentions: string[];
  /** Read since it was put or last passed over for eviction (second chance). */
  used: boolean;
}

/**
 * Records read by id (companies, people, contracts, deals, interactions, edge lists, tokens), kept between requests.
 * It hangs off the change feed (`follow`): at every change any process committed, as the feed tells it (this
 * process's commits before the writer's promise resolves, other processes' at the next catch-up, which a request does
 * before anything else), it drops the entries the change can alter, so no request reads a record older than the last
 * commit it could see. Which entries those are, from the change's ids (changedIds):
 * - an entry mentions its own id (a person's, or the person whose ties a list holds) and every id its record or
 *   rows hold (`id`, `…Id`, `…Ids` fields: the interactions in a person's list and their people, the other end of
 *   each tie, the company of each employment, the people of a company's staff list, ordered by their names);
 * - a record changed or deleted drops every entry that mentions it: the lists that hold it, and the lists its
 *   deletion empties (a deleted person's ties in their contacts' lists, a deleted company's staff rows);
 * - a link written or removed (a tie, a portfolio entry, a reports-to link, a deal or interaction linked to people,
 *   named in `linked`) drops the entries read for its ends, the lists that gain or lose it; entries that merely
 *   mention an end (an interaction of that person in someone else's list) hold nothing the link changed;
 * - what no change can describe (an import, `everything`, a log row without `linked`) empties the cache.
 * The record-cache contract test checks, on both engines, that after each kind of write every cached read equals an
 * uncached one.
 *
 * A read that started before a commit must not put what it read after that commit: `begin()` hands out the current
 * generation (which every delivery moves) and `put` keeps a record only while the generation is unchanged.
 * Cached records are frozen (deeply), so a caller that tried to change one would fail loudly instead of
 * changing what the next request reads. Least recently used records go first beyond `maxEntries` (kept by a second
 * chance: a hit marks its entry, and eviction moves marked entries to the end instead of moving them at each hit).
 */
export class RecordCache {
  private generation = 0;
  private readonly entries = new Map<string, Entry>();
  /** For each id, the keys of the entries that mention it. */
  private readonly mentioning = new Map<string, Set<string>>();
  hits = 0;
  misses = 0;
  /** Entries dropped because a change named an id they mention (not for size, not by `clear`). */
  dropped = 0;

  /** While its import is unfinished (batches change records without telling each), nothing is kept. */
  private feed: ChangeFeed | null = null;

  constructor(readonly maxEntries: number) {}

  /** Drops what each change the feed tells can alter, and keeps nothing while an import is unfinished. */
  follow(feed: ChangeFeed): void {
    this.feed = feed;
    feed.subscribe((d) => this.apply(d.changes));
  }

  /** After a commit: drops the entries that mention an id the changes name (everything, for a change naming none). */
  apply(changes: readonly Change[]): void {
    this.generation++;
    const changed = changedIds(changes);
    if (changed === null) return this.clear();
    const drop = (id: string, readFor: boolean): void => {
      const keys = this.mentioning.get(id);
      if (!keys) return;
      for (const key of [...keys]) {
        if (readFor && this.entries.get(key)?.id !== id) continue;
        this.drop(key);
        this.dropped++;
      }
    };
    for (const id of changed.records) drop(id, false);
    for (const id of changed.ends) drop(id, true);
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
    // a hit is a read: the entry is moved to the end (most recently used) only when eviction meets it (evictOne).
    // Moving it at every hit (a delete and a set in a Map of 85,000 entries) was 2.3 ms of a page of 50 companies.
    hit.used = true;
    return hit.record as T;
  }

  /** Keeps `record` unless a commit happened since `token` was handed out. Returns the (frozen) record. */
  put<T extends object>(token: number, kind: string, id: string, record: T): T {
    if (token !== this.generation || this.maxEntries <= 0 || this.feed?.importing) return record;
    deepFreeze(record);
    const key = `${kind}\u0000${id}`;
    this.drop(key);
    // room first, so that the entry put now is not the one eviction meets unread
    if (this.entries.size >= this.maxEntries) this.evictOne();
    const mentions = mentionsOf(id, record);
    this.entries.set(key, { id, record, mentions, used: false });
    for (const m of mentions) {
      let keys = this.mentioning.get(m);
      if (!keys) this.mentioning.set(m, (keys = new Set()));
      keys.add(key);
    }
    return record;
  }

  /** After an import (or when a test or benchmark asks): forgets everything and refuses what reads begun before bring back. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.mentioning.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Drops the least recently used entry, as a second chance (CLOCK) keeps the order: from the oldest, an entry read
   * since it was put or last passed over goes to the end, the first one not read goes. Ends within one pass.
   */
  private evictOne(): void {
    for (const [key, e] of this.entries) {
      if (!e.used) return this.drop(key);
      e.used = false;
      this.entries.delete(key);
      this.entries.set(key, e);
    }
  }

  private drop(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    for (const m of e.mentions) {
      const keys = this.mentioning.get(m);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) this.mentioning.delete(m);
    }
  }
}

/**
 * What `changes` name: `records`, the ids of records changed or deleted (every entry that mentions one is dropped);
 * `ends`, the ids at the ends of links written or removed (the entries read for one are dropped). Null when a change
 * may have changed anything (an import, `everything`, a change of a linking kind from a log row written before
 * `linked` existed).
 */
export function changedIds(changes: readonly Change[]): { records: Set<string>; ends: Set<string> } | null {
  const records = new Set<string>();
  const ends = new Set<string>();
  const record = (...xs: string[]): void => {
    for (const x of xs) records.add(x);
  };
  const end = (...xs: string[]): void => {
    for (const x of xs) ends.add(x);
  };
  for (const c of changes) {
    switch (c.type) {
      case 'company': case 'person': case 'token': case 'revenue-target':
        record(c.id);
        break;
      case 'contract': case 'deal': case 'interaction': case 'employment':
        if (!Array.isArray(c.linked)) return null;
        record(c.id);
        end(...c.linked);
        break;
      // the records of a company's contracts, or a manager's tokens, name the company or manager
      case 'contracts-of-company': record(c.companyId); break;
      case 'tokens-of-manager': record(c.managerId); break;
      case 'portfolio': end(c.managerId, c.companyId); break;
      case 'tie': case 'trust-override': end(c.a, c.b); break;
      case 'reports-to': end(c.repId, c.bossId); break;
      case 'introduction': record(c.id); end(c.introducerId, c.introducedId); break;
      case 'revenue-targets-of-scope': end(c.scopeId); break;
      default:
        // an import, `everything`, or a kind this process does not know (a newer process wrote it)
        return null;
    }
  }
  return { records, ends };
}

/** Fields that hold the id of a record: `id`, `companyId`, `managerIds`, … */
const ID_FIELD = /^id$|Ids?$/;

/** `id` and every id `record` holds, at any depth (rows of an edge list hold records; records hold lists of ids). */
export function mentionsOf(id: string, record: unknown): string[] {
  const out = new Set<string>([id]);
  const addId = (v: unknown): void => {
    if (typeof v === 'string' || typeof v === 'number') out.add(String(v));
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' || typeof x === 'number') out.add(String(x));
  };
  const walk = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || depth > 5) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (ID_FIELD.test(k)) addId(x);
      else walk(x, depth + 1);
    }
  };
  walk(record, 0);
  return [...out];
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
}
