import { type Adjacency, type IndexedGraph, type NeighbourSource } from './trust-graph';

/**
 * Which neighbourhoods a search must read from the store, level by level, from both ends (no I/O here).
 *
 * Reading the ties of every person within r_S − 1 steps of the sources and within r_T − 1 steps of the
 * targets (r_S, r_T = rounds on each side) shows every step of every path of at most r_S + r_T steps: a
 * step people[i] – people[i+1] of such a path is seen from people[i] when i < r_S, else from people[i+1]
 * (then i + 1 > maxHops − r_T). So the plan stops when r_S + r_T = maxHops, or earlier when one side has
 * nobody new to read (its whole component is read). Each round reads the side with fewer people to read,
 * or both when they are alike (fewer round trips); people in `avoid` and steps below minTrust are not
 * followed, so both prune the reading itself.
 */
export class FetchPlan {
  private readonly fetched = new Set<string>();
  private frontier: { sources: string[]; targets: string[] };
  private readonly seen: { sources: Set<string>; targets: Set<string> };
  private rounds = { sources: 0, targets: 0 };
  private pending: ('sources' | 'targets')[] = [];
  /** Rounds planned so far (round trips to the store). */
  roundTrips = 0;

  constructor(
    sources: Iterable<string>,
    targets: Iterable<string>,
    private readonly maxHops: number,
    private readonly minTrust: number,
    private readonly avoid: ReadonlySet<string> = new Set(),
  ) {
    const s = [...new Set(sources)].filter((id) => !avoid.has(id));
    const t = [...new Set(targets)].filter((id) => !avoid.has(id));
    this.frontier = { sources: s, targets: t };
    this.seen = { sources: new Set(s), targets: new Set(t) };
  }

  /** The people whose ties to read next, or null when the reading is complete. */
  next(): string[] | null {
    if (this.pending.length) throw new Error('FetchPlan.next() called twice without done()');
    const need = this.maxHops - this.rounds.sources - this.rounds.targets;
    const s = this.frontier.sources.length;
    const t = this.frontier.targets.length;
    if (need <= 0 || s === 0 || t === 0) return null;
    const alike = Math.min(s, t) * 4 >= Math.max(s, t);
    this.pending = need >= 2 && alike ? ['sources', 'targets'] : [s <= t ? 'sources' : 'targets'];
    const ids = new Set<string>();
    for (const side of this.pending) for (const id of this.frontier[side]) if (!this.fetched.has(id)) ids.add(id);
    this.roundTrips++;
    return [...ids];
  }

  /** Call once the ties of the ids from next() are in `graph`. */
  done(graph: NeighbourSource): void {
    for (const side of this.pending) {
      for (const id of this.frontier[side]) this.fetched.add(id);
    }
    for (const side of this.pending) {
      const next: string[] = [];
      for (const id of this.frontier[side]) {
        for (const n of graph.neighbours(id)) {
          if (n.trust < this.minTrust || this.avoid.has(n.id) || this.seen[side].has(n.id)) continue;
          this.seen[side].add(n.id);
          next.push(n.id);
        }
      }
      this.frontier[side] = next;
      this.rounds[side]++;
    }
    this.pending = [];
  }

  /** The graph a search may use: steps seen from a person whose ties were read (their evidence is complete). */
  view(graph: IndexedGraph): IndexedGraph {
    const fetched = this.fetched;
    const memo = new Map<number, Adjacency>();
    return {
      get size() {
        return graph.size;
      },
      indexOf: (id) => graph.indexOf(id),
      idAt: (i) => graph.idAt(i),
      adjacency(i: number): Adjacency {
        if (fetched.has(graph.idAt(i))) return graph.adjacency(i);
        let a = memo.get(i);
        if (!a) {
          const all = graph.adjacency(i);
          const to: number[] = [];
          const trust: number[] = [];
          for (let k = 0; k < all.to.length; k++) {
            if (!fetched.has(graph.idAt(all.to[k]))) continue;
            to.push(all.to[k]);
            trust.push(all.trust[k]);
          }
          a = { to, trust };
          memo.set(i, a);
        }
        return a;
      },
    };
  }

  isFetched(id: string): boolean {
    return this.fetched.has(id);
  }
}
