import { type GraphStore } from '@/store/graph-store';
import { type Change, changesEverything } from '@/store/changes/change';

/**
 * How a whole-network value is read in sections, and which sections each change can alter. A section named by
 * `touched` is read again at the next request, or, where `patch` has a function for it, patched from the changes
 * (for example one tie re-read instead of all of them).
 */
export interface TrackedSpec<S extends object, T> {
  read: { [K in keyof S]: (store: GraphStore, today: string) => Promise<S[K]> };
  /** Sections whose answer depends on the day (read again when the day changes). */
  daily: readonly (keyof S)[];
  /** The sections `change` can alter; `held` is what is kept now (null while nothing is). */
  touched(change: Change, held: S | null): (keyof S)[];
  /**
   * `once`: this refresh's memo, shared by every section's patch: `once(key, read)` runs `read` the first time a key is
   * asked in the refresh, and answers the same promise after (three sections a person change touches read the person
   * once). It dies with the refresh.
   */
  patch?: { [K in keyof S]?: (store: GraphStore, current: S[K], changes: Change[], today: string, once: Once) => Promise<S[K]> };
  /**
   * The value from its sections (pure; the sections are never changed in place). `previous`: the value held before
   * this refresh and its sections, when only some sections were brought up to date (a section left as it was is the
   * same object), so that a value can be derived from it in proportion to what changed; null after a full read.
   */
  build(sections: S, today: string, previous: { sections: S; value: T } | null): T;
}

/** A refresh's memo: the same key, the same promise, for as long as the refresh runs. */
export type Once = <R>(key: string, read: () => Promise<R>) => Promise<R>;

function refreshMemo(): Once {
  const memo = new Map<string, Promise<unknown>>();
  return <R>(key: string, read: () => Promise<R>): Promise<R> => {
    let p = memo.get(key) as Promise<R> | undefined;
    if (!p) memo.set(key, (p = read()));
    return p;
  };
}

/**
 * A whole-network value kept across writes on every engine: it hangs off the store's change feed
 * (src/store/changes), which tells it every committed change (this process's before the write returns, other
 * processes' at the catch-up each request starts with), and re-reads only the sections a change can alter. A
 * change the log cannot describe record by record, or an import, reads everything again; while an import is
 * unfinished it answers with what it held before the import (or, holding nothing, reads per request and keeps nothing). Concurrent requests share one refresh.
 */
export class ChangeTracked<S extends object, T> {
  private readonly perStore = new WeakMap<GraphStore, Tracker<S, T>>();
  reads = 0;

  constructor(private readonly spec: TrackedSpec<S, T>) {}

  /** The value as of every change committed before the call. */
  get(store: GraphStore, today: string): Promise<T> {
    let t = this.perStore.get(store);
    if (!t) this.perStore.set(store, (t = new Tracker(store, this.spec, () => this.reads++)));
    return t.get(today);
  }
}

class Tracker<S extends object, T> {
  private held: { sections: S; value: T; day: string } | null = null;
  /** Sections to bring up to date: the changes that touched them, or null to read them again in full. */
  private pending = new Map<keyof S, Change[] | null>();
  private everything = false;
  private running: Promise<T> | null = null;

  constructor(private readonly store: GraphStore, private readonly spec: TrackedSpec<S, T>, private readonly counted: () => void) {
    store.changes.subscribe((d) => this.told(d.changes));
  }

  private told(changes: Change[]): void {
    for (const c of changes) {
      if (changesEverything(c)) {
        this.everything = true;
        continue;
      }
      for (const k of this.spec.touched(c, this.held?.sections ?? null)) {
        const had = this.pending.get(k);
        if (had === null) continue;
        if (!this.spec.patch?.[k]) this.pending.set(k, null);
        else if (had) had.push(c);
        else this.pending.set(k, [c]);
      }
    }
  }

  async get(today: string): Promise<T> {
    await this.store.changes.catchUp();
    if (this.store.changes.importing) {
      // while an import is unfinished, the value from before it beats one read from part of it
      const h = this.held;
      return h && h.day === today ? h.value : this.spec.build(await this.readAll(today), today, null);
    }
    for (;;) {
      if (this.running) {
        // a refresh that started before this request's catch-up may miss what it brought: look again after it
        await this.running.catch(() => undefined);
        continue;
      }
      const h = this.held;
      if (h && h.day === today && !this.everything && this.pending.size === 0) return h.value;
      const run = this.refresh(today);
      this.running = run;
      try {
        return await run;
      } finally {
        if (this.running === run) this.running = null;
      }
    }
  }

  private async readAll(today: string): Promise<S> {
    this.counted();
    const names = Object.keys(this.spec.read) as (keyof S)[];
    const values = await Promise.all(names.map((n) => this.spec.read[n](this.store, today)));
    return Object.fromEntries(names.map((n, i) => [n, values[i]])) as S;
  }

  private async refresh(today: string): Promise<T> {
    const h = this.held;
    const full = !h || this.everything;
    const pending = this.pending;
    this.pending = new Map();
    this.everything = false;
    try {
      let sections: S;
      if (full) {
        sections = await this.readAll(today);
      } else {
        const names = new Set(pending.keys());
        if (h.day !== today) for (const d of this.spec.daily) names.add(d);
        const next = { ...h.sections };
        const once = refreshMemo();
        await Promise.all([...names].map(async (n) => {
          const changes = pending.get(n);
          const patch = this.spec.patch?.[n];
          next[n] = patch && changes && !(h.day !== today && this.spec.daily.includes(n))
            ? await patch(this.store, h.sections[n], changes, today, once)
            : await this.spec.read[n](this.store, today);
        }));
        sections = next;
      }
      const value = this.spec.build(sections, today, full ? null : { sections: h.sections, value: h.value });
      this.held = { sections, value, day: today };
      return value;
    } catch (e) {
      // what this refresh took on is still to do
      if (full) this.everything = true;
      for (const [k, v] of pending) {
        const now = this.pending.get(k);
        this.pending.set(k, v === null || now === null ? null : [...v, ...(now ?? [])]);
      }
      throw e;
    }
  }
}
