/**
 * Effective trust: the trust a warm path uses for one step, from the recorded relationship and what is
 * known about the pair since it was recorded. The rule (also in README, "Warm introduction paths"):
 *
 * 1. A recorded relationship with nothing newer between the two keeps its recorded trust, exactly.
 *    Time alone changes nothing.
 * 2. Evidence between the two dated after the trust was recorded moves it by bounded steps:
 *    - positive: an interaction both took part in with a POSITIVE reaction, an introduction among the two
 *      (in any two of its roles: introducer, introduced, the manager) that ended MET, a deal between the rep
 *      and the manager that was WON: +0.05 each, at most +0.15 in all;
 *    - negative: an interaction both took part in with a NEGATIVE reaction, an introduction of one of them
 *      to the other (the manager) that the introduced person DECLINED: −0.10 each, at most −0.30 in all;
 *    - neutral reactions, PENDING introductions, open or lost deals: known, but no change.
 *    The result is clipped to [0, 1].
 * 3. Two people without a recorded relationship, where one was introduced to the other (a manager) and
 *    they MET, have an introduced tie of trust 0.5 from the day of the (first) introduction; evidence after
 *    that day moves it by rule 2.
 * 4. Fading (trust-fading.ts): on the day asked, a raise that rule 2 gave above the base (the recording, the
 *    override, or the introduced tie's 0.5) fades back toward the base when no POSITIVE or NEGATIVE evidence came
 *    for more than 30 days, more slowly the longer the relationship. The base itself never fades.
 *
 * A date-only record (an introduction's or a deal's day) counts as newer only when its day starts after
 * the instant the trust was recorded, so something on the same day is not taken as newer. Evidence dated after the
 * day of the question is not passed in (Network.asOf).
 */

import { type Fade, earlier, fadeOf } from './trust-fading';

export const TRUST_RULE = {
  raisePerPositive: 0.05,
  maxRaise: 0.15,
  dropPerNegative: 0.1,
  maxDrop: 0.3,
  introducedTie: 0.5,
} as const;

export type EvidenceKind = 'INTERACTION' | 'INTRODUCTION' | 'DEAL';
export type Signal = 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL';

/** Something that happened between two people. */
export interface Evidence {
  kind: EvidenceKind;
  /** As recorded: an instant with offset (interactions) or a day YYYY-MM-DD (introductions, deals). */
  at: string;
  signal: Signal;
  /** Channel (interactions), outcome (introductions) or stage (deals). */
  label: string;
  /** The record's id (interaction, introduction or deal), when known. */
  id?: string;
  /** For introductions: who introduced whom to which manager. */
  introduction?: { introducerId: string; introducedId: string; toManagerId: string };
}

export interface RecordedTie {
  trust: number;
  /** ISO instant. */
  recordedAt: string;
  /** When the relationship began (a day), when known: the start of its length for fading. */
  since?: string | null;
}

/** OVERRIDDEN: a manager's correction (overrideTrust) is the base, newer than the recording (README, "Relationship health"). */
export type TrustBasis = 'RECORDED' | 'ADJUSTED' | 'INTRODUCED' | 'OVERRIDDEN';

/** A manager's (or an admin's) correction of a tie's trust: it stands like a new recording until cleared. */
export interface TrustOverride {
  trust: number;
  /** ISO instant it was set. */
  at: string;
  /** The actor who set it (a manager id, or the admin's actor id). */
  byId: string;
  note: string | null;
}

/**
 * ACTIVE: nothing newer than the override, it is the trust. SUPERSEDED_BY_EVIDENCE: evidence dated after it moves it
 * (rule 2 from the override's value, shown with the evidence). SUPERSEDED_BY_RECORDING: the tie was recorded again
 * after the override, so the recording is the base and the override is only shown.
 */
export type OverrideStatus = 'ACTIVE' | 'SUPERSEDED_BY_EVIDENCE' | 'SUPERSEDED_BY_RECORDING';

export interface OverrideState extends TrustOverride {
  status: OverrideStatus;
  /** The trust the evidence gives without the override (what it would be if cleared). */
  computed: number;
}

