/**
 * Brokers of the trust network, seen from our team: the people (ours or a partner's) through whom our managers'
 * shortest chains of ties reach the rest of the network, and whose loss would cut people off.
 *
 * Our managers act together as one source (a virtual root tied to every manager), so one breadth-first search
 * from the team gives, exactly and in O(V + E):
 *   reachedThrough(v)  Brandes' dependency of the team on v: Σ over people t of the share of the team's shortest
 *                      chains to t that pass through v (source-restricted betweenness; managers count their own
 *                      territory);
 *   dependents(v)      people whose every shortest chain from the team passes through v (v dominates them in the
 *                      shortest-path DAG): losing v makes them further away or unreachable;
 *   cutOff(v)          people the team could not reach at all without v (v is an articulation point between the
 *                      team and them; Hopcroft–Tarjan low-links on one iterative DFS).
 * Ties are undirected and unweighted; ties below `minTrust` are left out. Pure: no I/O.
 */

export interface TrustNetworkInput {
  /** Our managers (the team). */
  managers: readonly string[];
  /** Tie endpoints, parallel arrays: tie i joins from[i] and to[i] with trust[i]. */
  from: readonly string[];
  to: readonly string[];
  trust: ArrayLike<number>;
  /** Current company of each person who works somewhere now. */
  companyOf: ReadonlyMap<string, string>;
}

export interface BrokerCompany {
  companyId: string;
  /** People of this company reached through the broker (shares of shortest chains summed). */
  reachedThrough: number;
  dependents: number;
  cutOff: number;
}

export interface Broker {
  personId: string;
  isManager: boolean;
  /** Hops from the nearest manager (0 for a manager). */
  distance: number;
  reachedThrough: number;
  /** reachedThrough ÷ people the team reaches (managers excluded). */
  share: number;
  dependents: number;
  cutOff: number;
  /** Companies with at least one current person cut off without the broker. */
  cutOffCompanies: number;
  /** Companies reached through the broker, most reached first (at most `companiesPerBroker`). */
  companies: BrokerCompany[];
}

export interface BrokerageResult {
  people: number;
  ties: number;
  managers: number;
  /** People the team reaches through ties of at least minTrust (managers excluded). */
  reachable: number;
  minTrust: number;
  brokers: Broker[];
}

export interface BrokerageOptions {
  minTrust: number;
  /** How many brokers to describe in full (ranked by reachedThrough, then cutOff, then id). */
  top: number;
  /** Only managers, only reps, or both. */
  kind?: 'MANAGER' | 'REP' | null;
  companiesPerBroker?: number;
}

export interface Csr {
  ids: string[];
  /** Each id's node (its place in `ids`). */
  index: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
  ties: number;
}

/** Undirected adjacency in compressed rows; node order = sorted ids, neighbour lists sorted and without repeats (deterministic). */
export function buildCsr(input: TrustNetworkInput, minTrust: number): Csr {
  const keep = (i: number): boolean => input.trust[i] >= minTrust && input.from[i] !== input.to[i];
  const idSet = new Set<string>(input.managers);
  for (let i = 0; i < input.from.length; i++) {
    if (!keep(i)) continue;
    idSet.add(input.from[i]);
    idSet.add(input.to[i]);
  }
  const ids = [...idSet].sort();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const n = ids.length;
  const a = new Int32Array(input.from.length);
  const b = new Int32Array(input.from.length);
  let m = 0;
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < input.from.length; i++) {
    if (!keep(i)) continue;
    a[m] = index.get(input.from[i])!;
    b[m] = index.get(input.to[i])!;
    degree[a[m]]++;
    degree[b[m]]++;
    m++;
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + degree[v];
  const fill = offsets.slice(0, n);
  const raw = new Int32Array(offsets[n]);
  for (let i = 0; i < m; i++) {
    raw[fill[a[i]]++] = b[i];
    raw[fill[b[i]]++] = a[i];
  }
  // Sort each list and drop repeats (a pair recorded twice), compacting as we go.
  const compact = new Int32Array(n + 1);
  const targets = new Int32Array(offsets[n]);
  let out = 0;
  let ties = 0;
  for (let v = 0; v < n; v++) {
    const list = raw.subarray(offsets[v], offsets[v + 1]).sort();
    compact[v] = out;
    for (let k = 0; k < list.length; k++) {
      if (k > 0 && list[k] === list[k - 1]) continue;
      targets[out++] = list[k];
      if (list[k] > v) ties++;
    }
  }
  compact[n] = out;
  return { ids, index, offsets: compact, targets: targets.subarray(0, out), ties };
}

