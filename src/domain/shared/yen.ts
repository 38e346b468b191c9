/**
 * The one rule for every yen amount a record holds: deal amounts and gross profit, a company's annual revenue and
 * capital, revenue targets. Mutations (through their input classes) and snapshots (the same classes, and
 * setRevenueTarget's own check) apply it, so no path stores an amount the other refuses.
 *
 * An amount is a finite number of at most MAX_YEN in size. 1e15 yen (1,000 trillion) is more than Japan's GDP
 * (about 6e14): no deal, revenue or target is larger, while 1e300 made KPI sums and shares overflow to Infinity.
 * Sums of up to nine such amounts stay below 2^53, exact to the yen.
 */
export const MAX_YEN = 1e15;

/** The smallest revenue target: 1 yen (a share of achieved / amount stays finite; 5e-324 made it Infinity). */
export const MIN_TARGET_YEN = 1;

/** What a yen field allows at least: 0 (amounts, revenue, capital), MIN_TARGET_YEN (targets), or -MAX_YEN (gross profit, may be a loss). */
export type YenMin = 0 | typeof MIN_TARGET_YEN | -1e15;

/** How the allowed range reads in an error: "from 0 to 1e15 (yen)". */
export function yenRange(min: YenMin): string {
  return `from ${min === -MAX_YEN ? '-1e15' : min} to 1e15 (yen)`;
}

/** Whether `value` is an amount the yen rule allows at `min` or more. */
export function isYen(value: unknown, min: YenMin): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= MAX_YEN;
}

/** Why `value` is no allowed amount (one reason, naming the range), or null. */
export function yenProblem(value: unknown, min: YenMin): string | null {
  if (isYen(value, min)) return null;
  const what = typeof value === 'string' ? ', not text (write the number without quotes)' : '';
  return `must be a number ${yenRange(min)}${what}`;
}
