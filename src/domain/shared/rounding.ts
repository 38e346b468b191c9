/**
 * The one rounding rule for what the service computes (README, "Rounding"): scores, shares, rates and derived trust
 * are rounded half up to 4 decimals; head counts are whole numbers. Values a user recorded (a relationship's trust,
 * a commission rate, amounts) come back as recorded.
 */
export const SCORE_DECIMALS = 4;
const SCALE = 10 ** SCORE_DECIMALS;

export function roundScore(x: number): number {
  return Math.round(x * SCALE) / SCALE;
}

export function roundHeadCount(x: number): number {
  return Math.round(x);
}
