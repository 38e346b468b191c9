/** Small building blocks the insight scores share. Pure functions, documented in README ("Insights"). */

const DAY_MS = 86_400_000;

/** Whole days from `date` (YYYY-MM-DD or an instant) to `today` (YYYY-MM-DD); 0 for dates after today; null for no date. */
export function ageInDays(date: string | null | undefined, today: string): number | null {
  if (!date) return null;
  const then = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  const now = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(then) || Number.isNaN(now)) return null;
  return Math.max(0, Math.floor((now - then) / DAY_MS));
}

/**
 * Weight of an event by its age: 1 today, 1/2 after `halfLifeDays`, 1/4 after twice that.
 * An event without a date counts as one half-life old.
 */
export function recencyWeight(date: string | null | undefined, today: string, halfLifeDays: number): number {
  const age = ageInDays(date, today);
  return Math.pow(0.5, (age ?? halfLifeDays) / halfLifeDays);
}

/** x / (x + half): 0 at 0, 1/2 at `half`, approaching 1; for counts and sums without a natural maximum. */
export function saturate(x: number, half: number): number {
  return x <= 0 ? 0 : x / (x + half);
}

/**
 * Our combined tie to a person from our managers' trust values: 1 - Π(1 - trustᵢ).
 * One tie at 0.8 gives 0.8; two at 0.5 give 0.75; none gives 0.
 */
export function combinedTrust(trusts: readonly number[]): number {
  let miss = 1;
  for (const t of trusts) miss *= 1 - clamp01(t);
  return 1 - miss;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

export function formatYen(amount: number): string {
  return `¥${Math.round(amount).toLocaleString('en-US')}`;
}

export function formatShare(x: number): string {
  return `${Math.round(x * 100)}%`;
}
