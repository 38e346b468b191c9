/** Calendar days (`YYYY-MM-DD`) and instants as the records hold them. */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` naming a day of the (proleptic Gregorian) calendar: no 2023-02-29, no month 13. */
function isRealDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    y = y * 10 + d;
  }
  const m1 = s.charCodeAt(5) - 48, m2 = s.charCodeAt(6) - 48, d1 = s.charCodeAt(8) - 48, d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

export function isIsoDate(v: unknown): boolean {
  return typeof v === 'string' && isRealDate(v);
}

/** ISO 8601 instant with an explicit offset (Z or ±hh:mm). */
export function isInstant(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.exec(v);
  return !!m && isRealDate(m[1]) && !Number.isNaN(Date.parse(v));
}

/**
 * The instant a write is stamped with: the time of day now on `today`, the day the request runs on. Without DEMO_AS_OF
 * that is now; with it (the demo), the stamp falls on the pinned day, so that every rule that compares a recording or an
 * override with evidence sees them on one calendar (found by an outsider: overrides were stamped 38 days after the
 * demo's "today", and a move dated then was taken as not in the future).
 */
export function instantOn(today: string, now: Date = new Date()): string {
  return `${today}${now.toISOString().slice(10)}`;
}
