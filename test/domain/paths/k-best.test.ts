import { DEFAULT_BUDGET, type PathQuery, STRONG_FIRST, comparePaths, kBestPaths, kBestPathsFrom } from '@/domain/paths/k-best';
import { TrustGraph } from '@/domain/paths/trust-graph';
import { allPaths, bruteForce, rng } from './brute-force';

function graphOf(ties: [string, string, number][]): TrustGraph {
  const g = new TrustGraph();
  for (const [a, b, t] of ties) g.addTie(a, b, t);
  return g;
}

const query = (q: Partial<PathQuery> & Pick<PathQuery, 'sources' | 'targets'>): PathQuery => ({ maxHops: 4, limit: 5, minTrust: 0, ...q });
const set = (...ids: string[]) => new Set(ids);
const people = (g: TrustGraph, q: PathQuery) => kBestPaths(g, q).paths.map((p) => p.people.join('>'));

describe('kBestPaths', () => {
  // m — a — t is 0.9 × 0.9 = 0.81; m — t direct is 0.5; m — b — c — t is 0.95³ ≈ 0.857
  const g = graphOf([
    ['m', 'a', 0.9], ['a', 't', 0.9], ['m', 't', 0.5], ['m', 'b', 0.95], ['b', 'c', 0.95], ['c', 't', 0.95],
  ]);

  it('orders paths by strength, strongest first, with the product of the trusts', () => {
    const { paths } = kBestPaths(g, query({ sources: set('m'), targets: set('t') }));
    expect(paths.map((p) => p.people.join('>'))).toEqual(['m>b>c>t', 'm>a>t', 'm>t']);
    expect(paths.map((p) => p.strength)).toEqual([0.857375, 0.81, 0.5]);
    expect(paths[0].trusts).toEqual([0.95, 0.95, 0.95]);
    expect(paths.map((p) => p.hops)).toEqual([3, 2, 1]);
  });

  it('respects the hop limit while searching', () => {
    expect(people(g, query({ sources: set('m'), targets: set('t'), maxHops: 2 }))).toEqual(['m>a>t', 'm>t']);
    expect(people(g, query({ sources: set('m'), targets: set('t'), maxHops: 1 }))).toEqual(['m>t']);
  });

  it('skips every step below minTrust (and keeps a step exactly at it)', () => {
    expect(people(g, query({ sources: set('m'), targets: set('t'), minTrust: 0.9 }))).toEqual(['m>b>c>t', 'm>a>t']);
    expect(people(g, query({ sources: set('m'), targets: set('t'), minTrust: 0.91 }))).toEqual(['m>b>c>t']);
    expect(people(g, query({ sources: set('m'), targets: set('t'), minTrust: 0.96 }))).toEqual([]);
  });

  it('keeps at most `limit` paths', () => {
    expect(people(g, query({ sources: set('m'), targets: set('t'), limit: 2 }))).toEqual(['m>b>c>t', 'm>a>t']);
    expect(people(g, query({ sources: set('m'), targets: set('t'), limit: 1 }))).toEqual(['m>b>c>t']);
  });

  it('breaks equal strength by fewer hops, then by the people ids', () => {
    // m — t 0.5 (1 hop) ties with m — x — t 1.0 × 0.5 and m — y — t 0.5 × 1.0 (2 hops each)
    const tie = graphOf([['m', 't', 0.5], ['m', 'y', 0.5], ['y', 't', 1], ['m', 'x', 1], ['x', 't', 0.5], ['m', 'w', 0.25], ['w', 't', 1]]);
    const { paths } = kBestPaths(tie, query({ sources: set('m'), targets: set('t') }));
    expect(paths.map((p) => `${p.people.join('>')}:${p.strength}`)).toEqual(['m>t:0.5', 'm>x>t:0.5', 'm>y>t:0.5', 'm>w>t:0.25']);
  });

  it('treats strengths equal at 12 decimals as equal, whatever the order of multiplication', () => {
    const tie = graphOf([['m', 'a', 0.7], ['a', 'b', 0.1], ['b', 't', 0.3], ['m', 'c', 0.3], ['c', 'd', 0.1], ['d', 't', 0.7], ['m', 't', 0.021]]);
    const { paths } = kBestPaths(tie, query({ sources: set('m'), targets: set('t') }));
    expect(paths.map((p) => p.people.join('>'))).toEqual(['m>t', 'm>a>b>t', 'm>c>d>t']);
    expect(new Set(paths.map((p) => p.strength))).toEqual(new Set([0.021]));
  });

  it('returns simple paths only: nobody twice', () => {
    // a triangle next to the target tempts a walk m — a — b — a — t
    const tri = graphOf([['m', 'a', 1], ['a', 'b', 1], ['b', 'c', 1], ['c', 'a', 1], ['a', 't', 0.1]]);
    const { paths } = kBestPaths(tri, query({ sources: set('m'), targets: set('t'), maxHops: 6, limit: 50 }));
    expect(paths.map((p) => p.people.join('>'))).toEqual(['m>a>t']);
  });

  it('avoids the people it is told to, in the middle and at the ends', () => {
    expect(people(g, query({ sources: set('m'), targets: set('t'), avoid: set('b') }))).toEqual(['m>a>t', 'm>t']);
    expect(people(g, query({ sources: set('m'), targets: set('t'), avoid: set('t') }))).toEqual([]);
    expect(people(g, query({ sources: set('m'), targets: set('t'), avoid: set('m') }))).toEqual([]);
  });

  it('answers [] when the target cannot be reached within the hops', () => {
    const apart = graphOf([['m', 'a', 1], ['a', 'b', 1], ['b', 'c', 1], ['c', 'd', 1], ['d', 't', 1], ['x', 'y', 1]]);
    expect(people(apart, query({ sources: set('m'), targets: set('t'), maxHops: 4 }))).toEqual([]);
    expect(people(apart, query({ sources: set('m'), targets: set('t'), maxHops: 5 }))).toEqual(['m>a>b>c>d>t']);
    expect(people(apart, query({ sources: set('m'), targets: set('y') }))).toEqual([]);
    expect(people(apart, query({ sources: set('m'), targets: set('nobody') }))).toEqual([]);
    expect(people(new TrustGraph(), query({ sources: set('m'), targets: set('t') }))).toEqual([]);
  });

  it('starts from any of several managers (team-wide)', () => {
    const team = graphOf([['m1', 'a', 0.6], ['a', 't', 0.9], ['m2', 't', 0.7], ['m3', 'b', 0.99], ['b', 't', 0.99], ['m1', 'm2', 0.9]]);
    const { paths } = kBestPaths(team, query({ sources: set('m1', 'm2', 'm3'), targets: set('t') }));
    expect(paths.map((p) => `${p.people.join('>')}:${p.strength}`)).toEqual([
      'm3>b>t:0.9801', 'm2>t:0.7', 'm1>m2>t:0.63', 'm1>a>t:0.54', 'm2>m1>a>t:0.486',
    ]);
  });

  it('ends at any of several targets (the people of a company), former employees only on the way', () => {
    // now1, now2 work at the company now; former left it and is only a bridge
    const company = graphOf([['m', 'former', 0.9], ['former', 'now1', 0.9], ['m', 'x', 0.5], ['x', 'now2', 0.5], ['now1', 'now2', 0.2]]);
    const { paths } = kBestPaths(company, query({ sources: set('m'), targets: set('now1', 'now2') }));
    expect(paths.map((p) => p.people.join('>'))).toEqual(['m>former>now1', 'm>x>now2', 'm>former>now1>now2', 'm>x>now2>now1']);
    expect(paths.every((p) => p.people[p.people.length - 1] !== 'former')).toBe(true);
  });

  it('counts a step of trust 0 as a step (strength 0) when minTrust is 0', () => {
    const zero = graphOf([['m', 'a', 0], ['a', 't', 1]]);
    expect(kBestPaths(zero, query({ sources: set('m'), targets: set('t') })).paths.map((p) => p.strength)).toEqual([0]);
    expect(people(zero, query({ sources: set('m'), targets: set('t'), minTrust: 0.01 }))).toEqual([]);
  });

  it('does not count a manager who is the target as a path of no steps', () => {
    const colleague = graphOf([['m1', 'm2', 0.8]]);
    expect(people(colleague, query({ sources: set('m1', 'm2'), targets: set('m2') }))).toEqual(['m1>m2']);
  });

  it('expands only partial paths that can still enter the top k', () => {
    // a wide fan of weak ties next to one strong path: the weak side is never opened past its first step
    const ties: [string, string, number][] = [['m', 'a', 0.99], ['a', 't', 0.99]];
    for (let i = 0; i < 200; i++) ties.push(['m', `w${i}`, 0.1], [`w${i}`, `v${i}`, 0.9], [`v${i}`, 't', 0.9]);
    const { paths, stats } = kBestPaths(graphOf(ties), query({ sources: set('m'), targets: set('t'), limit: 1 }));
    expect(paths.map((p) => p.people.join('>'))).toEqual(['m>a>t']);
    expect(stats.expanded).toBeLessThan(5);
  });

  it('equals a brute-force enumeration on random graphs', () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = rng(seed);
      const n = 6 + Math.floor(random() * 14);
      const g = new TrustGraph();
      const density = 0.1 + random() * 0.4;
      // coarse trusts make many exact ties, the hard case for ordering
      const coarse = random() < 0.5;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          if (random() < density) g.addTie(`p${i}`, `p${j}`, coarse ? Math.round(random() * 4) / 4 : Math.round(random() * 100) / 100);
        }
      }
      const sources = new Set<string>();
      const targets = new Set<string>();
      for (let i = 0; i < n; i++) {
        if (random() < 0.2) sources.add(`p${i}`);
        if (random() < 0.2) targets.add(`p${i}`);
      }
      sources.add(`p0`);
      targets.add(`p${n - 1}`);
      const avoid = new Set<string>(random() < 0.3 ? [`p${1 + Math.floor(random() * (n - 2))}`] : []);
      const q: PathQuery = {
        sources, targets, avoid,
        maxHops: 1 + Math.floor(random() * 5),
        limit: 1 + Math.floor(random() * 12),
        minTrust: random() < 0.5 ? 0 : Math.round(random() * 60) / 100,
      };
      if (allPaths(g, { ...q, maxHops: q.maxHops }).length > 20000) continue;
      const expected = bruteForce(g, q);
      const actual = kBestPaths(g, q).paths;
      expect({ seed, paths: actual.map((p) => `${p.people.join('>')}:${p.strength}`) })
        .toEqual({ seed, paths: expected.map((p) => `${p.people.join('>')}:${p.strength}`) });
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('stops at the work budget and says so', () => {
    const ties: [string, string, number][] = [];
    for (let i = 0; i < 12; i++) for (let j = i + 1; j < 12; j++) ties.push([`p${i}`, `p${j}`, 1]);
    const { paths, stats } = kBestPaths(graphOf(ties), query({ sources: set('p0'), targets: set('p11'), maxHops: 6, limit: 50 }), 100);
    expect(stats.truncated).toBe(true);
    expect(paths.length).toBeGreaterThan(0);
    expect([...paths].sort(comparePaths)).toEqual(paths);
  });
});

