import { Rng } from '@/generator/random';
import { type FoundPath, type PathQuery, comparePaths, roundStrength } from '@/domain/paths/k-best';
import { type TrustGraph } from '@/domain/paths/trust-graph';

/** Every simple path the contract allows, enumerated naively and sorted: the reference the search must equal. */
export function allPaths(graph: TrustGraph, q: PathQuery): FoundPath[] {
  const avoid = q.avoid ?? new Set<string>();
  const out: FoundPath[] = [];
  const walk = (people: string[], trusts: number[]): void => {
    const last = people[people.length - 1];
    if (trusts.length >= 1 && q.targets.has(last)) {
      const strength = trusts.reduce((a, t) => a * t, 1);
      out.push({ people: [...people], trusts: [...trusts], strength: roundStrength(strength), hops: trusts.length });
    }
    if (trusts.length === q.maxHops) return;
    for (const n of graph.neighbours(last)) {
      if (n.trust < q.minTrust || avoid.has(n.id) || people.includes(n.id)) continue;
      walk([...people, n.id], [...trusts, n.trust]);
    }
  };
  for (const s of q.sources) if (!avoid.has(s)) walk([s], []);
  return out.sort(comparePaths);
}

export function bruteForce(graph: TrustGraph, q: PathQuery): FoundPath[] {
  return allPaths(graph, q).slice(0, q.limit);
}

/** Uniform floats from the project's seeded generator, so random graphs are the same on every run. */
export function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.float();
}
