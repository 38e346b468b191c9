import { type GraphStore } from '@/store/graph-store';
import { type Change, changesEverything } from '@/store/changes/change';

export interface GraphVersion {
  /** The change feed's version (changes/change-feed.ts): equal versions, equal graph. */
  version: string;
  basis: 'REVISION';
  /** An import is committing batches (import-run.ts): the graph holds part of it, nothing computed now is kept. */
  importing: boolean;
}

/**
 * What the graph looks like now, on every engine: the change feed's position once it has caught up with every
 * change committed before the call (by any process; a counter-like read that finds nothing new on Neo4j, nothing to
 * read on the embedded engine), and whether an import is unfinished.
 */
export async function graphVersion(store: GraphStore): Promise<GraphVersion> {
  await store.changes.catchUp();
  return { version: store.changes.version, basis: 'REVISION', importing: store.changes.importing };
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
    const current = await graphVersion(store);
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
  revision: string;
  day: string;
  value: Promise<T>;
}

/**
 * Results computed from the graph, kept while nothing was written and the day is the same (who "works there now"
 * depends on the day). The revision is the change feed's version as it stands (a request caught up with the log
 * before it began, see src/server.ts). Concurrent requests for one key share one computation. Least recently used
 * entries go first beyond `maxEntries`. While an import is unfinished it computes every time and keeps nothing.
 */
export class RevisionCache<T> {
  private readonly perStore = new WeakMap<GraphStore, Map<string, Entry<T>>>();
  hits = 0;
  misses = 0;

  /**
   * `revisionOf`: the revision entries are kept for (default: the feed's version, so any change drops them). A cache
   * whose values only some kinds of change can move passes one that changes only with those (see relevantRevision).
   */
  constructor(private readonly maxEntries: number, private readonly revisionOf: (store: GraphStore) => string | null = exactRevision) {}

  get(store: GraphStore, key: string, day: string, compute: () => Promise<T>): Promise<T> {
    const revision = this.revisionOf(store);
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
    const revision = this.revisionOf(store);
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

/** The feed's version, or null while an import is unfinished (nothing is kept then). */
function exactRevision(store: GraphStore): string | null {
  return store.changes.importing ? null : store.changes.version;
}

const relevantCounts = new WeakMap<GraphStore, Map<string, { count: number }>>();

/**
 * A revision that moves only with the deliveries of the feed that hold a change `matters` says may move the value
 * (`name` names the rule, one counter per store and name); null while an import is unfinished. The counter listens
 * to the feed from the first call on: every value cached under it was computed after that. Changes the log cannot
 * describe (`everything`, an import) always count.
 */
export function relevantRevision(name: string, matters: (c: Change) => boolean): (store: GraphStore) => string | null {
  return (store) => {
    if (store.changes.importing) return null;
    let byName = relevantCounts.get(store);
    if (!byName) relevantCounts.set(store, (byName = new Map()));
    let counter = byName.get(name);
    if (!counter) {
      const c = { count: 0 };
      store.changes.subscribe(({ changes }) => {
        if (changes.some((x) => changesEverything(x) || matters(x))) c.count++;
      });
      byName.set(name, (counter = c));
    }
    return `relevant:${counter.count}`;
  };
}
