import { analyseBrokerage, type TrustNetworkInput } from '@/domain/brokers/team-brokerage';

function network(managers: string[], edges: [string, string, number?][], companyOf: Record<string, string> = {}): TrustNetworkInput {
  return {
    managers,
    from: edges.map((e) => e[0]),
    to: edges.map((e) => e[1]),
    trust: edges.map((e) => e[2] ?? 1),
    companyOf: new Map(Object.entries(companyOf)),
  };
}

describe('team brokerage', () => {
  // m1 - a - b - c, m2 - a, b - d, and e - f out of reach.
  const input = network(['m1', 'm2'], [['m1', 'a'], ['m2', 'a'], ['a', 'b'], ['b', 'c'], ['b', 'd'], ['e', 'f']], { a: 'x', b: 'y', c: 'y', d: 'z' });

  it('ranks by the share of the team’s shortest chains that pass through each person', () => {
    const r = analyseBrokerage(input, { minTrust: 0, top: 10 });
    expect(r.reachable).toBe(4);
    expect(r.managers).toBe(2);
    const by = Object.fromEntries(r.brokers.map((b) => [b.personId, b]));
    expect(r.brokers.map((b) => b.personId)).toEqual(['a', 'b', 'm1', 'm2']);
    expect(by.a.reachedThrough).toBeCloseTo(3);
    expect(by.b.reachedThrough).toBeCloseTo(2);
    expect(by.m1.reachedThrough).toBeCloseTo(2); // half of a, b, c, d each
    expect(by.a.share).toBeCloseTo(0.75);
  });

  it('counts who hangs on a person (cut off) and whose every shortest chain passes through them', () => {
    const r = analyseBrokerage(input, { minTrust: 0, top: 10 });
    const by = Object.fromEntries(r.brokers.map((b) => [b.personId, b]));
    expect([by.a.cutOff, by.a.dependents]).toEqual([3, 3]);
    expect([by.b.cutOff, by.b.dependents]).toEqual([2, 2]);
    expect([by.m1.cutOff, by.m1.dependents]).toEqual([0, 0]); // m2 reaches a too
    expect(by.a.cutOffCompanies).toBe(2);
    expect(by.a.companies).toEqual([
      { companyId: 'y', reachedThrough: 2, dependents: 2, cutOff: 2 },
      { companyId: 'z', reachedThrough: 1, dependents: 1, cutOff: 1 },
    ]);
  });

  it('leaves out ties below minTrust and filters by kind', () => {
    const weak = network(['m1', 'm2'], [['m1', 'a', 0.9], ['m2', 'a', 0.2], ['a', 'b', 0.9]]);
    const r = analyseBrokerage(weak, { minTrust: 0.5, top: 10, kind: 'MANAGER' });
    expect(r.brokers.map((b) => [b.personId, b.reachedThrough, b.cutOff])).toEqual([['m1', 2, 2]]);
    const all = analyseBrokerage(weak, { minTrust: 0, top: 10, kind: 'MANAGER' });
    expect(all.brokers.map((b) => [b.personId, b.cutOff])).toEqual([['m1', 0], ['m2', 0]]);
  });

  it('matches brute force on random networks', () => {
    let seed = 42;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 25; round++) {
      const n = 12 + Math.floor(rand() * 20);
      const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(2, '0')}`);
      const managers = ids.slice(0, 1 + Math.floor(rand() * 3));
      const edges: [string, string][] = [];
      for (let i = 0; i < n * 1.4; i++) {
        const x = ids[Math.floor(rand() * n)];
        const y = ids[Math.floor(rand() * n)];
        if (x !== y) edges.push([x, y]);
      }
      const r = analyseBrokerage(network(managers, edges), { minTrust: 0, top: 1000 });
      const base = bfs(ids, edges, managers, null);
      for (const b of r.brokers) {
        const without = bfs(ids, edges, managers, b.personId);
        let cut = 0, dependents = 0, through = 0;
        for (const t of ids) {
          if (t === b.personId || base.dist.get(t) === undefined || managers.includes(t)) continue;
          if (without.dist.get(t) === undefined) cut++;
          if (without.dist.get(t) !== base.dist.get(t)) dependents++;
          // Chains of the original length that avoid b: count them on the original levels without b.
          through += 1 - (shortestAvoiding(ids, edges, managers, base.dist, b.personId).get(t) ?? 0) / base.sigma.get(t)!;
        }
        expect([b.personId, b.cutOff, b.dependents]).toEqual([b.personId, cut, dependents]);
        expect(b.reachedThrough).toBeCloseTo(through, 9);
      }
    }
  });
});

function adjacency(ids: string[], edges: [string, string][]): Map<string, Set<string>> {
  const adj = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const [x, y] of edges) {
    adj.get(x)!.add(y);
    adj.get(y)!.add(x);
  }
  return adj;
}

function bfs(ids: string[], edges: [string, string][], managers: string[], removed: string | null) {
  const adj = adjacency(ids, edges);
  const dist = new Map<string, number>();
  const sigma = new Map<string, number>();
  const queue = managers.filter((m) => m !== removed);
  for (const m of queue) {
    dist.set(m, 0);
    sigma.set(m, 1);
  }
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const w of adj.get(v)!) {
      if (w === removed) continue;
      if (!dist.has(w)) {
        dist.set(w, dist.get(v)! + 1);
        sigma.set(w, 0);
        queue.push(w);
      }
      if (dist.get(w) === dist.get(v)! + 1) sigma.set(w, sigma.get(w)! + sigma.get(v)!);
    }
  }
  return { dist, sigma };
}

function shortestAvoiding(ids: string[], edges: [string, string][], managers: string[], dist: Map<string, number>, removed: string): Map<string, number> {
  const adj = adjacency(ids, edges);
  const order = [...dist.keys()].sort((x, y) => dist.get(x)! - dist.get(y)!);
  const sigma = new Map<string, number>();
  for (const t of order) {
    if (t === removed) continue;
    if (managers.includes(t)) {
      sigma.set(t, 1);
      continue;
    }
    let s = 0;
    for (const p of adj.get(t)!) if (p !== removed && dist.get(p) === dist.get(t)! - 1) s += sigma.get(p) ?? 0;
    sigma.set(t, s);
  }
  return sigma;
}
