/**
 * Variables nested deeper than this (arrays and objects within each other) are refused before anything walks them:
 * a 140,000-level variable overflowed the stack of the code that read it. No input of the schema needs more
 * (a snapshot record is 3 levels deep inside its list).
 */
export const MAX_VARIABLE_DEPTH = 64;

/** Whether `value` holds arrays or objects nested more than `max` levels (`1` is 0 levels, `[1]` 1). Iterative. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [v, depth] = pending.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth === max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) pending.push([child, depth + 1]);
  }
  return false;
}
