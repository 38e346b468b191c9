import { FetchPlan } from '@/domain/paths/fetch-plan';
import { type PathQuery, kBestPaths } from '@/domain/paths/k-best';
import { TrustGraph } from '@/domain/paths/trust-graph';
import { bruteForce, rng } from './brute-force';

/** A search that reads neighbourhoods from `full` as the store would: only what the plan asks for. */
function searchByFetching(full: TrustGraph, q: PathQuery): { paths: string[]; read: number; roundTrips: number } {
  const partial = new TrustGraph();
  const plan = new FetchPlan(q.sources, q.targets, q.maxHops, q.minTrust, q.avoid);
  let read = 0;
  for (let ids = plan.next(); ids; ids = plan.next()) {
    for (const id of ids) {
      read++;
      for (const n of full.neighbours(id)) partial.addTie(id, n.id, n.trust);
    }
    plan.done(partial);
  }
  const { paths } = kBestPaths(plan.view(partial), q);
  return { paths: paths.map((p) => `${p.people.join('>')}:${p.strength}`), read, roundTrips: plan.roundTrips };
}

describe('FetchPlan', () => {
  it('reads both ends level by level: two round trips for four hops between two people', () => {
    const g = new TrustGraph();
    for (const [a, b] of [['m', 'a'], ['a', 'b'], ['b', 'c'], ['c', 't'], ['m', 'x'], ['x', 'y'], ['y', 'z'], ['z', 'w']]) g.addTie(a, b, 0.9);
    const q: PathQuery = { sources: new Set(['m']), targets: new Set(['t']), maxHops: 4, limit: 5, minTrust: 0 };
    const result = searchByFetching(g, q);
    expect(result.paths).toEqual(['m>a>b>c>t:0.6561']);
    expect(result.roundTrips).toBe(2);
    // m, t, then a, x (m's side) and c (t's side): never y, z, w
    expect(result.read).toBe(5);
  });

  it('stops as soon as one side has nobody new to read', () => {
    const g = new TrustGraph();
    g.addTie('m', 'a', 0.9);
    g.addTie('t', 'u', 0.9);
    const q: PathQuery = { sources: new Set(['m']), targets: new Set(['t']), maxHops: 6, limit: 5, minTrust: 0 };
    const result = searchByFetching(g, q);
    expect(result.paths).toEqual([]);
    expect(result.roundTrips).toBeLessThanOrEqual(2);
  });

  it('does not follow steps below minTrust or avoided people', () => {
    const g = new TrustGraph();
    g.addTie('m', 'weak', 0.1);
    g.addTie('weak', 'far', 0.9);
    g.addTie('m', 'avoided', 0.9);
    g.addTie('avoided', 'far2', 0.9);
    g.addTie('t', 'u', 0.9);
    const plan = new FetchPlan(['m'], ['t'], 6, 0.5, new Set(['avoided']));
    const reads: string[][] = [];
    for (let ids = plan.next(); ids; ids = plan.next()) {
      reads.push([...ids].sort());
      for (const id of ids) for (const n of g.neighbours(id)) void n;
      plan.done(g);
    }
    expect(reads.flat()).not.toContain('weak');
    expect(reads.flat()).not.toContain('avoided');
  });

  it('gives the same paths as a search over the whole graph (random graphs, team-wide and company targets)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = rng(seed);
      const n = 20 + Math.floor(random() * 60);
      const full = new TrustGraph();
      for (let e = 0; e < n * (1 + random() * 2); e++) {
        full.addTie(`p${Math.floor(random() * n)}`, `p${Math.floor(random() * n)}`, Math.round(random() * 20) / 20);
      }
      const teamWide = random() < 0.3;
      const q: PathQuery = {
        sources: new Set(teamWide ? ['p0', 'p1', 'p2', 'p3', 'p4'] : ['p0']),
        targets: new Set(random() < 0.3 ? [`p${n - 1}`, `p${n - 2}`] : [`p${n - 1}`]),
        maxHops: 1 + Math.floor(random() * 6),
        limit: 1 + Math.floor(random() * 8),
        minTrust: random() < 0.5 ? 0 : 0.3,
        avoid: new Set(random() < 0.3 ? [`p${5 + Math.floor(random() * (n - 10))}`] : []),
      };
      const expected = bruteForce(full, q).map((p) => `${p.people.join('>')}:${p.strength}`);
      expect({ seed, paths: searchByFetching(full, q).paths }).toEqual({ seed, paths: expected });
    }
  });
});
