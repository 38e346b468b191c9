/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), without Date objects in the hot paths.
 * All generated dates lie in [FIRST_DAY, LAST_DAY]; activity happens up to AS_OF, follow-ups may be due
 * in the month after it.
 */

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayOf(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, day] of a day number (civil_from_days). */
export function civilOf(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export const FIRST_DAY = dayOf(2015, 1, 1);
/** The data's "today": the last day with recorded activity. */
export const AS_OF = dayOf(2026, 10, 31);
/** The last date that may appear at all (due dates of open follow-ups). */
export const LAST_DAY = dayOf(2026, 11, 30);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

const cache: string[] = [];

/** `YYYY-MM-DD`. Dates of the generator's window are cached, as they are formatted millions of times. */
export function isoDate(day: number): string {
  const k = day - FIRST_DAY;
  if (k >= 0 && k <= LAST_DAY - FIRST_DAY) {
    const hit = cache[k];
    if (hit !== undefined) return hit;
  }
  const [y, m, d] = civilOf(day);
  const text = `${y}-${pad2(m)}-${pad2(d)}`;
  if (k >= 0 && k <= LAST_DAY - FIRST_DAY) cache[k] = text;
  return text;
}

/** AS_OF as YYYY-MM-DD: the day `npm run demo` takes as "today" (DEMO_AS_OF), so its answers do not drift. */
export const GENERATED_AS_OF = isoDate(AS_OF);

/** Day of the week, 0 = Sunday. 1970-01-01 was a Thursday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** `YYYY-MM-DDTHH:MM:00+09:00`: an instant in Japan Standard Time. */
export function jstInstant(day: number, minuteOfDay: number): string {
  return `${isoDate(day)}T${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}:00+09:00`;
}

/** Moves a weekend day to the Friday before (never later, so an upper bound stays respected). */
export function businessDayOnOrBefore(day: number): number {
  const w = weekday(day);
  if (w === 6) return day - 1;
  if (w === 0) return day - 2;
  return day;
}
