import { type Period, daysBetween } from './periods';

/** Whose revenue a target is for: a partner company's deals, or a manager's (the deals they handle). */
export type TargetScope = 'PARTNER' | 'MANAGER';

export interface RevenueTarget {
  /** `<scope>:<scopeId>:<period label>`: one target per scope and period; setting it again replaces the amount. */
  id: string;
  scope: TargetScope;
  scopeId: string;
  period: Period;
  /** Yen, more than 0. */
  amount: number;
  /** When it was last set (ISO instant) and by whom (the actor's id). */
  setAt: string;
  setBy: string;
}

export const targetId = (scope: TargetScope, scopeId: string, period: string): string => `${scope}:${scopeId}:${period}`;

export type TargetStatus = 'NOT_STARTED' | 'MET' | 'ON_TRACK' | 'BEHIND' | 'MISSED';

/**
 * Progress against a target on `asOf` (README, "Revenue targets"):
 * - `achieved`: revenue of deals won in the period up to asOf (closedAt, else proposedAt, in [period.from, asOf]);
 * - `elapsedDays` / `totalDays`: days of the period up to asOf, both ends included / of the whole period;
 * - `runRate`: achieved / elapsedDays × totalDays, the revenue the period ends with if it goes on at the pace so far
 *   (null before the period starts);
 * - `willMeet`: runRate ≥ amount (once met, always true; at the end, achieved ≥ amount);
 * - `share`: achieved / amount, rounded to 4 decimals.
 */
export interface TargetProgress {
  achieved: number;
  elapsedDays: number;
  totalDays: number;
  runRate: number | null;
  willMeet: boolean | null;
  share: number;
  status: TargetStatus;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function targetProgress(amount: number, period: Period, achieved: number, asOf: string): TargetProgress {
  const totalDays = daysBetween(period.from, period.to);
  const elapsedDays = Math.min(totalDays, daysBetween(period.from, asOf));
  const share = Math.round((achieved / amount) * 1e4) / 1e4;
  if (elapsedDays === 0) {
    return { achieved, elapsedDays, totalDays, runRate: null, willMeet: achieved >= amount ? true : null, share, status: achieved >= amount ? 'MET' : 'NOT_STARTED' };
  }
  const runRate = round2((achieved / elapsedDays) * totalDays);
  const willMeet = achieved >= amount || runRate >= amount;
  const ended = asOf > period.to;
  const status: TargetStatus = achieved >= amount ? 'MET' : ended ? 'MISSED' : willMeet ? 'ON_TRACK' : 'BEHIND';
  return { achieved, elapsedDays, totalDays, runRate, willMeet, share, status };
}
