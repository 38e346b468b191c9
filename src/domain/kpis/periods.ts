/** Calendar periods KPIs are reported by: months or quarters (January–March is Q1), in UTC days YYYY-MM-DD. */
export type PeriodUnit = 'MONTH' | 'QUARTER';

export interface Period {
  /** `2026-03` for a month, `2026-Q1` for a quarter, `2026` for a year. */
  label: string;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  to: string;
}

/**
 * The years a target's period and a report's range may fall in. The calendar arithmetic here breaks outside them (the
 * day after 9999-12-31 is no YYYY-MM-DD, and Date.UTC reads the years 0 to 99 as 1900 to 1999: a 500 and a February
 * of the wrong length, found by an outsider), and no partner's revenue is before 1900 or after 2999.
 */
export const PERIOD_YEARS = { first: 1900, last: 2999 } as const;

/** Why a day (YYYY-MM-DD) cannot start or end a report: null when its year is in PERIOD_YEARS. */
export function reportDayProblem(day: string): string | null {
  const y = Number(day.slice(0, 4));
  return y >= PERIOD_YEARS.first && y <= PERIOD_YEARS.last ? null : `must be a day from ${PERIOD_YEARS.first}-01-01 to ${PERIOD_YEARS.last}-12-31`;
}

/** The most periods one report holds (10 years by month). */
export const MAX_PERIODS = 120;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const day = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** The whole calendar period (month or quarter) holding `date`. */
export function periodOf(date: string, unit: PeriodUnit): Period {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (unit === 'MONTH') return { label: `${pad(y, 4)}-${pad(m)}`, from: day(y, m, 1), to: day(y, m, lastDay(y, m)) };
  const q = Math.floor((m - 1) / 3);
  return { label: `${pad(y, 4)}-Q${q + 1}`, from: day(y, q * 3 + 1, 1), to: day(y, q * 3 + 3, lastDay(y, q * 3 + 3)) };
}

/** The day after `date`. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000) + 1);
}

/**
 * The periods of `unit` that cover [from, to], in order; the first and last are cut to the range (a report from
 * 2026-01-15 by month starts with 2026-01 from the 15th). Null when the range needs more than `max` periods.
 */
export function periodsOf(from: string, to: string, unit: PeriodUnit, max = MAX_PERIODS): Period[] | null {
  const out: Period[] = [];
  for (let at = from; at <= to; ) {
    if (out.length === max) return null;
    const p = periodOf(at, unit);
    out.push({ label: p.label, from: at, to: p.to < to ? p.to : to });
    at = nextDay(p.to);
  }
  return out;
}

/** What a target's period is, said when it is not. */
export const PERIOD_REASON = 'must be a year (2026), a quarter (2026-Q4) or a month (2026-10)';

/** Why `text` is no target period: none of the three forms, or a year outside PERIOD_YEARS; null when it is one. */
export function periodProblem(text: string): string | null {
  if (!parseForm(text)) return PERIOD_REASON;
  return parsePeriod(text) ? null : `must be in the years ${PERIOD_YEARS.first} to ${PERIOD_YEARS.last} (a year, a quarter such as ${PERIOD_YEARS.first}-Q1 or a month such as ${PERIOD_YEARS.last}-12)`;
}

/**
 * A target's period written as `2026` (a calendar year), `2026-Q4` (a quarter) or `2026-10` (a month), in the years
 * PERIOD_YEARS; null when it is none of those (periodProblem says why).
 */
export function parsePeriod(text: string): Period | null {
  const year = Number(text.slice(0, 4));
  return year >= PERIOD_YEARS.first && year <= PERIOD_YEARS.last ? parseForm(text) : null;
}

function parseForm(text: string): Period | null {
  let m = /^(\d{4})$/.exec(text);
  if (m) return { label: text, from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) return periodOf(`${m[1]}-${pad((Number(m[2]) - 1) * 3 + 1)}-01`, 'QUARTER');
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return periodOf(`${text}-01`, 'MONTH');
  return null;
}
