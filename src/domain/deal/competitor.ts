import { searchKey } from '@/domain/shared/search-text';

/**
 * One competitor however its name was typed: width, case and spaces do not make another one (the key products are
 * matched by, searchKey). Found by an outsider: "テスト競合 " and "ﾃｽﾄ競合" were counted apart from "テスト競合", so
 * three losses to one competitor were told as two.
 */
export const competitorKey = (name: string): string => searchKey(name);

/**
 * Counts by competitor name, merged by competitorKey: each competitor under its most counted spelling (then the
 * smallest), with the sum of its spellings' counts.
 */
export function byCompetitor<T>(entries: Iterable<readonly [string, T]>, merge: (a: T, b: T) => T, count: (t: T) => number): Map<string, T> {
  const groups = new Map<string, { total: T; spellings: Map<string, number> }>();
  for (const [name, value] of entries) {
    const key = competitorKey(name);
    if (!key) continue;
    const g = groups.get(key);
    if (!g) groups.set(key, { total: value, spellings: new Map([[name, count(value)]]) });
    else {
      g.total = merge(g.total, value);
      g.spellings.set(name, (g.spellings.get(name) ?? 0) + count(value));
    }
  }
  const out = new Map<string, T>();
  for (const g of groups.values()) {
    const [name] = [...g.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
    out.set(name, g.total);
  }
  return out;
}
