const REMOVED: unique symbol = Symbol('removed');

/** Layers an overlay may stack before the next one merges them into one (each lookup walks the layers). */
const MAX_LAYERS = 8;
/** Merged changes past 1/COPY_WHEN of the map under them make a plain copy instead. */
const COPY_WHEN = 8;

/**
 * A map that is another map with a few entries set or removed, without copying it: a write that changes one rep's
 * facts among 60,000 made a copy of all of them (about 17 ms and the garbage after it, measured at 100,000 people).
 * Lookups walk at most MAX_LAYERS overlays: the next one merges their changes into one overlay over the plain map at
 * the bottom (a copy of that map, 20-70 ms at 60,000 entries, only once the changes pass an eighth of it). Iterating
 * copies into one plain map once and keeps it; its order is the map under it, with changed values in place and
 * removed keys left out, then the keys added. Immutable, like the map under it is expected to be.
 */
export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    /** The map this one changes. */
    private readonly under: ReadonlyMap<K, V>,
    private readonly own: ReadonlyMap<K, V | typeof REMOVED>,
    readonly size: number,
    private readonly layers: number,
    /**
     * The map `with` was given and the keys it changed: a merged overlay sits on the bottom map, not on that one, and
     * still tells what changed (changedKeys). Held weakly: a strong reference would keep every map before it alive.
     */
    private readonly since: { before: WeakRef<ReadonlyMap<K, V>>; keys: readonly K[] },
  ) {}

  /** `base` with each change applied: a value sets its key, undefined removes it (one change per key). */
  static with<K, V>(base: ReadonlyMap<K, V>, changes: Iterable<readonly [K, V | undefined]>): ReadonlyMap<K, V> {
    const own = new Map<K, V | typeof REMOVED>();
    for (const [k, v] of changes) own.set(k, v === undefined ? REMOVED : v);
    if (own.size === 0) return base;
    const since = { before: new WeakRef(base), keys: [...own.keys()] };
    if (base instanceof OverlayMap && base.layers >= MAX_LAYERS) {
      // the layers become one over the plain map at the bottom: a merge of the changes, not a copy of the map
      const { bottom, changes: merged } = base.merged();
      for (const [k, v] of own) merged.set(k, v);
      if (merged.size > bottom.size / COPY_WHEN) return applied(new Map(bottom), merged);
      return OverlayMap.over(bottom, merged, 1, since);
    }
    return OverlayMap.over(base, own, base instanceof OverlayMap ? base.layers + 1 : 1, since);
  }

  private static over<K, V>(
    base: ReadonlyMap<K, V>, own: Map<K, V | typeof REMOVED>, layers: number, since: OverlayMap<K, V>['since'],
  ): OverlayMap<K, V> {
    let size = base.size;
    for (const [k, v] of own) {
      const had = base.has(k);
      if (v === REMOVED && had) size--;
      else if (v !== REMOVED && !had) size++;
    }
    return new OverlayMap(base, own, size, layers, since);
  }

  /** The plain map at the bottom, and the changes of every overlay from there up to this one, merged (the last wins). */
  private merged(): { bottom: ReadonlyMap<K, V>; changes: Map<K, V | typeof REMOVED> } {
    const chain: OverlayMap<K, V>[] = [];
    let m: ReadonlyMap<K, V> = this;
    while (m instanceof OverlayMap) {
      chain.push(m);
      m = m.under;
    }
    const changes = new Map<K, V | typeof REMOVED>();
    for (let i = chain.length - 1; i >= 0; i--) for (const [k, v] of chain[i].own) changes.set(k, v);
    return { bottom: m, changes };
  }

  /**
   * The keys `map` sets or removes over `before` when it is `before` with changes (OverlayMap.with), merged layers
   * or not; else null (a plain copy, or another map). A merge had made it null: the caller then compared every entry
   * (60,000 reps: a request after every eighth change took 100 ms, found by the benchmark's slowest requests).
   */
  static changedKeys<K, V>(map: ReadonlyMap<K, V>, before: ReadonlyMap<K, V>): K[] | null {
    return map instanceof OverlayMap && map.since.before.deref() === before ? [...map.since.keys] : null;
  }

  /** The same entries in one plain map, made on the first iteration and kept (lookups never need it). */
  private flat: Map<K, V> | null = null;

  /** This map as one plain map: the map at the bottom copied once, then every layer's changes merged. */
  flattened(): ReadonlyMap<K, V> {
    if (!this.flat) {
      const { bottom, changes } = this.merged();
      this.flat = applied(new Map(bottom), changes);
    }
    return this.flat;
  }

  get(key: K): V | undefined {
    if (this.own.has(key)) {
      const v = this.own.get(key)!;
      return v === REMOVED ? undefined : v;
    }
    return this.under.get(key);
  }

  has(key: K): boolean {
    return this.own.has(key) ? this.own.get(key) !== REMOVED : this.under.has(key);
  }

  entries(): MapIterator<[K, V]> {
    return this.flattened().entries();
  }

  keys(): MapIterator<K> {
    return this.flattened().keys();
  }

  values(): MapIterator<V> {
    return this.flattened().values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.flattened().entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.flattened()) callback.call(thisArg, v, k, this);
  }
}

/** `changes` applied to `map` in place, in their order (as Map's own set and delete would). */
function applied<K, V>(map: Map<K, V>, changes: ReadonlyMap<K, V | typeof REMOVED>): Map<K, V> {
  for (const [k, v] of changes) {
    if (v === REMOVED) map.delete(k);
    else map.set(k, v);
  }
  return map;
}
