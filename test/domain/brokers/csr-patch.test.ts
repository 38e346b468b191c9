import { patchCsr, type PairNow } from '@/domain/brokers/csr-patch';
import { type TrustNetworkInput, analyseBrokerage, buildCsr } from '@/domain/brokers/team-brokerage';

/** A small deterministic random generator (the same cases on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomNetwork(r: () => number, people: number, ties: number): TrustNetworkInput & { from: string[]; to: string[]; trust: number[] } {
  const id = (i: number) => `p${String(i).padStart(3, '0')}`;
  const from: string[] = [];
  const to: string[] = [];
  const trust: number[] = [];
  for (let i = 0; i < ties; i++) {
    from.push(id(Math.floor(r() * people)));
    to.push(id(Math.floor(r() * people)));
    trust.push(Math.round(r() * 10) / 10);
  }
  return { managers: [id(0), id(1), id(people + 5)], from, to, trust, companyOf: new Map() };
}

describe('patchCsr', () => {
  it('gives exactly the adjacency buildCsr gives after some pairs\' ties are written, or null when the people change', () => {
    const r = rng(7);
    let patched = 0;
    let rebuilt = 0;
    for (let round = 0; round < 300; round++) {
      const net = randomNetwork(r, 40, 90);
      const minTrust = [0, 0.5][round % 2];
      const before = buildCsr(net, minTrust);
      // rewrite a few pairs: a pair's ties are replaced by its ties now (none, one or both ways round)
      const pairs: [string, string][] = Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
        const i = Math.floor(r() * net.from.length);
        return r() < 0.7 ? [net.from[i], net.to[i]] : [`p${String(Math.floor(r() * 45)).padStart(3, '0')}`, net.to[i]];
      });
      const inPair = (a: string, b: string) => pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
      const after = { ...net, from: [] as string[], to: [] as string[], trust: [] as number[] };
      for (let i = 0; i < net.from.length; i++) {
        if (inPair(net.from[i], net.to[i])) continue;
        after.from.push(net.from[i]);
        after.to.push(net.to[i]);
        after.trust.push(net.trust[i]);
      }
      for (const [a, b] of pairs) {
        if (r() < 0.5) continue; // deleted
        after.from.push(a);
        after.to.push(b);
        after.trust.push(Math.round(r() * 10) / 10);
      }
      const now: PairNow[] = pairs.map(([a, b]) => ({
        a, b, tied: after.from.some((f, i) => ((f === a && after.to[i] === b) || (f === b && after.to[i] === a)) && after.trust[i] >= minTrust && a !== b),
      }));
      const managers = new Set(net.managers);
      const got = patchCsr(before, now, (id) => managers.has(id));
      const want = buildCsr(after, minTrust);
      if (got === null) {
        rebuilt++;
        expect(want.ids).not.toEqual(before.ids);
        continue;
      }
      patched++;
      expect({ ids: got.ids, offsets: [...got.offsets], targets: [...got.targets], ties: got.ties })
        .toEqual({ ids: want.ids, offsets: [...want.offsets], targets: [...want.targets], ties: want.ties });
      expect(analyseBrokerage(after, { minTrust, top: 10 }, got)).toEqual(analyseBrokerage(after, { minTrust, top: 10 }));
      // the adjacency before is left as it was
      expect([...buildCsr(net, minTrust).targets]).toEqual([...before.targets]);
    }
    expect(patched).toBeGreaterThan(100);
    expect(rebuilt).toBeGreaterThan(0);
  });
});
