/**
 * Graphs the warm-path search runs on: people joined by undirected ties with an (effective) trust in
 * [0, 1]. The search works on small integer indexes (one per person, stable for the graph's life) and
 * typed arrays, so that a search at 100,000 people allocates almost nothing; ids are strings at the edges.
 */
export interface Neighbour {
  id: string;
  trust: number;
}

/** One person's ties: parallel arrays of neighbour indexes and trusts. */
export interface Adjacency {
  readonly to: ArrayLike<number>;
  readonly trust: ArrayLike<number>;
}

export interface IndexedGraph {
  /** Every index is below this. */
  readonly size: number;
  /** -1 when the graph does not know the person. */
  indexOf(id: string): number;
  idAt(index: number): string;
  adjacency(index: number): Adjacency;
}

/** Anything that can list a person's ties by id (what a neighbourhood-by-neighbourhood read needs). */
export interface NeighbourSource {
  neighbours(id: string): readonly Neighbour[];
}

export const NO_TIES: Adjacency = { to: new Int32Array(0), trust: new Float64Array(0) };

/** Ids to indexes, assigned on first sight and never reused. */
export class PersonIndex {
  private readonly indexes = new Map<string, number>();
  private readonly ids: string[] = [];

  get size(): number {
    return this.ids.length;
  }

  indexOf(id: string): number {
    return this.indexes.get(id) ?? -1;
  }

  /** The index of `id`, assigning the next one when it is new. */
  add(id: string): number {
    let i = this.indexes.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.indexes.set(id, i);
      this.ids.push(id);
    }
    return i;
  }

  idAt(index: number): string {
    return this.ids[index];
  }
}

/** A graph given tie by tie (tests, and the part of the network one search read). */
export class TrustGraph implements IndexedGraph, NeighbourSource {
  private readonly index = new PersonIndex();
  private readonly lists: Neighbour[][] = [];
  private readonly pairs = new Map<string, number>();
  private readonly memo: (Adjacency | undefined)[] = [];

  /** Adds the tie a–b; when the pair is present already the higher trust is kept. Self-ties are ignored. */
  addTie(a: string, b: string, trust: number): void {
    if (a === b) return;
    const key = pairKey(a, b);
    const known = this.pairs.get(key);
    const [ia, ib] = [this.index.add(a), this.index.add(b)];
    this.memo[ia] = undefined;
    this.memo[ib] = undefined;
    if (known !== undefined) {
      if (trust <= known) return;
      this.pairs.set(key, trust);
      this.lists[ia].find((e) => e.id === b)!.trust = trust;
      this.lists[ib].find((e) => e.id === a)!.trust = trust;
      return;
    }
    this.pairs.set(key, trust);
    (this.lists[ia] ??= []).push({ id: b, trust });
    (this.lists[ib] ??= []).push({ id: a, trust });
  }

  trust(a: string, b: string): number | undefined {
    return this.pairs.get(pairKey(a, b));
  }

  neighbours(id: string): readonly Neighbour[] {
    const i = this.index.indexOf(id);
    return i < 0 ? [] : this.lists[i] ?? [];
  }

  get tieCount(): number {
    return this.pairs.size;
  }

  get size(): number {
    return this.index.size;
  }

  indexOf(id: string): number {
    return this.index.indexOf(id);
  }

  idAt(index: number): string {
    return this.index.idAt(index);
  }

  adjacency(index: number): Adjacency {
    let a = this.memo[index];
    if (!a) {
      a = toAdjacency(this.lists[index] ?? [], (id) => this.index.indexOf(id));
      this.memo[index] = a;
    }
    return a;
  }
}

/** Neighbours by id as typed arrays of indexes (neighbours the index does not know are left out). */
export function toAdjacency(list: readonly Neighbour[], indexOf: (id: string) => number): Adjacency {
  const to = new Int32Array(list.length);
  const trust = new Float64Array(list.length);
  let n = 0;
  for (const x of list) {
    const i = indexOf(x.id);
    if (i < 0) continue;
    to[n] = i;
    trust[n] = x.trust;
    n++;
  }
  return n === list.length ? { to, trust } : { to: to.subarray(0, n), trust: trust.subarray(0, n) };
}

/** The key of an unordered pair of ids. */
export function pairKey(x: string, y: string): string {
  return x <= y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}