export interface EffectiveTrust {
  trust: number;
  basis: TrustBasis;
  /** The recorded trust, null for an introduced tie. */
  recorded: number | null;
  /** Evidence newer than the recording (or than the introduction), oldest first. */
  newer: Evidence[];
  positives: number;
  negatives: number;
  /** The override of the tie, when one is stored (absent: none). */
  override?: OverrideState;
  /** How the raise faded on the day asked (rule 4; absent: nothing faded, `trust` is rule 2's value). */
  faded?: Fade;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of an instant, or of the start (UTC) of a day; NaN when unreadable. */
export function evidenceMillis(at: string): number {
  return DAY.test(at) ? Date.parse(`${at}T00:00:00Z`) : Date.parse(at);
}

function clip(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Trust moved by the newer evidence, per rule 2. */
function adjust(base: number, newer: Evidence[]): { trust: number; positives: number; negatives: number } {
  const positives = newer.filter((e) => e.signal === 'POSITIVE').length;
  const negatives = newer.filter((e) => e.signal === 'NEGATIVE').length;
  const up = Math.min(TRUST_RULE.maxRaise, positives * TRUST_RULE.raisePerPositive);
  const down = Math.min(TRUST_RULE.maxDrop, negatives * TRUST_RULE.dropPerNegative);
  // rounded so that 0.8 + 0.05 is 0.85, not 0.8500000000000001
  return { trust: clip(Math.round((base + up - down) * 1e9) / 1e9), positives, negatives };
}

const byTime = (a: Evidence, b: Evidence): number => evidenceMillis(a.at) - evidenceMillis(b.at);

/** The MET introductions that make an introduced tie between the pair, oldest first. */
function metIntroductions(pair: [string, string], evidence: Evidence[]): Evidence[] {
  return evidence
    .filter((e) => {
      const i = e.introduction;
      if (e.kind !== 'INTRODUCTION' || e.label !== 'MET' || !i) return false;
      return (i.introducedId === pair[0] && i.toManagerId === pair[1]) || (i.introducedId === pair[1] && i.toManagerId === pair[0]);
    })
    .sort(byTime);
}

/** The latest POSITIVE or NEGATIVE evidence in `newer` (oldest first): where rule 4's clock starts. */
function lastSignal(newer: readonly Evidence[]): Evidence | null {
  for (let i = newer.length - 1; i >= 0; i--) if (newer[i].signal !== 'NEUTRAL') return newer[i];
  return null;
}

/** Rule 2 from `base`, then rule 4 on day `asOf` (null: no day asked, nothing fades). */
function moveAndFade(
  base: number, newer: Evidence[], start: string | null, asOf: string | null,
): { trust: number; positives: number; negatives: number; faded?: Fade } {
  const moved = adjust(base, newer);
  const last = lastSignal(newer);
  const faded = asOf && last ? fadeOf(moved.trust, base, last.at, start, asOf) : null;
  return faded ? { ...moved, trust: faded.to, faded } : moved;
}

/**
 * The effective trust of a pair on day `asOf` (YYYY-MM-DD; null: rules 1-3 only, nothing fades), or null when they
 * have neither a recorded relationship nor an introduced tie. `evidence` is everything known between the two up to
 * `asOf` (older records than the base are ignored here).
 */
export function effectiveTrust(
  pair: [string, string], recorded: RecordedTie | null, evidence: Evidence[], override: TrustOverride | null = null,
  asOf: string | null = null,
): EffectiveTrust | null {
  const found = computedTrust(pair, recorded, evidence, asOf);
  if (!found) return null;
  const { start, ...computed } = found;
  if (!override) return computed;
  const at = Date.parse(override.at);
  if (recorded && Date.parse(recorded.recordedAt) > at) {
    return { ...computed, override: { ...override, status: 'SUPERSEDED_BY_RECORDING', computed: computed.trust } };
  }
  const newer = evidence.filter((e) => evidenceMillis(e.at) > at).sort(byTime);
  const moved = newer.length ? moveAndFade(override.trust, newer, start, asOf) : { trust: override.trust, positives: 0, negatives: 0 };
  return {
    ...moved, basis: 'OVERRIDDEN', recorded: recorded?.trust ?? null, newer,
    override: { ...override, status: newer.length ? 'SUPERSEDED_BY_EVIDENCE' : 'ACTIVE', computed: computed.trust },
  };
}

/** Rules 1-4, without an override; `start`: when the relationship began (rule 4's length). */
function computedTrust(
  pair: [string, string], recorded: RecordedTie | null, evidence: Evidence[], asOf: string | null,
): (EffectiveTrust & { start: string | null }) | null {
  if (recorded) {
    const since = Date.parse(recorded.recordedAt);
    const start = earlier(recorded.since, recorded.recordedAt);
    const newer = evidence.filter((e) => evidenceMillis(e.at) > since).sort(byTime);
    if (newer.length === 0) return { trust: recorded.trust, basis: 'RECORDED', recorded: recorded.trust, newer, positives: 0, negatives: 0, start };
    const unfaded = adjust(recorded.trust, newer).trust;
    const moved = moveAndFade(recorded.trust, newer, start, asOf);
    return { ...moved, basis: unfaded === recorded.trust ? 'RECORDED' : 'ADJUSTED', recorded: recorded.trust, newer, start };
  }
  const met = metIntroductions(pair, evidence);
  if (met.length === 0) return null;
  const first = met[0];
  const start = evidenceMillis(first.at);
  const newer = evidence.filter((e) => e !== first && (Number.isNaN(start) || evidenceMillis(e.at) > start)).sort(byTime);
  const from = Number.isNaN(start) ? null : first.at;
  return { ...moveAndFade(TRUST_RULE.introducedTie, newer, from, asOf), basis: 'INTRODUCED', recorded: null, newer, start: from };
}

/** The signal of an interaction reaction. */
export function interactionSignal(reaction: string | null | undefined): Signal {
  return reaction === 'POSITIVE' ? 'POSITIVE' : reaction === 'NEGATIVE' ? 'NEGATIVE' : 'NEUTRAL';
}

/**
 * The signal of an introduction for one pair of its three people: MET is positive for every pair;
 * DECLINED is negative only between the introduced person and the manager; PENDING is neutral.
 */
export function introductionSignal(outcome: string, pair: [string, string], intro: { introducedId: string; toManagerId: string }): Signal {
  if (outcome === 'MET') return 'POSITIVE';
  if (outcome === 'DECLINED') {
    const between = new Set(pair);
    return between.has(intro.introducedId) && between.has(intro.toManagerId) ? 'NEGATIVE' : 'NEUTRAL';
  }
  return 'NEUTRAL';
}

/** The signal of a deal between a rep and a manager: WON is positive, anything else neutral. */
export function dealSignal(stage: string): Signal {
  return stage === 'WON' ? 'POSITIVE' : 'NEUTRAL';
}

/** The largest amount rule 2 can raise a recorded trust: ties below minTrust − this can never qualify. */
export const MAX_RAISE = TRUST_RULE.maxRaise;
