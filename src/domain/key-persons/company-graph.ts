/**
 * Graph measures inside one company: betweenness on the colleagues' trust ties and each person's span in the
 * reports-to chart. A company's subgraph is small (tens to a few thousand people), so both are exact.
 */

/** Up to this many people, betweenness is exact; above, it is estimated from this many sources. */
export const EXACT_BETWEENNESS_LIMIT = 100;

/**
 * Betweenness centrality (Brandes 2001) of an undirected, unweighted graph, normalised to the share of pairs of
 * other nodes whose shortest paths run through the node: 0 for a leaf, 1 for the centre of a star.
 * `nodes` fixes the order; edges naming unknown nodes are ignored. Exact (O(V·E)) up to `pivots` nodes; above,
 * estimated from `pivots` sources spread evenly over `nodes` (Brandes & Pich 2007), scaled by V / pivots:
 * deterministic, so every engine and every run gives the same estimate.
 */
export function betweenness(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
  pivots: number = EXACT_BETWEENNESS_LIMIT,
): Map<string, number> {
  const index = new Map(nodes.map((id, i) => [id, i] as const));
  const from: number[] = [];
  const to: number[] = [];
  for (const [x, y] of edges) {
    const a = index.get(x);
    const b = index.get(y);
    if (a === undefined || b === undefined) continue;
    from.push(a);
    to.push(b);
  }
  const cb = indexedBetweenness(nodes.length, from, to, pivots);
  return new Map(nodes.map((id, i) => [id, cb[i]] as const));
}

/**
 * betweenness on nodes 0…n−1 and edges from[i]–to[i] (self-loops and repeats ignored), by node index: the same
 * numbers, without an id per node (scoreKeyPersons indexes a company's members once).
 */
export function indexedBetweenness(n: number, from: ArrayLike<number>, to: ArrayLike<number>, pivots: number = EXACT_BETWEENNESS_LIMIT): Float64Array {
  // Compressed adjacency (each undirected edge once per side, duplicates dropped), in the order edges come.
  const pairs = new Set<number>();
  for (let i = 0; i < from.length; i++) {
    const a = from[i];
    const b = to[i];
    if (a === b || a < 0 || b < 0 || a >= n || b >= n) continue;
    pairs.add(a < b ? a * n + b : b * n + a);
  }
  const degree = new Int32Array(n + 1);
  for (const key of pairs) {
    degree[Math.floor(key / n)]++;
    degree[key % n]++;
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + degree[v];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]);
  for (const key of pairs) {
    const a = Math.floor(key / n);
    const b = key % n;
    targets[fill[a]++] = b;
    targets[fill[b]++] = a;
  }
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  // each node's predecessors in the current search, in its slice of the adjacency (it has at most its degree)
  const preds = new Int32Array(offsets[n]);
  const predCount = new Int32Array(n);
  const k = Math.min(n, Math.max(1, pivots));
  const scale = n / k;
  for (let p = 0; p < k; p++) {
    const s = k === n ? p : Math.floor((p * n) / k);
    if (offsets[s + 1] === offsets[s]) continue;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++];
      const dv = dist[v] + 1;
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = targets[e];
        if (dist[w] < 0) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) {
          sigma[w] += sigma[v];
          preds[offsets[w] + predCount[w]++] = v; // v is one step before w on a shortest path
        }
      }
    }
    // dependencies, farthest first; each w adds to each of its predecessors once, so the order of the sums is the
    // order of the w's (as when scanning all of w's neighbours for them)
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const coeff = (1 + delta[w]) / sigma[w];
      for (let e = offsets[w], end = e + predCount[w]; e < end; e++) {
        const v = preds[e];
        delta[v] += sigma[v] * coeff;
      }
      cb[w] += delta[w] * scale;
    }
    // only the nodes this search reached were touched: reset just those (a company's trust graph is often in pieces)
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
      predCount[v] = 0;
    }
  }
  // Each unordered pair was counted from both ends: halve, then divide by the number of pairs of other nodes.
  const others = ((n - 1) * (n - 2)) / 2;
  for (let i = 0; i < n; i++) cb[i] = others > 0 ? cb[i] / 2 / others : 0;
  return cb;
}

/**
 * How many people each person has below them in the reports-to chart (directly or through others), counting
 * only `nodes`. Cycles (bad data) are tolerated: nobody counts themselves.
 */
export function chartSpan(nodes: readonly string[], reportsTo: readonly { repId: string; bossId: string }[]): Map<string, number> {
  const inside = new Set(nodes);
  const reports = new Map<string, string[]>();
  for (const { repId, bossId } of reportsTo) {
    if (!inside.has(repId) || !inside.has(bossId) || repId === bossId) continue;
    const list = reports.get(bossId) ?? [];
    list.push(repId);
    reports.set(bossId, list);
  }
  const span = new Map<string, number>();
  for (const id of nodes) {
    if (!reports.has(id)) {
      span.set(id, 0);
      continue;
    }
    const below = new Set<string>();
    const stack = [...reports.get(id)!];
    while (stack.length) {
      const x = stack.pop()!;
      if (x === id || below.has(x)) continue;
      below.add(x);
      for (const y of reports.get(x) ?? []) stack.push(y);
    }
    span.set(id, below.size);
  }
  return span;
}