describe('kBestPaths on bigger sparse graphs (both sides of the meet-in-the-middle bound)', () => {
  it('equals a brute-force enumeration', () => {
    for (let seed = 1000; seed < 1150; seed++) {
      const random = rng(seed);
      const n = 30 + Math.floor(random() * 40);
      const g = new TrustGraph();
      const degree = 1.5 + random() * 3;
      for (let e = 0; e < (n * degree) / 2; e++) {
        const a = Math.floor(random() * n);
        const b = Math.floor(random() * n);
        g.addTie(`p${a}`, `p${b}`, Math.round((0.2 + random() * 0.8) * 20) / 20);
      }
      // hubs on one side or the other make the oracle pick different depths
      const hub = Math.floor(random() * n);
      for (let i = 0; i < n; i += 3) g.addTie(`p${hub}`, `p${i}`, 0.5);
      const teamWide = random() < 0.3;
      const sources = new Set<string>(teamWide ? Array.from({ length: 8 }, (_, i) => `p${i}`) : ['p0']);
      const targets = new Set<string>(random() < 0.3 ? [`p${n - 1}`, `p${n - 2}`, `p${n - 3}`] : [`p${n - 1}`]);
      const q: PathQuery = { sources, targets, maxHops: 1 + Math.floor(random() * 5), limit: 1 + Math.floor(random() * 10), minTrust: random() < 0.5 ? 0 : 0.4 };
      if (allPaths(g, q).length > 30000) continue;
      const expected = bruteForce(g, q).map((p) => `${p.people.join('>')}:${p.strength}`);
      expect({ seed, paths: kBestPaths(g, q).paths.map((p) => `${p.people.join('>')}:${p.strength}`) }).toEqual({ seed, paths: expected });
    }
  });
});

