import { type Csr } from './team-brokerage';

/** A pair of people whose ties were written, and whether a tie of at least the adjacency's minTrust joins them now. */
export interface PairNow {
  a: string;
  b: string;
  tied: boolean;
}

/**
 * The adjacency of buildCsr after some pairs' ties changed, from the one before: the same nodes in the same order,
 * each changed neighbour list kept sorted, the rest copied as they were, so that the analysis of it is exactly that
 * of a fresh buildCsr (the same arrays, element for element). Null when the set of people changes (someone gets their
 * first tie, or a non-manager loses their last): buildCsr again. Pure; `before` is not changed.
 */
export function patchCsr(before: Csr, pairs: readonly PairNow[], isManager: (id: string) => boolean): Csr | null {
  const { index, offsets, targets } = before;
  const lists = new Map<number, number[]>();
  const listOf = (v: number): number[] => {
    let l = lists.get(v);
    if (!l) lists.set(v, (l = Array.from(targets.subarray(offsets[v], offsets[v + 1]))));
    return l;
  };
  for (const { a, b, tied } of pairs) {
    if (a === b) continue;
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) {
      if (tied) return null;
      continue;
    }
    for (const [v, w] of [[ia, ib], [ib, ia]]) {
      const l = listOf(v);
      const at = lowerBound(l, w);
      const has = l[at] === w;
      if (tied && !has) l.splice(at, 0, w);
      else if (!tied && has) l.splice(at, 1);
    }
  }
  for (const [v, l] of lists) if (l.length === 0 && !isManager(before.ids[v])) return null;
  const n = before.ids.length;
  const changed = [...lists.keys()].sort((x, y) => x - y);
  let size = targets.length;
  for (const v of changed) size += lists.get(v)!.length - (offsets[v + 1] - offsets[v]);
  const nextOffsets = new Int32Array(n + 1);
  const nextTargets = new Int32Array(size);
  let out = 0;
  let from = 0; // the first node not yet copied
  for (const v of [...changed, n]) {
    // nodes from..v-1 unchanged: one copy, offsets shifted
    const shift = out - offsets[from];
    nextTargets.set(targets.subarray(offsets[from], offsets[v]), out);
    for (let u = from; u < v; u++) nextOffsets[u] = offsets[u] + shift;
    out += offsets[v] - offsets[from];
    if (v === n) break;
    nextOffsets[v] = out;
    const l = lists.get(v)!;
    nextTargets.set(l, out);
    out += l.length;
    from = v + 1;
  }
  nextOffsets[n] = out;
  return { ids: before.ids, index, offsets: nextOffsets, targets: nextTargets, ties: out / 2 };
}

function lowerBound(l: number[], x: number): number {
  let lo = 0;
  let hi = l.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (l[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
