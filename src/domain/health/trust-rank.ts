/**
 * Rank and trend of a tie's effective trust (README, "Relationship health"). Pure rules, no I/O.
 *
 * Rank: A ≥ 0.75, B ≥ 0.5, C ≥ 0.25, D below. Trend: the effective trust now against the effective trust 90 days
 * ago (or at the recording or override, when that is later): up by more than 0.02 RISING, down by more than 0.02
 * FALLING, else STABLE.
 */

export type TrustRank = 'A' | 'B' | 'C' | 'D';
export type TrustTrend = 'RISING' | 'STABLE' | 'FALLING';

export const RANK_THRESHOLDS: readonly { rank: TrustRank; min: number }[] = [
  { rank: 'A', min: 0.75 },
  { rank: 'B', min: 0.5 },
  { rank: 'C', min: 0.25 },
  { rank: 'D', min: 0 },
];

export const TREND_RULE = { windowDays: 90, epsilon: 0.02 } as const;

export function rankOf(trust: number): TrustRank {
  for (const t of RANK_THRESHOLDS) if (trust >= t.min) return t.rank;
  return 'D';
}

export function trendOf(now: number, then: number): TrustTrend {
  const d = Math.round((now - then) * 1e9) / 1e9;
  return d > TREND_RULE.epsilon ? 'RISING' : d < -TREND_RULE.epsilon ? 'FALLING' : 'STABLE';
}

const DAY_MS = 86_400_000;

/** Whole days from `from` (instant or day) to the end of `asOf` (a day), never negative. */
export function daysBetween(from: string, asOf: string): number {
  const start = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(from) ? `${from}T00:00:00Z` : from);
  const end = Date.parse(`${asOf}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return 0;
  return Math.max(0, Math.floor((end - start) / DAY_MS));
}

/** The day `days` before (negative: after) `day`, YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
