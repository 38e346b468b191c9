import { OverlayMap } from '@/domain/shared/overlay-map';

/** An overlay answers as the plain map with the same changes would, in every method and in order. */
describe('OverlayMap', () => {
  const plain = (base: Map<string, number>, changes: [string, number | undefined][]): Map<string, number> => {
    const m = new Map(base);
    for (const [k, v] of changes) {
      if (v === undefined) m.delete(k);
      else m.set(k, v);
    }
    return m;
  };
  const same = (o: ReadonlyMap<string, number>, m: Map<string, number>): void => {
    expect([...o]).toEqual([...m]);
    expect([...o.keys()]).toEqual([...m.keys()]);
    expect([...o.values()]).toEqual([...m.values()]);
    expect(o.size).toBe(m.size);
    for (const k of ['a', 'b', 'c', 'd', 'e', 'zz']) {
      expect(o.get(k)).toBe(m.get(k));
      expect(o.has(k)).toBe(m.has(k));
    }
    const seen: [string, number][] = [];
    o.forEach((v, k) => seen.push([k, v]));
    expect(seen).toEqual([...m]);
  };
  const base = new Map([['a', 1], ['b', 2], ['c', 3]]);

  it('sets, adds and removes without changing the map under it', () => {
    const changes: [string, number | undefined][] = [['b', 20], ['d', 4], ['a', undefined], ['zz', undefined]];
    const o = OverlayMap.with(base, changes);
    same(o, plain(base, changes));
    expect([...base]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
  });

  it('names the keys it changes over the map it was made from, and only that one', () => {
    const o = OverlayMap.with(base, [['b', 20], ['e', 5]]);
    expect(OverlayMap.changedKeys(o, base)).toEqual(['b', 'e']);
    const o2 = OverlayMap.with(o, [['c', undefined]]);
    expect(OverlayMap.changedKeys(o2, o)).toEqual(['c']);
    expect(OverlayMap.changedKeys(o2, base)).toBeNull();
    expect(OverlayMap.changedKeys(base, base)).toBeNull();
  });

  it('names the keys the last change set after its layers merged too (the caller compared every entry then)', () => {
    const big = new Map(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i] as [string, number]));
    let o: ReadonlyMap<string, number> = big;
    for (let i = 0; i < 30; i++) {
      const before = o;
      o = OverlayMap.with(o, [[`k${i}`, -i], [`new${i}`, i]]);
      expect({ change: i, keys: OverlayMap.changedKeys(o, before) }).toEqual({ change: i, keys: [`k${i}`, `new${i}`] });
      expect(OverlayMap.changedKeys(o, big) === null || i === 0).toBe(true);
    }
  });

  it('keeps a changed value in its place and puts added keys last', () => {
    const o = OverlayMap.with(OverlayMap.with(base, [['a', undefined], ['d', 4]]), [['a', 10], ['b', 20]]);
    expect([...o]).toEqual([['a', 10], ['b', 20], ['c', 3], ['d', 4]]);
  });

  it('holds the same entries as the plain map over many layers (it merges its layers past its limit)', () => {
    const sorted = (m: ReadonlyMap<string, number>): [string, number][] => [...m].sort(([a], [b]) => a.localeCompare(b));
    let o: ReadonlyMap<string, number> = base;
    let m = new Map(base);
    const keys = ['a', 'b', 'c', 'd', 'e'];
    for (let i = 0; i < 40; i++) {
      const changes: [string, number | undefined][] = [[keys[i % 5], i % 3 === 0 ? undefined : i], [keys[(i + 2) % 5], i]];
      o = OverlayMap.with(o, changes);
      m = plain(m, changes);
      expect(sorted(o)).toEqual(sorted(m));
      expect(sorted(new Map(o))).toEqual(sorted(m));
      expect(o.size).toBe(m.size);
      for (const k of [...keys, 'zz']) expect([o.get(k), o.has(k)]).toEqual([m.get(k), m.has(k)]);
    }
  });

  it('merges its layers over a large map without copying it, and stays equal', () => {
    const big = new Map(Array.from({ length: 200 }, (_, i) => [`k${i}`, i] as [string, number]));
    let o: ReadonlyMap<string, number> = big;
    let m = new Map(big);
    for (let i = 0; i < 30; i++) {
      const changes: [string, number | undefined][] = [[`k${i % 7}`, i % 4 === 0 ? undefined : 1000 + i], [`new${i % 3}`, i]];
      o = OverlayMap.with(o, changes);
      m = plain(m, changes);
      expect(o).toBeInstanceOf(OverlayMap); // 10 keys at most change: never a copy of the 200
      expect(Object.fromEntries(o)).toEqual(Object.fromEntries(m));
      expect(o.size).toBe(m.size);
      for (const k of ['k0', 'k3', 'k6', 'k7', 'new0', 'new2']) expect([o.get(k), o.has(k)]).toEqual([m.get(k), m.has(k)]);
    }
  });

  it('is the map itself when nothing changes', () => {
    expect(OverlayMap.with(base, [])).toBe(base);
  });
});