describe('kBestPaths against brute force: many seeded graphs with ties, several sources and targets', () => {
  // trusts from a tiny set make equal strengths and equal hops common; hubs and cliques put work on either side of the bound
  it('equals the enumeration for maxHops 1–4, limit 1–10, one manager or a whole team, a person or a company', () => {
    let checked = 0;
    let looseSources = 0;
    for (let seed = 5000; seed < 5600; seed++) {
      const random = rng(seed);
      const n = 12 + Math.floor(random() * 50);
      const g = new TrustGraph();
      const levels = [1, 0.5, 0.25, 0.8, 0.4, 0.2];
      const trust = (): number => (random() < 0.7 ? levels[Math.floor(random() * 3)] : levels[Math.floor(random() * levels.length)]);
      const degree = 1 + random() * 4;
      for (let e = 0; e < (n * degree) / 2; e++) g.addTie(`p${Math.floor(random() * n)}`, `p${Math.floor(random() * n)}`, trust());
      if (random() < 0.5) {
        const hub = Math.floor(random() * n);
        for (let i = 0; i < n; i += 2) g.addTie(`p${hub}`, `p${i}`, trust());
      }
      const mode = random();
      const managers = Array.from({ length: 1 + Math.floor(random() * 10) }, (_, i) => `p${i}`);
      const sources = new Set<string>(mode < 0.5 ? [managers[0]] : managers);
      const targets = new Set<string>(Array.from({ length: random() < 0.5 ? 1 : 2 + Math.floor(random() * 6) }, (_, i) => `p${n - 1 - i}`));
      const avoid = new Set<string>(random() < 0.2 ? [`p${Math.floor(n / 2)}`] : []);
      const q: PathQuery = {
        sources, targets, avoid,
        maxHops: 1 + Math.floor(random() * 4),
        limit: 1 + Math.floor(random() * 10),
        minTrust: random() < 0.7 ? 0 : levels[Math.floor(random() * levels.length)],
      };
      const all = allPaths(g, q);
      if (all.length > 20000) continue;
      const expected = all.slice(0, q.limit).map((p) => `${p.people.join('>')}:${p.strength}:${p.trusts.join(',')}`);
      const { paths, stats } = kBestPaths(g, q);
      expect(stats.truncated).toBe(false);
      if (sources.size > 1 && stats.depth < q.maxHops) looseSources++;
      expect({ seed, paths: paths.map((p) => `${p.people.join('>')}:${p.strength}:${p.trusts.join(',')}`) }).toEqual({ seed, paths: expected });
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
    // the sources' cheap bounds (tables shallower than maxHops, several sources) are exercised, not only the tables
    expect(looseSources).toBeGreaterThan(50);
  });
});

describe('kBestPaths strong ties first (a search over steps ≥ a floor, then lower floors, then as asked)', () => {
  const strengths = (g: TrustGraph, q: PathQuery) => kBestPaths(g, q).paths.map((p) => `${p.people.join('>')}:${p.strength}`);

  const [floor] = STRONG_FIRST;

  it('keeps a path whose step is exactly at a floor, and finds one with a weaker step when too few are strong', () => {
    // limit 3: steps ≥ the first floor give two paths (0.95², the floor); the third has a step just below it
    const below = Math.round((floor - 0.01) * 100) / 100;
    const g = graphOf([['m', 'a', 0.95], ['a', 't', 0.95], ['m', 't', floor], ['m', 'b', below], ['b', 't', 1]]);
    const q = query({ sources: set('m'), targets: set('t'), limit: 3 });
    const { paths, stats } = kBestPaths(g, q);
    expect(paths.map((p) => `${p.people.join('>')}:${p.strength}`)).toEqual(['m>a>t:0.9025', `m>t:${floor}`, `m>b>t:${below}`]);
    expect(stats.passes).toBe(2);
    expect(strengths(g, q)).toEqual(bruteForce(g, q).map((p) => `${p.people.join('>')}:${p.strength}`));
  });

  it('searches again from the last strong path found: a path with a weaker step can beat a product of strong ones', () => {
    // steps ≥ the floor find 0.99 and floor², but m — c — t (floor − 0.05, then 1) is stronger than floor²
    const weaker = Math.round((floor - 0.05) * 100) / 100;
    expect(weaker).toBeGreaterThan(floor * floor);
    const g = graphOf([['m', 't', 0.99], ['m', 'a', floor], ['a', 't', floor], ['m', 'c', weaker], ['c', 't', 1]]);
    const q = query({ sources: set('m'), targets: set('t'), limit: 2 });
    const { paths, stats } = kBestPaths(g, q);
    expect(paths.map((p) => `${p.people.join('>')}:${p.strength}`)).toEqual(['m>t:0.99', `m>c>t:${weaker}`]);
    expect(stats.passes).toBe(2);
    expect(strengths(g, q)).toEqual(bruteForce(g, q).map((p) => `${p.people.join('>')}:${p.strength}`));
  });

  it('answers from the strong ties alone when they hold the answer, looking at fewer ties', () => {
    // one strong path, and wide fans of weak ties two steps deep around it
    const ties: [string, string, number][] = [['m', 'a', 0.95], ['a', 'b', 0.95], ['b', 't', 0.95]];
    for (let i = 0; i < 100; i++) {
      ties.push(['t', `w${i}`, 0.3], ['m', `u${i}`, 0.3], ['a', `x${i}`, 0.3], ['b', `y${i}`, 0.3]);
      for (let j = 0; j < 5; j++) ties.push([`w${i}`, `v${i}.${j}`, 0.3], [`u${i}`, `z${i}.${j}`, 0.3], [`x${i}`, `k${i}.${j}`, 0.3]);
    }
    const g = graphOf(ties);
    const q = query({ sources: set('m'), targets: set('t'), limit: 1 });
    const { paths, stats } = kBestPaths(g, q);
    expect(paths.map((p) => p.people.join('>'))).toEqual(['m>a>b>t']);
    expect(stats.passes).toBe(1);
    const asAsked = kBestPathsFrom(g, q, DEFAULT_BUDGET);
    expect(asAsked.paths).toEqual(paths);
    expect(stats.oracleWork * 2).toBeLessThan(asAsked.stats.oracleWork);
  });

  it('equals the enumeration with trusts at, just above and just below the floors (every way out of the floors taken)', () => {
    const passes = new Map<number, number>();
    let checked = 0;
    for (let seed = 9000; seed < 9500; seed++) {
      const random = rng(seed);
      const n = 10 + Math.floor(random() * 40);
      const g = new TrustGraph();
      const levels = [...STRONG_FIRST.flatMap((f) => [f, f + 1e-10, f - 1e-10, f - 1e-13, f * f]), 0.9, 0.95, 1, 0.3, 0.2, 0];
      const degree = 1 + random() * 4;
      for (let e = 0; e < (n * degree) / 2; e++) g.addTie(`p${Math.floor(random() * n)}`, `p${Math.floor(random() * n)}`, levels[Math.floor(random() * levels.length)]);
      const managers = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => `p${i}`);
      const sources = new Set<string>(random() < 0.5 ? [managers[0]] : managers);
      const targets = new Set<string>(Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => `p${n - 1 - i}`));
      const q: PathQuery = {
        sources, targets, avoid: new Set(random() < 0.2 ? [`p${Math.floor(n / 2)}`] : []),
        maxHops: 1 + Math.floor(random() * 4), limit: 1 + Math.floor(random() * 8), minTrust: random() < 0.7 ? 0 : levels[Math.floor(random() * levels.length)],
      };
      const all = allPaths(g, q);
      if (all.length > 20000) continue;
      const { paths, stats } = kBestPaths(g, q);
      passes.set(stats.passes, (passes.get(stats.passes) ?? 0) + 1);
      expect({ seed, paths: paths.map((p) => `${p.people.join('>')}:${p.strength}`) })
        .toEqual({ seed, paths: all.slice(0, q.limit).map((p) => `${p.people.join('>')}:${p.strength}`) });
      checked++;
    }
    expect(checked).toBeGreaterThan(400);
    // answered at the first floor, at a lower one or from the last strong path, and as asked
    for (const count of [1, 2, 3, 4]) expect(passes.get(count) ?? 0).toBeGreaterThan(5);
  });
});
