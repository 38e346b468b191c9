import { type IndexedGraph } from './trust-graph';

/**
 * The k strongest simple paths from a set of sources to a set of targets with a hop limit: a best-first
 * (A*) search over partial paths, where a path's strength is the product of its steps' trust (the same
 * order as the sum of −log trust, which is what "shortest" means here).
 *
 * The estimate that guides it is exact for walks: reach(v, r) = the strongest walk of at most r steps from
 * v to any target (see ReachOracle). It never underestimates a simple path, so the search may stop as soon
 * as no open partial path can beat the k-th path found, and it never opens a partial path that cannot reach
 * a target within the hops it has left: the hop limit, minTrust and the people to avoid prune while
 * searching, not afterwards. It runs on the graph's integer indexes with reusable typed arrays.
 */

export const MAX_HOPS_RANGE = { min: 1, max: 6 } as const;
export const LIMIT_RANGE = { min: 1, max: 50 } as const;

export interface PathQuery {
  /** Where a path may start (our managers). */
  sources: ReadonlySet<string>;
  /** Where a path may end: the target person, or the people who work at the target company now. */
  targets: ReadonlySet<string>;
  maxHops: number;
  limit: number;
  /** Every step's trust is at least this. */
  minTrust: number;
  /** People no path may contain, at either end or in between. */
  avoid?: ReadonlySet<string>;
}

export interface FoundPath {
  /** From the starting manager to the target. */
  people: string[];
  /** trusts[i] is the trust of the step people[i] – people[i+1]. */
  trusts: number[];
  /** The product of `trusts`, multiplied from the start, rounded to 12 decimals. */
  strength: number;
  hops: number;
}

export interface SearchStats {
  /** Partial paths taken off the queue. */
  expanded: number;
  /** Partial paths put on the queue. */
  queued: number;
  /** True when the work budget ran out before the search could prove the answer complete. */
  truncated: boolean;
}

/** Strengths are compared at 12 decimals, so that 0.8 × 0.5 and 0.5 × 0.8 × 1.0 tie exactly. */
const SCALE = 1e12;
export const quantize = (s: number): number => Math.round(s * SCALE);
/** An upper bound of quantize(x) for any x ≤ s computed with floating-point error (far below 1e-12). */
const quantizeUp = (s: number): number => Math.round(s * (1 + 1e-12) * SCALE);
export const roundStrength = (s: number): number => quantize(s) / SCALE;

/** Order of results: strength descending, then fewer hops, then the people's ids (so ties are stable). */
export function comparePaths(x: FoundPath, y: FoundPath): number {
  const qx = quantize(x.strength);
  const qy = quantize(y.strength);
  if (qx !== qy) return qy - qx;
  if (x.hops !== y.hops) return x.hops - y.hops;
  for (let i = 0; i < x.people.length; i++) {
    if (x.people[i] !== y.people[i]) return x.people[i] < y.people[i] ? -1 : 1;
  }
  return 0;
}

interface State {
  node: number;
  parent: State | null;
  hops: number;
  /** Product of the trusts so far. */
  strength: number;
  /** Trust of the step into `node`. */
  trust: number;
  /** quantizeUp(strength × reach): no path completed from here is stronger. */
  bound: number;
  /** hops + the fewest steps from `node` to a target: no path completed from here is shorter. */
  minHops: number;
  /** True when bound and minHops are the oracle's cheap bounds (a source not yet looked at): made exact when popped. */
  loose?: boolean;
}

function contains(s: State, node: number): boolean {
  for (let x: State | null = s; x; x = x.parent) if (x.node === node) return true;
  return false;
}

function toPath(s: State, graph: IndexedGraph): FoundPath {
  const people: string[] = [];
  const trusts: number[] = [];
  for (let x: State | null = s; x; x = x.parent) {
    people.push(graph.idAt(x.node));
    if (x.parent) trusts.push(x.trust);
  }
  people.reverse();
  trusts.reverse();
  let strength = 1;
  for (const t of trusts) strength *= t;
  return { people, trusts, strength: roundStrength(strength), hops: trusts.length };
}

/** Max-heap on bound, then fewest hops; insertion order last, so runs are reproducible. */
class StateHeap {
  private readonly items: State[] = [];
  private readonly order: number[] = [];
  private counter = 0;

  get size(): number {
    return this.items.length;
  }

  peek(): State | undefined {
    return this.items[0];
  }

  push(s: State): void {
    this.items.push(s);
    this.order.push(this.counter++);
    this.up(this.items.length - 1);
  }

