import { type Change } from './changes/change';
import type { ChangeFeed } from './changes/change-feed';

interface Entry {
  record: object;
  /** The ids the entry depends on: its own id and every id its record or rows hold (see mentionsOf). */
  mentions: string[];
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
 * - a change drops every entry that mentions one of its ids. A record changed or deleted is mentioned by every list
 *   that holds it; a record newly linked to another (a deal to its company, an interaction to its people) names that
 *   other in `linked`, whose list is the one that gains it. A deleted person or company is mentioned by the lists
 *   its deletion empties (their ties, staff, portfolio rows). What no change can describe (an import, `everything`,
 *   a log row without `linked`) empties the cache.
 * The record-cache contract test checks, on both engines, that after each kind of write every cached read equals an
 * uncached one.
 *
 * A read that started before a commit must not put what it read after that commit: `begin()` hands out the current
 * generation (which every delivery moves) and `put` keeps a record only while the generation is unchanged.
 * Cached records are frozen (deeply), so a caller that tried to change one would fail loudly instead of
 * changing what the next request reads. Least recently used records go first beyond `maxEntries`.
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
    const ids = changedIds(changes);
    if (ids === null) return this.clear();
    for (const id of ids) {
      const keys = this.mentioning.get(id);
      if (!keys) continue;
      for (const key of [...keys]) {
        this.drop(key);
        this.dropped++;
      }
    }
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
    return hit.record as T;
  }

  /** Keeps `record` unless a commit happened since `token` was handed out. Returns the (frozen) record. */
  put<T extends object>(token: number, kind: string, id: string, record: T): T {
    if (token !== this.generation || this.maxEntries <= 0 || this.feed?.importing) return record;
    deepFreeze(record);
    const key = `${kind}\u0000${id}`;
    this.drop(key);
    const mentions = mentionsOf(id, record);
    this.entries.set(key, { record, mentions });
    for (const m of mentions) {
      let keys = this.mentioning.get(m);
      if (!keys) this.mentioning.set(m, (keys = new Set()));
      keys.add(key);
    }
    if (this.entries.size > this.maxEntries) this.drop(this.entries.keys().next().value as string);
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
 * The ids `changes` name: the records changed, and those a write linked them to or between (a tie's two people, a
 * portfolio's manager and company). Null when a change may have changed anything (an import, `everything`, a change
 * of a linking kind from a log row written before `linked` existed).
 */
export function changedIds(changes: readonly Change[]): Set<string> | null {
  const ids = new Set<string>();
  const add = (...xs: string[]): void => {
    for (const x of xs) ids.add(x);
  };
  for (const c of changes) {
    switch (c.type) {
      case 'company': case 'person': case 'token': case 'revenue-target':
        add(c.id);
        break;
      case 'contract': case 'deal': case 'interaction': case 'employment':
        if (!Array.isArray(c.linked)) return null;
        add(c.id, ...c.linked);
        break;
      case 'contracts-of-company': add(c.companyId); break;
      case 'portfolio': add(c.managerId, c.companyId); break;
      case 'tie': case 'trust-override': add(c.a, c.b); break;
      case 'reports-to': add(c.repId, c.bossId); break;
      case 'introduction': add(c.id, c.introducerId, c.introducedId); break;
      case 'tokens-of-manager': add(c.managerId); break;
      case 'revenue-targets-of-scope': add(c.scopeId); break;
      default:
        // an import, `everything`, or a kind this process does not know (a newer process wrote it)
        return null;
    }
  }
  return ids;
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
