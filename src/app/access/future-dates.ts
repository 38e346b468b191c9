import { evidenceMillis } from '@/domain/paths/effective-trust';

/** Clock skew allowed on a manager's instants (`at` of an interaction). */
export const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Null unless `value` (an instant, or a day YYYY-MM-DD) lies in the future: an instant more than CLOCK_SKEW_MS after
 * `now`, a day after tomorrow (UTC: tomorrow has begun in time zones east of UTC). Evidence dated in the future
 * would stay "newer" than every later recording of a tie and move its trust for good. Values that are not dates
 * are left to input validation.
 */
export function futureDateRefusal(field: string, value: unknown, now = Date.now()): string | null {
  if (typeof value !== 'string') return null;
  const millis = evidenceMillis(value);
  const limit = DAY.test(value) ? now + DAY_MS : now + CLOCK_SKEW_MS;
  return millis > limit ? `${field} "${value}" is in the future; record what has happened` : null;
}
