import { GraphStore } from '@/store/graph-store';
import { writeFeedOf } from '@/store/paths/write-feed';
import { graphFingerprint } from './insights.queries';

const revisions = new WeakMap<GraphStore, { value: number }>();

/**
 * The store's write revision when it is exact: Kuzu is embedded and locks its directory, so every write goes
 * through this process, and the write feed (src/store/paths/write-feed.ts) tells each committed write and
 * import; the revision counts them from the first call on (nothing is cached before it).
 * Neo4j can be written by other processes, so there is no exact revision: null.
 */
export function exactRevision(store: GraphStore): number | null {
  return store.engine === 'kuzu' ? ownRevision(store) : null;
}

/** Writes this process committed to `store` since the first call (any engine). */
export function ownRevision(store: GraphStore): number {
  let r = revisions.get(store);
  if (!r) {
    const counter = { value: 0 };
    writeFeedOf(store).subscribe(() => {
      counter.value++;
    });
    revisions.set(store, (r = counter));
  }
  return r.value;
}

export interface GraphVersion {
  version: string;
  basis: 'REVISION' | 'FINGERPRINT';
  /** An import is committing batches (import-run.ts): the graph holds part of it, nothing computed now is kept. */
  importing: boolean;
}

/** How long a Neo4j fingerprint is trusted for writes by other processes (this process's writes are seen at once). */
export const FINGERPRINT_TTL_MS = 5000;
const fingerprints = new WeakMap<GraphStore, { day: string; at: number; value: Promise<{ fingerprint: string; importing: boolean }> }>();

/**
 * What the graph looks like now. Embedded engine: the exact write revision (its import is one transaction, so it is
 * never seen half done). Neo4j: this process's write revision (seen at once), a fingerprint query and the unfinished
 * import marker, re-read at most every FINGERPRINT_TTL_MS (writes and imports by other processes).
 */
export async function graphVersion(store: GraphStore, today: string, now: () => number = Date.now): Promise<GraphVersion> {
  const revision = exactRevision(store);
  if (revision !== null) return { version: `r${revision}`, basis: 'REVISION', importing: false };
  const own = ownRevision(store);
  let f = fingerprints.get(store);
  if (!f || f.day !== today || now() - f.at > FINGERPRINT_TTL_MS) {
    const read = Promise.all([graphFingerprint(store.read, today), store.read.unfinishedImport()]);
    f = { day: today, at: now(), value: read.then(([fingerprint, run]) => ({ fingerprint, importing: run !== null })) };
    fingerprints.set(store, f);
    f.value.catch(() => fingerprints.delete(store));
  }
  const { fingerprint, importing } = await f.value;
  return { version: `r${own}/${fingerprint}`, basis: 'FINGERPRINT', importing };
}

interface Slot<T> {
  latest?: { value: T; version: string; day: string; at: number };
  running?: Promise<T>;
}

export interface Versioned<T> {
  value: T;
  /** When it was computed (ms since epoch). */
  computedAt: number;
  /** False when the graph changed since (served because it is younger than staleMs, or while an import is unfinished). */
  upToDate: boolean;
  basis: GraphVersion['basis'];
  version: string;
}

/**
 * One whole-network value per store and key (the insight base, a broker analysis), recomputed when the graph version or the
 * day changes; concurrent requests share one computation. `staleMs`: after a change, an older value this young
 * is still served (flagged), so that an expensive analysis is not redone after every write.
 */
export class VersionedValue<T> {
  private readonly perStore = new WeakMap<GraphStore, Map<string, Slot<T>>>();

  async get(
    store: GraphStore, key: string, today: string, compute: () => Promise<T>, options: { staleMs?: number; now?: () => number } = {},
  ): Promise<Versioned<T>> {
    const now = options.now ?? Date.now;
    let slots = this.perStore.get(store);
    if (!slots) this.perStore.set(store, (slots = new Map()));
    let slot = slots.get(key);
    if (!slot) slots.set(key, (slot = {}));
    const current = await graphVersion(store, today, now);
    const latest = slot.latest;
    if (latest && latest.day === today) {
      if (latest.version === current.version) return { value: latest.value, computedAt: latest.at, upToDate: true, basis: current.basis, version: latest.version };
      // while an import is unfinished, the value from before it beats one computed from part of it
      if (current.importing || now() - latest.at <= (options.staleMs ?? 0)) {
        return { value: latest.value, computedAt: latest.at, upToDate: false, basis: current.basis, version: latest.version };
      }
    }
    if (current.importing) return { value: await compute(), computedAt: now(), upToDate: false, basis: current.basis, version: current.version };
    const s = slot;
    s.running ??= (async () => {
      try {
        const value = await compute();
        s.latest = { value, version: current.version, day: today, at: now() };
        return value;
      } finally {
        s.running = undefined;
      }
    })();
    const value = await s.running;
    return { value, computedAt: s.latest?.at ?? now(), upToDate: true, basis: current.basis, version: current.version };
  }
}

interface Entry<T> {
  revision: number;
  day: string;
  value: Promise<T>;
}

/**
 * Results computed from the graph, kept while nothing was written and the day is the same (who "works there now"
 * depends on the day). Concurrent requests for one key share one computation. Least recently used entries go
 * first beyond `maxEntries`. Without an exact revision (see exactRevision) it computes every time.
 */
export class RevisionCache<T> {
  private readonly perStore = new WeakMap<GraphStore, Map<string, Entry<T>>>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries: number) {}

  get(store: GraphStore, key: string, day: string, compute: () => Promise<T>): Promise<T> {
    const revision = exactRevision(store);
    if (revision === null) {
      this.misses++;
      return compute();
    }
    let entries = this.perStore.get(store);
    if (!entries) this.perStore.set(store, (entries = new Map()));
    const hit = entries.get(key);
    if (hit && hit.revision === revision && hit.day === day) {
      entries.delete(key);
      entries.set(key, hit);
      this.hits++;
      return hit.value;
    }
    this.misses++;
    const value = compute();
    const entry: Entry<T> = { revision, day, value };
    entries.set(key, entry);
    value.catch(() => {
      if (entries!.get(key) === entry) entries!.delete(key);
    });
    while (entries.size > this.maxEntries) entries.delete(entries.keys().next().value as string);
    return value;
  }

  /** Cached keys of `store` that are valid now; the others are what a batch must compute. */
  fresh(store: GraphStore, keys: readonly string[], day: string): Set<string> {
    const revision = exactRevision(store);
    const entries = this.perStore.get(store);
    const out = new Set<string>();
    if (revision === null || !entries) return out;
    for (const k of keys) {
      const e = entries.get(k);
      if (e && e.revision === revision && e.day === day) out.add(k);
    }
    return out;
  }
}
