/**
 * One copy of each repeated string (ids, dates, labels): a bulk read gets a new string for every value, and keeping one
 * copy of each saves hundreds of MB at 100,000 people. `internOrNull` reads null, undefined and '' as null (bulk
 * queries write null as '').
 */
export function stringPool(): { intern: (v: unknown) => string; internOrNull: (v: unknown) => string | null } {
  const pool = new Map<string, string>();
  const intern = (v: unknown): string => {
    const text = String(v);
    const known = pool.get(text);
    if (known !== undefined) return known;
    pool.set(text, text);
    return text;
  };
  return { intern, internOrNull: (v) => (v == null || v === '' ? null : intern(v)) };
}
