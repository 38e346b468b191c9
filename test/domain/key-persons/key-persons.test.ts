import { type CompanySubgraph, KEY_PERSON_WEIGHTS, scoreKeyPersons } from '@/domain/key-persons/key-persons';
import { betweenness, chartSpan } from '@/domain/key-persons/company-graph';
import { combinedTrust, recencyWeight, saturate } from '@/domain/key-persons/math';
import { titleRank } from '@/domain/key-persons/title-rank';

const TODAY = '2026-01-01';

/** A (部長) ← B (担当), C (no title); ties A–B 0.8, B–C 0.6 (B bridges). */
function company(): CompanySubgraph {
  return {
    companyId: 'c', companyName: 'C',
    members: [
      { id: 'A', name: 'A', title: '部長', department: '営業部', since: null },
      { id: 'B', name: 'B', title: '担当', department: '営業部', since: null },
      { id: 'C', name: 'C', title: null, department: null, since: null },
    ],
    ties: [{ a: 'A', b: 'B', trust: 0.8 }, { a: 'B', b: 'C', trust: 0.6 }, { a: 'B', b: 'X', trust: 1 }],
    chart: [{ repId: 'B', bossId: 'A' }, { repId: 'C', bossId: 'A' }],
    deals: [
      { id: 'd1', repId: 'B', stage: 'WON', amount: 1_000_000, closedAt: TODAY, proposedAt: null },
      { id: 'd2', repId: 'A', stage: 'OPEN', amount: 5_000_000, closedAt: null, proposedAt: TODAY },
      { id: 'd3', repId: 'X', stage: 'WON', amount: 1_000_000, closedAt: '2025-01-01', proposedAt: null },
    ],
    introductions: [{ introducerId: 'C', outcome: 'MET', at: TODAY }, { introducerId: 'X', outcome: 'MET', at: TODAY }],
    managerTies: [
      { personId: 'A', managerId: 'm1', managerName: 'M1', trust: 0.5 },
      { personId: 'A', managerId: 'm2', managerName: 'M2', trust: 0.5 },
      { personId: 'B', managerId: 'm1', managerName: 'M1', trust: 0.9 },
      { personId: 'X', managerId: 'm1', managerName: 'M1', trust: 1 },
    ],
  };
}