/** `g`: the network's adjacency at `options.minTrust`, when the caller keeps it (buildCsr, or patchCsr after a write). */
export function analyseBrokerage(input: TrustNetworkInput, options: BrokerageOptions, g: Csr = buildCsr(input, options.minTrust)): BrokerageResult {
  const { ids, index, offsets, targets } = g;
  const n = ids.length;
  const isManager = new Uint8Array(n);
  const managers: number[] = [];
  for (const m of new Set(input.managers)) {
    const i = index.get(m)!;
    isManager[i] = 1;
    managers.push(i);
  }
  managers.sort((x, y) => x - y);

  // Breadth-first search from the whole team at once: dist, number of shortest chains (sigma), visit order.
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const order = new Int32Array(n);
  let tail = 0;
  for (const m of managers) {
    dist[m] = 0;
    sigma[m] = 1;
    order[tail++] = m;
  }
  for (let head = 0; head < tail; head++) {
    const v = order[head];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (dist[w] < 0) {
        dist[w] = dist[v] + 1;
        order[tail++] = w;
      }
      if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
    }
  }
  const reachable = tail - managers.length;

  // Brandes' accumulation, deepest first.
  const delta = new Float64Array(n);
  for (let i = tail - 1; i >= 0; i--) {
    const w = order[i];
    const d = dist[w];
    if (d === 0) continue;
    const coeff = (1 + delta[w]) / sigma[w];
    for (let e = offsets[w]; e < offsets[w + 1]; e++) {
      const v = targets[e];
      if (dist[v] === d - 1) delta[v] += sigma[v] * coeff;
    }
  }

  const cut = articulationCuts(g, managers);

  const candidates: number[] = [];
  for (let i = 0; i < tail; i++) {
    const v = order[i];
    if (delta[v] <= 0) continue;
    if (options.kind === 'MANAGER' && !isManager[v]) continue;
    if (options.kind === 'REP' && isManager[v]) continue;
    candidates.push(v);
  }
  candidates.sort((x, y) => delta[y] - delta[x] || cut.size[y] - cut.size[x] || (ids[x] < ids[y] ? -1 : 1));
  const top = candidates.slice(0, options.top);

  const phi = new Float64Array(n);
  const inCone = new Uint8Array(n);
  const brokers = top.map((v) => describe(v));
  return { people: n, ties: g.ties, managers: managers.length, reachable, minTrust: options.minTrust, brokers };

  function describe(v: number): Broker {
    // Share of the team's shortest chains to each t that pass through v, forward along the DAG from v.
    const cone: number[] = [v];
    phi[v] = 1;
    inCone[v] = 1;
    for (let head = 0; head < cone.length; head++) {
      const t = cone[head];
      if (t !== v) {
        let s = 0;
        for (let e = offsets[t]; e < offsets[t + 1]; e++) {
          const p = targets[e];
          if (dist[p] === dist[t] - 1 && phi[p] > 0) s += sigma[p] * phi[p];
        }
        phi[t] = s / sigma[t];
      }
      for (let e = offsets[t]; e < offsets[t + 1]; e++) {
        const u = targets[e];
        if (dist[u] === dist[t] + 1 && !inCone[u]) {
          inCone[u] = 1;
          cone.push(u);
        }
      }
    }
    const perCompany = new Map<string, BrokerCompany>();
    const company = (t: number): BrokerCompany | null => {
      const c = input.companyOf.get(ids[t]);
      if (!c) return null;
      let entry = perCompany.get(c);
      if (!entry) perCompany.set(c, (entry = { companyId: c, reachedThrough: 0, dependents: 0, cutOff: 0 }));
      return entry;
    };
    let dependents = 0;
    for (let i = 1; i < cone.length; i++) {
      const t = cone[i];
      const c = company(t);
      if (c) c.reachedThrough += phi[t];
      if (phi[t] > 1 - 1e-9) {
        dependents++;
        if (c) c.dependents++;
      }
    }
    for (const t of cone) {
      phi[t] = 0;
      inCone[t] = 0;
    }
    for (const t of cut.separated(v)) {
      const c = company(t);
      if (c) c.cutOff++;
    }
    const companies = [...perCompany.values()];
    const cutOffCompanies = companies.filter((c) => c.cutOff > 0).length;
    companies.sort((x, y) => y.reachedThrough - x.reachedThrough || y.cutOff - x.cutOff || (x.companyId < y.companyId ? -1 : 1));
    return {
      personId: ids[v],
      isManager: isManager[v] === 1,
      distance: dist[v],
      reachedThrough: delta[v],
      share: reachable > 0 ? delta[v] / reachable : 0,
      dependents,
      cutOff: cut.size[v],
      cutOffCompanies,
      companies: companies.slice(0, options.companiesPerBroker ?? 10),
    };
  }
}

