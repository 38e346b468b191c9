/**
 * Fading (README, "Relationship health", the model): trust that evidence raised above the tie's base fades back toward
 * that base when nothing happens between the two. Pure, no I/O, deterministic for the same data and day.
 *
 * - What fades: only the raise, `trust − base` when the evidence put the trust above its base. The base is what was
 *   set rather than earned: the recorded rating, a manager's override, or the 0.5 an introduced tie starts at. A base
 *   never fades (a recorded rating stands as recorded until newer evidence arrives), and a drop from negative evidence
 *   is not healed by silence (trust lost comes back only with new positive evidence).
 * - The clock: whole UTC days from the day of the last evidence that moved or could move the trust (a POSITIVE or
 *   NEGATIVE record after the base) to the day asked. One-sided contact (no reaction) does not stop it, as it builds
 *   no trust. The first `graceDays` are free: a month between contacts is normal.
 * - How fast: the raise halves every `halfLife` days after the grace, and the half-life grows with the relationship's
 *   length (from its start, `since` or else the recording, or the introduction, to the last evidence):
 *   halfLife = min(maxHalfLifeDays, halfLifeDays + halfLifePerDay × length in days). A new relationship's raise halves
 *   in 90 days; after one year of relationship in 272.5 days; from about 3.6 years on in 720 days.
 * - The faded trust is rounded half up to 4 decimals (the service's rounding of derived trust), so what warm paths
 *   multiply is exactly what relationshipHealth shows.
 */

export const FADE_RULE = {
  graceDays: 30,
  halfLifeDays: 90,
  halfLifePerDay: 0.5,
  maxHalfLifeDays: 720,
} as const;

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How a tie's raise faded on the day asked. */
export interface Fade {
  /** The trust before fading (what the evidence gave on the day of the last evidence). */
  from: number;
  /** The trust after fading: the effective trust. */
  to: number;
  /** What it fades toward: the recorded rating, the override, or the introduced tie's 0.5. */
  base: number;
  /** The last POSITIVE or NEGATIVE evidence (as recorded: an instant or a day). */
  lastEvidenceAt: string;
  /** Whole UTC days from that evidence's day to the day asked. */
  idleDays: number;
  /** Whole days from the relationship's start to the last evidence. */
  relationshipDays: number;
  halfLifeDays: number;
  /** The share of the raise that is left, in (0, 1]. */
  factor: number;
}

/** Milliseconds of the start (UTC) of the day of an instant or a day; NaN when unreadable. */
function dayStart(at: string): number {
  const ms = DAY.test(at) ? Date.parse(`${at}T00:00:00Z`) : Date.parse(at);
  return Number.isNaN(ms) ? NaN : Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Whole UTC days from `from` to `to` (instants or days), never negative; 0 when either is unreadable. */
export function wholeDays(from: string, to: string): number {
  const d = (dayStart(to) - dayStart(from)) / DAY_MS;
  return Number.isNaN(d) ? 0 : Math.max(0, Math.round(d));
}

/** The half-life in days of the raise of a relationship that has lasted `relationshipDays`. */
export function halfLifeDays(relationshipDays: number): number {
  return Math.min(FADE_RULE.maxHalfLifeDays, FADE_RULE.halfLifeDays + FADE_RULE.halfLifePerDay * Math.max(0, relationshipDays));
}

/** The share of the raise left after `idleDays` without evidence, for a relationship of `relationshipDays`. */
export function fadeFactor(idleDays: number, relationshipDays: number): number {
  const fading = idleDays - FADE_RULE.graceDays;
  return fading <= 0 ? 1 : 0.5 ** (fading / halfLifeDays(relationshipDays));
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * The fade of `trust` toward `base` on day `asOf` (YYYY-MM-DD), the last evidence at `lastAt` and the relationship
 * begun at `startAt` (null: at the last evidence). Null when nothing fades: no raise, or still within the grace.
 */
export function fadeOf(trust: number, base: number, lastAt: string, startAt: string | null, asOf: string): Fade | null {
  if (!(trust > base)) return null;
  const idleDays = wholeDays(lastAt, asOf);
  const relationshipDays = startAt === null ? 0 : wholeDays(startAt, lastAt);
  const factor = fadeFactor(idleDays, relationshipDays);
  if (factor >= 1) return null;
  const to = round4(base + (trust - base) * factor);
  return { from: trust, to, base, lastEvidenceAt: lastAt, idleDays, relationshipDays, halfLifeDays: halfLifeDays(relationshipDays), factor };
}

/** The earlier of two dates (instants or days); either may be null or unreadable. */
export function earlier(x: string | null | undefined, y: string | null | undefined): string | null {
  const a = x && !Number.isNaN(dayStart(x)) ? x : null;
  const b = y && !Number.isNaN(dayStart(y)) ? y : null;
  if (a === null) return b;
  if (b === null) return a;
  return dayStart(b) < dayStart(a) ? b : a;
}