describe('key-person score', () => {
  const ranked = scoreKeyPersons(company(), TODAY);
  const by = Object.fromEntries(ranked.map((k) => [k.personId, k]));

  it('weights sum to 1, so a score stays in [0, 1]', () => {
    expect(Object.values(KEY_PERSON_WEIGHTS).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('computes each signal by the documented formula', () => {
    // A: 0.6 × 0.7 (部長) + 0.4 × ln(1 + 2) / ln(3); reach 0.8 / 3.8; open deal only: 0.5 × sat(0.25, 2); 1 − 0.5 × 0.5
    expect(by.A.signals).toEqual({ seniority: 0.82, reach: 0.2105, centrality: 0, dealInfluence: 0.0556, introductions: 0, ourTrust: 0.75 });
    // B: staff 0.6 × 0.2; reach 1.4 / 4.4; the only bridge; 0.5 × sat(1, 2) + 0.5 × (1M / (1M + 0.5 × 1M)); 0.9
    expect(by.B.signals).toEqual({ seniority: 0.12, reach: 0.3182, centrality: 1, dealInfluence: 0.5, introductions: 0, ourTrust: 0.9 });
    // C: no title 0.6 × 0.15; reach 0.6 / 3.6; one MET introduction today: sat(1, 1)
    expect(by.C.signals).toEqual({ seniority: 0.09, reach: 0.1667, centrality: 0, dealInfluence: 0, introductions: 0.5, ourTrust: 0 });
  });

  it('adds the weighted signals and ranks by score', () => {
    expect(ranked.map((k) => k.personId)).toEqual(['B', 'A', 'C']);
    expect(by.A.score).toBeCloseTo(0.3 * 0.82 + 0.15 * (0.8 / 3.8) + 0.2 * 0.5 * (0.25 / 2.25) + 0.1 * 0.75, 4);
    expect(by.B.score).toBeCloseTo(0.3 * 0.12 + 0.15 * (1.4 / 4.4) + 0.15 + 0.2 * 0.5 + 0.1 * 0.9, 4);
    expect(by.C.score).toBeCloseTo(0.3 * 0.09 + 0.15 * (0.6 / 3.6) + 0.1 * 0.5, 4);
  });

  it('ranks only the members given: ties, deals and introductions of others are not theirs', () => {
    expect(ranked.map((k) => k.personId)).not.toContain('X');
    expect(by.B.facts.colleagueTies).toBe(2);
  });

  it('explains the signals that raised the score, strongest first', () => {
    expect(by.B.reasons).toEqual([
      'Bridges colleagues: on 100% of the shortest trust paths between other colleagues',
      "Handled 1 won deal worth ¥1,000,000 (67% of the company's recent won revenue); 1 in the last year",
      'Known to our managers: M1 (trust 0.90)',
      'Trusted by 2 colleagues (average trust 0.70)',
    ]);
    expect(by.A.reasons[0]).toBe('Senior title: 部長 (department head) in 営業部; 2 of 2 colleagues report up to them');
    expect(by.A.reasons).toContain('Known to our managers: M1 (trust 0.50), M2 (trust 0.50)');
    expect(by.C.reasons).toEqual(['Introduced 1 person to our managers (1 met)', 'Trusted by 1 colleague (average trust 0.60)']);
  });

  it('gives a sentence to someone with no signal at all', () => {
    const g: CompanySubgraph = { ...company(), members: [{ id: 'Z', name: 'Z', title: '担当', department: '総務部', since: null }] };
    expect(scoreKeyPersons(g, TODAY)[0].reasons).toEqual(['Works here now as 担当 in 総務部; no stronger signal recorded yet']);
  });

  it('rises with each signal', () => {
    const more = company();
    more.managerTies.push({ personId: 'C', managerId: 'm3', managerName: 'M3', trust: 0.4 });
    more.deals.push({ id: 'd9', repId: 'C', stage: 'WON', amount: 100, closedAt: TODAY, proposedAt: null });
    const c2 = scoreKeyPersons(more, TODAY).find((k) => k.personId === 'C')!;
    expect(c2.signals.ourTrust).toBeCloseTo(0.4);
    expect(c2.signals.dealInfluence).toBeGreaterThan(0);
    expect(c2.score).toBeGreaterThan(by.C.score);
  });

  it('weighs old deals less (half-life 365 days)', () => {
    const old = company();
    old.deals[0] = { ...old.deals[0], closedAt: '2025-01-01' };
    const b = scoreKeyPersons(old, TODAY).find((k) => k.personId === 'B')!;
    // won weight 0.5: 0.5 × sat(0.5, 2) + 0.5 × (0.5M / 1M)
    expect(b.signals.dealInfluence).toBeCloseTo(0.5 * (0.5 / 2.5) + 0.5 * 0.5, 4);
  });

  it('orders by name then id on equal scores, whatever order the rows came in', () => {
    const g: CompanySubgraph = {
      ...company(), ties: [], chart: [], deals: [], introductions: [], managerTies: [],
      members: ['p3', 'p1', 'p2'].map((id) => ({ id, name: id === 'p3' ? 'あ' : 'い', title: null, department: null, since: null })),
    };
    expect(scoreKeyPersons(g, TODAY).map((k) => k.personId)).toEqual(['p3', 'p1', 'p2']);
  });
});

describe('building blocks', () => {
  it('reads titles by level', () => {
    expect(titleRank('代表取締役社長').rank).toBe(1);
    expect(titleRank('取締役営業本部長').rank).toBe(0.9);
    expect(titleRank('営業本部長').rank).toBe(0.8);
    expect(titleRank('営業部長').rank).toBe(0.7);
    expect(titleRank('課長').rank).toBe(0.5);
    expect(titleRank('部長代理').rank).toBe(0.6);
    expect(titleRank('課長補佐').rank).toBe(0.4);
    expect(titleRank('Sales Manager').rank).toBe(0.5);
    expect(titleRank('主任').rank).toBe(0.3);
    expect(titleRank('担当').rank).toBe(0.2);
    expect(titleRank(null).rank).toBe(0.15);
  });

  it('computes betweenness exactly on small graphs and estimates it deterministically on large ones', () => {
    const star = betweenness(['c', 'a', 'b', 'd'], [['c', 'a'], ['c', 'b'], ['c', 'd']]);
    expect([star.get('c'), star.get('a')]).toEqual([1, 0]);
    const path = betweenness(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]);
    expect(path.get('b')).toBeCloseTo(2 / 3);
    // A ring of 300 with a hub: the hub dominates, exact and estimated agree on that, and the estimate repeats.
    const n = 300;
    const nodes = Array.from({ length: n }, (_, i) => `p${i}`);
    const edges: [string, string][] = nodes.map((x, i) => [x, nodes[(i + 1) % n]] as [string, string]);
    for (let i = 0; i < n; i += 3) edges.push(['p0', nodes[i]]);
    const exact = betweenness(nodes, edges, n);
    const estimate = betweenness(nodes, edges);
    expect(betweenness(nodes, edges)).toEqual(estimate);
    expect(estimate.get('p0')).toBeCloseTo(exact.get('p0')!, 1);
  });

  it('computes exact betweenness on a graph in pieces, as counting every pair\'s shortest paths does', () => {
    // two components and isolated people: each search touches part of the graph only
    const nodes = Array.from({ length: 40 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const edges: [string, string][] = [];
    let seed = 7;
    const rnd = (k: number): number => (seed = (seed * 48271) % 2147483647) % k;
    for (let i = 0; i < 60; i++) {
      const half = rnd(2) * 18;
      edges.push([nodes[half + rnd(18)], nodes[half + rnd(18)]]);
    }
    const got = betweenness(nodes, edges);
    const adj = new Map(nodes.map((v) => [v, new Set<string>()]));
    for (const [a, b] of edges) if (a !== b) (adj.get(a)!.add(b), adj.get(b)!.add(a));
    const bfs = (s: string): Map<string, { d: number; sigma: number }> => {
      const out = new Map([[s, { d: 0, sigma: 1 }]]);
      const queue = [s];
      while (queue.length) {
        const v = queue.shift()!;
        for (const w of adj.get(v)!) {
          if (!out.has(w)) (out.set(w, { d: out.get(v)!.d + 1, sigma: 0 }), queue.push(w));
          if (out.get(w)!.d === out.get(v)!.d + 1) out.get(w)!.sigma += out.get(v)!.sigma;
        }
      }
      return out;
    };
    const from = new Map(nodes.map((v) => [v, bfs(v)]));
    const pairs = ((nodes.length - 1) * (nodes.length - 2)) / 2;
    for (const v of nodes) {
      let sum = 0;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const [s, t] = [nodes[i], nodes[j]];
          const st = from.get(s)!.get(t);
          if (s === v || t === v || !st) continue;
          const sv = from.get(s)!.get(v);
          const vt = from.get(v)!.get(t);
          if (sv && vt && sv.d + vt.d === st.d) sum += (sv.sigma * vt.sigma) / st.sigma;
        }
      }
      expect(Math.abs(got.get(v)! - sum / pairs)).toBeLessThan(1e-12);
    }
    expect([...got.values()].some((x) => x > 0)).toBe(true);
  });

  it('counts everyone below someone in the reports-to chart, cycles tolerated', () => {
    const span = chartSpan(['a', 'b', 'c', 'd'], [{ repId: 'b', bossId: 'a' }, { repId: 'c', bossId: 'b' }, { repId: 'a', bossId: 'c' }, { repId: 'd', bossId: 'x' }]);
    expect(Object.fromEntries(span)).toEqual({ a: 2, b: 2, c: 2, d: 0 });
  });

  it('combines trust, saturates and decays as documented', () => {
    expect(combinedTrust([0.8])).toBeCloseTo(0.8);
    expect(combinedTrust([0.5, 0.5])).toBeCloseTo(0.75);
    expect(combinedTrust([])).toBe(0);
    expect(saturate(3, 3)).toBe(0.5);
    expect(recencyWeight('2025-01-01', '2026-01-01', 365)).toBeCloseTo(0.5);
    expect(recencyWeight('2027-01-01', '2026-01-01', 365)).toBe(1);
    expect(recencyWeight(null, '2026-01-01', 365)).toBeCloseTo(0.5);
  });
});