/**
 * Articulation points between the team and everyone else: an iterative DFS from a virtual root tied to every
 * manager. For a node v and a DFS child w with low[w] >= pre[v], the whole DFS subtree of w hangs on v.
 */
function articulationCuts(g: Csr, managers: number[]): { size: Int32Array; separated: (v: number) => number[] } {
  const { offsets, targets } = g;
  const n = g.ids.length;
  const pre = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n).fill(1);
  const byPre = new Int32Array(n);
  const cutSize = new Int32Array(n);
  const edgeCursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const managerSet = new Set(managers);
  let counter = 1; // pre 0 is the virtual root
  for (const root of managers) {
    if (pre[root] >= 0) continue;
    // Each manager hangs on the virtual root; low values can reach 0 through any other manager (see below).
    let top = 0;
    stack[top++] = root;
    pre[root] = counter;
    byPre[counter - 1] = root;
    counter++;
    low[root] = pre[root];
    edgeCursor[root] = offsets[root];
    while (top > 0) {
      const v = stack[top - 1];
      if (edgeCursor[v] < offsets[v + 1]) {
        const w = targets[edgeCursor[v]++];
        if (pre[w] < 0) {
          parent[w] = v;
          pre[w] = counter;
          byPre[counter - 1] = w;
          counter++;
          low[w] = pre[w];
          edgeCursor[w] = offsets[w];
          stack[top++] = w;
        } else if (w !== parent[v] && pre[w] < low[v]) {
          low[v] = pre[w];
        }
      } else {
        top--;
        // A manager is tied to the virtual root: nothing below another manager hangs on anyone.
        if (managerSet.has(v)) low[v] = 0;
        const p = parent[v];
        if (p >= 0) {
          size[p] += size[v];
          if (low[v] < low[p]) low[p] = low[v];
          if (low[v] >= pre[p]) cutSize[p] += size[v];
        }
      }
    }
  }
  return {
    size: cutSize,
    separated(v: number): number[] {
      const out: number[] = [];
      if (pre[v] < 0) return out;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (parent[w] !== v || low[w] < pre[v]) continue;
        for (let k = pre[w]; k < pre[w] + size[w]; k++) out.push(byPre[k - 1]);
      }
      return out;
    },
  };
}
