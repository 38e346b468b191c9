import { type Row } from './runner';

/**
 * The columns of a whole-graph list (the warm-path network, the insights' facts, the brokers' trust network), from
 * either shape its query answers in: one row of parallel lists (Kuzu, where turning rows into JS objects costs far
 * more than the lists inside one row) or one row per record (Neo4j, where
 * neo4j-driver decodes one record of hundreds of thousands of values many times slower than as many rows: 112 s
 * against 12 s for the interactions at 100,000 people, bench/README.md). A row of parallel lists has a list or null in
 * every column (Kuzu's collect() over no rows gives null, not an empty list: read as an empty list); a row per record
 * has a scalar id first, never null.
 */
export function parallelColumns(rows: Row[]): Record<string, unknown[]> {
  const first = rows[0];
  if (!first) return {};
  const keys = Object.keys(first);
  if (rows.length === 1 && keys.every((k) => Array.isArray(first[k]) || first[k] === null)) {
    return Object.fromEntries(keys.map((k) => [k, (first[k] ?? []) as unknown[]]));
  }
  const out: Record<string, unknown[]> = Object.fromEntries(keys.map((k) => [k, new Array<unknown>(rows.length)]));
  for (let i = 0; i < rows.length; i++) for (const k of keys) out[k][i] = rows[i][k];
  return out;
}