  pop(): State | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    const lastOrder = this.order.pop()!;
    if (this.items.length > 0 && last) {
      this.items[0] = last;
      this.order[0] = lastOrder;
      this.down(0);
    }
    return top;
  }

  private before(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    if (a.bound !== b.bound) return a.bound > b.bound;
    if (a.minHops !== b.minHops) return a.minHops < b.minHops;
    return this.order[i] < this.order[j];
  }

  private swap(i: number, j: number): void {
    [this.items[i], this.items[j]] = [this.items[j], this.items[i]];
    [this.order[i], this.order[j]] = [this.order[j], this.order[i]];
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) return;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.before(l, m)) m = l;
      if (r < n && this.before(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}

const LEVELS = MAX_HOPS_RANGE.max + 1;

/**
 * Typed arrays a search works in, kept per graph and reused: an entry counts only when its stamp equals the
 * search's generation, so starting a search clears nothing. Searches are synchronous, so one set per graph
 * is enough.
 */
class Scratch {
  capacity = 0;
  generation = 0;
  /** Value of reach(i, l) where it improved at level l (targets' tables). */
  tableValue = new Float64Array(0);
  tableStamp = new Int32Array(0);
  firstLevel = new Int8Array(0);
  firstStamp = new Int32Array(0);
  /** reach(i, r) above the tables' depth, computed on demand. */
  memoValue = new Float64Array(0);
  memoHops = new Int8Array(0);
  memoStamp = new Int32Array(0);
  avoidStamp = new Int32Array(0);
  targetStamp = new Int32Array(0);
  seenStamp = new Int32Array(0);
  /** Marks for "already in this level's list"; its own counter, bumped per level. */
  mark = new Int32Array(0);
  markGeneration = 0;

  begin(size: number): number {
    if (size > this.capacity) this.grow(Math.max(size, Math.ceil(this.capacity * 1.5), 64));
    if (this.generation >= 0x7ffffff0 || this.markGeneration >= 0x7ffffff0) this.grow(this.capacity);
    return ++this.generation;
  }

  nextMark(): number {
    return ++this.markGeneration;
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.generation = 0;
    this.markGeneration = 0;
    this.tableValue = new Float64Array(capacity * LEVELS);
    this.tableStamp = new Int32Array(capacity * LEVELS);
    this.firstLevel = new Int8Array(capacity);
    this.firstStamp = new Int32Array(capacity);
    this.memoValue = new Float64Array(capacity * LEVELS);
    this.memoHops = new Int8Array(capacity * LEVELS);
    this.memoStamp = new Int32Array(capacity * LEVELS);
    this.avoidStamp = new Int32Array(capacity);
    this.targetStamp = new Int32Array(capacity);
    this.seenStamp = new Int32Array(capacity);
    this.mark = new Int32Array(capacity);
  }
}

const scratches = new WeakMap<IndexedGraph, Scratch>();

function scratchFor(graph: IndexedGraph): Scratch {
  let s = scratches.get(graph);
  if (!s) {
    s = new Scratch();
    scratches.set(graph, s);
  }
  return s;
}

/** A query in the graph's indexes (people the graph does not know are left out: they have no ties). */
interface IndexedQuery {
  sources: number[];
  targets: number[];
  maxHops: number;
  minTrust: number;
}

/**
 * reach(v, r): the strongest walk of at most r steps from v to any target (each step at least minTrust, no
 * avoided person), and the fewest steps such a walk needs; none when there is no such walk.
 *
 * Meet in the middle: tables are computed outwards from the targets for r ≤ depth, and above the depth on
 * demand from the sources' side (memoised). The depth is chosen like a bidirectional BFS: each of the
 * maxHops levels goes to the side whose frontier has fewer ties to look at, so a manager with many ties or a
 * team-wide search (every manager a source) is mostly searched from the target's side, and a
 * well-connected target from ours.
 */
export class ReachOracle {
  readonly depth: number;
  /** Ties looked at: the work the oracle did. */
  work = 0;
  /** People whose number of ties was read to choose each level's side (not counted in `work`). */
  degreeReads = 0;
  /**
   * levelBest[d]: the strongest walk of at most `depth` steps to a target from anyone whose fewest steps to a
   * target are exactly d (−1 when nobody): what bounds a walk that enters the tables at distance d (see looseBound).
   */
  private readonly levelBest = new Array<number>(LEVELS).fill(-1);
  private readonly size: number;

  constructor(
    private readonly graph: IndexedGraph,
    private readonly q: IndexedQuery,
    private readonly s: Scratch,
    private readonly gen: number,
  ) {
    const size = (this.size = s.capacity);
    let changed: number[] = [];
    for (const t of q.targets) {
      if (s.avoidStamp[t] === gen) continue;
      s.tableValue[t] = 1;
      s.tableStamp[t] = gen;
      s.firstLevel[t] = 0;
      this.levelBest[0] = 1;
      s.firstStamp[t] = gen;
      changed.push(t);
    }
    let sourceFrontier = q.sources.filter((x) => s.avoidStamp[x] !== gen);
    for (const x of sourceFrontier) s.seenStamp[x] = gen;
    const degree = (i: number): number => {
      this.degreeReads++;
      return graph.adjacency(i).to.length;
    };
    /**
     * cost(a) > cost(b), where cost is the ties a frontier's people have: both sums are taken in step, the smaller
     * partial sum first, and stop as soon as the answer is known. Whole sums read every degree of a frontier that
     * may hold thousands (the targets' side after a few levels) only to learn it is the dearer side.
     */
    const costsMore = (a: number[], b: number[]): boolean => {
      let ia = 0;
      let ib = 0;
      let sa = 0;
      let sb = 0;
      for (;;) {
        const aDone = ia === a.length;
        const bDone = ib === b.length;
        if (aDone && bDone) return sa > sb;
        if (aDone && sb >= sa) return false; // cost(a) = sa ≤ sb ≤ cost(b)
        if (bDone && sa > sb) return true; // cost(a) ≥ sa > sb = cost(b)
        if (!aDone && (bDone || sa <= sb)) sa += degree(a[ia++]);
        else sb += degree(b[ib++]);
      }
    };
    let b = 0;
    for (let step = 0; step < q.maxHops; step++) {
      if (sourceFrontier.length > 0 && costsMore(changed, sourceFrontier)) {
        // the sources' side takes this level: strength() covers it on demand
        if (step === q.maxHops - 1) break;
        const next: number[] = [];
        for (const v of sourceFrontier) {
          const { to, trust } = graph.adjacency(v);
          this.work += to.length;
          for (let k = 0; k < to.length; k++) {
            const u = to[k];
            if (trust[k] < q.minTrust || s.avoidStamp[u] === gen || s.seenStamp[u] === gen) continue;
            s.seenStamp[u] = gen;
            next.push(u);
          }
        }
        sourceFrontier = next;
        continue;
      }
      b++;
      const next: number[] = [];
      const mark = s.nextMark();
      const base = b * size;
      for (const v of changed) {
        const sv = this.tableAt(v, b - 1);
        const { to, trust } = graph.adjacency(v);
        this.work += to.length;
        for (let k = 0; k < to.length; k++) {
          const u = to[k];
          if (trust[k] < q.minTrust || s.avoidStamp[u] === gen) continue;
          const candidate = sv * trust[k];
          const known = this.tableAt(u, b);
          if (!(candidate > known) && !Number.isNaN(known)) continue;
          s.tableValue[base + u] = candidate;
          s.tableStamp[base + u] = gen;
          if (s.firstStamp[u] !== gen) {
            s.firstStamp[u] = gen;
            s.firstLevel[u] = b;
          }
          // a node's table value only grows with the level, so the largest value written is its value at the depth
          const first = s.firstLevel[u];
          if (candidate > this.levelBest[first]) this.levelBest[first] = candidate;
          if (s.mark[u] !== mark) {
            s.mark[u] = mark;
            next.push(u);
          }
        }
      }
      changed = next;
    }
    this.depth = b;
  }

  /** The targets' table: reach(i, r) for r ≤ depth (the value of the last level ≤ r where it improved). */
  private tableAt(i: number, r: number): number {
    const s = this.s;
    for (let l = r; l >= 0; l--) if (s.tableStamp[l * this.size + i] === this.gen) return s.tableValue[l * this.size + i];
    return NaN;
  }

  /** The strongest walk of at most r steps from node `i` to a target; NaN when there is none. */
  strength(i: number, r: number): number {
    if (r <= this.depth) return this.tableAt(i, r);
    const at = r * this.size + i;
    if (this.s.memoStamp[at] !== this.gen) this.compute(i, r);
    return this.s.memoValue[at];
  }

  /** True when strength(i, r) and minHops(i, r) are known without looking at ties (the tables or the memo hold them). */
  isKnown(i: number, r: number): boolean {
    return r <= this.depth || this.s.memoStamp[r * this.size + i] === this.gen;
  }

  /**
   * Bounds of strength(i, r) and minHops(i, r) that look at no tie, for r above the depth: a walk of at most `depth`
   * steps is in i's table; a longer one takes L − depth ≥ 1 steps (each at most 1) to some u and then at most
   * `depth` steps from u. u is at least f − (r − depth) steps from a target when i is f steps from one (f = depth + 1
   * when i is not in the tables), so the rest is at most levelBest[d] for such d. The fewest steps are f.
   */
  looseBound(i: number, r: number): { strength: number; minHops: number } {
    const s = this.s;
    const inTables = s.firstStamp[i] === this.gen;
    const f = inTables ? s.firstLevel[i] : this.depth + 1;
    let strength = inTables ? this.tableAt(i, this.depth) : -1;
    for (let d = Math.max(0, f - (r - this.depth)); d <= this.depth; d++) if (this.levelBest[d] > strength) strength = this.levelBest[d];
    return { strength: Math.max(0, strength), minHops: f };
  }

  /** The fewest steps from node `i` to a target within r steps; Infinity when there is no way. */
  minHops(i: number, r: number): number {
    const s = this.s;
    if (r <= this.depth) return s.firstStamp[i] === this.gen && s.firstLevel[i] <= r ? s.firstLevel[i] : Infinity;
    const at = r * this.size + i;
    if (s.memoStamp[at] !== this.gen) this.compute(i, r);
    const h = s.memoHops[at];
    return h < 0 ? Infinity : h;
  }

  private compute(i: number, r: number): void {
    const s = this.s;
    let strength = this.strength(i, r - 1);
    let hops = this.minHops(i, r - 1);
    if (s.avoidStamp[i] !== this.gen) {
      const { to, trust } = this.graph.adjacency(i);
      this.work += to.length;
      for (let k = 0; k < to.length; k++) {
        const u = to[k];
        if (trust[k] < this.q.minTrust || s.avoidStamp[u] === this.gen) continue;
        const next = this.strength(u, r - 1);
        if (Number.isNaN(next)) continue;
        const candidate = trust[k] * next;
        if (Number.isNaN(strength) || candidate > strength) strength = candidate;
        const h = this.minHops(u, r - 1) + 1;
        if (h < hops) hops = h;
      }
    }
    const at = r * this.size + i;
    s.memoValue[at] = strength;
    s.memoHops[at] = hops === Infinity ? -1 : hops;
    s.memoStamp[at] = this.gen;
  }
}

/** The default work budget: partial paths queued before the search gives up proving exact ties. */
export const DEFAULT_BUDGET = 2_000_000;

export type SearchResult = { paths: FoundPath[]; stats: SearchStats & { oracleWork: number; degreeReads: number; depth: number; passes: number } };

/**
 * Step floors tried before the query's own minTrust (see kBestPaths): high enough that a search over the strong ties
 * alone looks at a small part of the network, low enough that it usually holds the top paths.
 */
export const STRONG_FIRST = [0.85, 0.7, 0.5] as const;
/** Far above floating-point error (~1e-16), far below the 12 decimals strengths are compared at. */
const FLOOR_MARGIN = 1e-9;

/**
 * The k strongest paths, strong ties first. A path is never stronger than its weakest step (every trust is at most
 * 1), so:
 * - a search that only takes steps of trust ≥ τ and finds `limit` paths, the last at least τ (+ a margin), has the
 *   answer: every path it left out has a step below τ, so it is weaker than all `limit` found;
 * - a search that finds `limit` paths, the last of strength θ, proves that the answer's last path is at least θ: a
 *   search again with steps ≥ θ (− the margin) leaves out only paths weaker than that, and so has the answer.
 * Otherwise the floor goes down (STRONG_FIRST), and at last the query is searched as asked. Each search is exact for
 * the floor it has (the A* below), so the answer is the one of a single search with the query's minTrust; only the
 * work differs: a team-wide search into a large company looks at a few thousand ties instead of ~100,000.
 */
export function kBestPaths(graph: IndexedGraph, query: PathQuery, budget = DEFAULT_BUDGET): SearchResult {
  const total = { expanded: 0, queued: 0, oracleWork: 0, degreeReads: 0, passes: 0 };
  const pass = (minTrust: number): SearchResult => {
    const r = kBestPathsFrom(graph, { ...query, minTrust }, budget);
    total.expanded += r.stats.expanded;
    total.queued += r.stats.queued;
    total.oracleWork += r.stats.oracleWork;
    total.degreeReads += r.stats.degreeReads;
    total.passes++;
    return { paths: r.paths, stats: { ...r.stats, ...total } };
  };
  for (const floor of STRONG_FIRST) {
    if (!(floor > query.minTrust)) break;
    const r = pass(floor);
    if (r.stats.truncated) break; // not proven: the search as asked decides
    if (r.paths.length < query.limit) continue;
    const last = r.paths[query.limit - 1].strength;
    if (last >= floor + FLOOR_MARGIN) return r;
    const proven = last - FLOOR_MARGIN;
    if (proven > query.minTrust) {
      const again = pass(proven);
      if (!again.stats.truncated) return again;
    }
    break;
  }
  return pass(query.minTrust);
}

/** One A* search for `query` as given (every step at least its minTrust): kBestPaths without the strong ties first. */
export function kBestPathsFrom(graph: IndexedGraph, query: PathQuery, budget: number): Omit<SearchResult, 'stats'> & { stats: Omit<SearchResult['stats'], 'passes'> } {
  const s = scratchFor(graph);
  const gen = s.begin(graph.size);
  const known = (ids: Iterable<string>): number[] => [...new Set(ids)].map((id) => graph.indexOf(id)).filter((i) => i >= 0);
  for (const a of known(query.avoid ?? [])) s.avoidStamp[a] = gen;
  const targets = known(query.targets);
  for (const t of targets) s.targetStamp[t] = gen;
  // sources in id order, so that equal bounds pop in a reproducible order
  const sources = known([...query.sources].sort());
  const q: IndexedQuery = { sources, targets, maxHops: query.maxHops, minTrust: query.minTrust };
  const oracle = new ReachOracle(graph, q, s, gen);
  const stats = { expanded: 0, queued: 0, truncated: false, oracleWork: 0, degreeReads: 0, depth: oracle.depth };
  const avoided = (i: number): boolean => s.avoidStamp[i] === gen;

  const heap = new StateHeap();
  for (const src of sources) {
    if (avoided(src)) continue;
    if (!oracle.isKnown(src, query.maxHops)) {
      // Many sources (a team-wide search) would each need their ties looked at; a cheap bound orders them instead,
      // and a source is looked at only when it comes to the top (most never do: the search stops first).
      const loose = oracle.looseBound(src, query.maxHops);
      heap.push({ node: src, parent: null, hops: 0, strength: 1, trust: 1, bound: quantizeUp(loose.strength), minHops: Math.max(1, loose.minHops), loose: true });
      stats.queued++;
      continue;
    }
    const best = oracle.strength(src, query.maxHops);
    if (Number.isNaN(best)) continue;
    // A source that is also a target is a path of no steps: not a path. It may still start longer ones.
    heap.push({ node: src, parent: null, hops: 0, strength: 1, trust: 1, bound: quantizeUp(best), minHops: Math.max(1, oracle.minHops(src, query.maxHops)) });
    stats.queued++;
  }

  const found: FoundPath[] = [];
  const kth = (): FoundPath | null => (found.length >= query.limit ? found[query.limit - 1] : null);
  /** True when nothing completed from a state with this bound and hop floor can enter the top `limit`. */
  const hopeless = (bound: number, minHops: number): boolean => {
    const k = kth();
    if (!k) return false;
    const qk = quantize(k.strength);
    return bound < qk || (bound === qk && minHops > k.hops);
  };

  while (heap.size > 0) {
    const top = heap.peek()!;
    if (hopeless(top.bound, top.minHops)) break;
    heap.pop();
    if (top.loose) {
      // the source's exact bounds, then back in the queue (not counted again: it is the same partial path)
      const best = oracle.strength(top.node, query.maxHops);
      if (Number.isNaN(best)) continue;
      heap.push({ ...top, bound: quantizeUp(best), minHops: Math.max(1, oracle.minHops(top.node, query.maxHops)), loose: false });
      continue;
    }
    stats.expanded++;
    if (top.hops >= 1 && s.targetStamp[top.node] === gen) {
      found.push(toPath(top, graph));
      found.sort(comparePaths);
      if (found.length > query.limit) found.length = query.limit;
    }
    if (top.hops >= query.maxHops) continue;
    const left = query.maxHops - top.hops - 1;
    const { to, trust } = graph.adjacency(top.node);
    for (let k = 0; k < to.length; k++) {
      const u = to[k];
      if (trust[k] < query.minTrust || avoided(u)) continue;
      const best = oracle.strength(u, left);
      if (Number.isNaN(best)) continue;
      if (contains(top, u)) continue;
      const strength = top.strength * trust[k];
      const bound = quantizeUp(strength * best);
      const minHops = top.hops + 1 + oracle.minHops(u, left);
      if (hopeless(bound, minHops)) continue;
      if (stats.queued >= budget) {
        stats.truncated = true;
        continue;
      }
      heap.push({ node: u, parent: top, hops: top.hops + 1, strength, trust: trust[k], bound, minHops });
      stats.queued++;
    }
  }
  stats.oracleWork = oracle.work;
  stats.degreeReads = oracle.degreeReads;
  return { paths: found, stats };
}
