import { type EffectiveTrust, type Evidence, TRUST_RULE, evidenceMillis } from '@/domain/paths/effective-trust';
import { FADE_RULE, type Fade } from '@/domain/paths/trust-fading';

/**
 * The evidence behind a tie's effective trust, item by item: what each record did to the trust in force and why
 * (README, "Relationship health"). It follows rule 2 of effective-trust.ts exactly: positives raise by 0.05 until
 * the raise reaches 0.15, negatives lower by 0.10 until the drop reaches 0.30, in date order; the total is clipped
 * to [0, 1]. Pure, no I/O.
 */

export interface EvidenceItem {
  /** FADED: the days without evidence since the last one, and what fading took off the raise (rule 4). */
  kind: Evidence['kind'] | 'FADED';
  id: string | null;
  at: string;
  signal: Evidence['signal'];
  label: string;
  /** What it did to the trust now in force: +0.05, −0.1, 0, or what fading took off (negative, 4 decimals). */
  effect: number;
  /** One line: what happened and what it did. */
  reason: string;
}

const word: Record<string, string> = { MEETING: 'Meeting', CALL: 'Call', EMAIL: 'Email', EVENT: 'Event', CHAT: 'Chat' };

function what(e: Evidence): string {
  const day = e.at.slice(0, 10);
  if (e.kind === 'INTERACTION') {
    const how = e.signal === 'POSITIVE' ? 'positive reaction' : e.signal === 'NEGATIVE' ? 'negative reaction' : 'no positive or negative reaction';
    return `${word[e.label] ?? e.label} on ${day}, ${how}`;
  }
  if (e.kind === 'INTRODUCTION') return `Introduction on ${day}, ${e.label.toLowerCase()}`;
  return `Deal ${e.label.toLowerCase()} on ${day}`;
}

function neutralWhy(e: Evidence): string {
  if (e.kind === 'INTERACTION') return 'contact without an answer or reaction builds no trust';
  if (e.kind === 'INTRODUCTION') return e.label === 'PENDING' ? 'no outcome yet' : 'no change for this pair';
  return 'only a won deal raises trust';
}

const fmt = (x: number): string => (x > 0 ? `+${x}` : `${x}`);

/**
 * Items for `newer` (oldest first) moving `base`: effect and reason of each. `ignoredBefore` (ms): items at or
 * before it count for nothing now (an override set after them is the base), shown with effect 0.
 */
export function explainEvidence(newer: readonly Evidence[], ignoredBefore = -Infinity): EvidenceItem[] {
  let up = 0;
  let down = 0;
  return newer.map((e) => {
    const head = what(e);
    const item = { kind: e.kind, id: e.id ?? null, at: e.at, signal: e.signal, label: e.label };
    if (evidenceMillis(e.at) <= ignoredBefore) return { ...item, effect: 0, reason: `${head}: before the override, which replaces it` };
    if (e.signal === 'POSITIVE') {
      if (up + TRUST_RULE.raisePerPositive > TRUST_RULE.maxRaise + 1e-9) return { ...item, effect: 0, reason: `${head}: no change, the raise is at its +${TRUST_RULE.maxRaise} limit` };
      up += TRUST_RULE.raisePerPositive;
      return { ...item, effect: TRUST_RULE.raisePerPositive, reason: `${head}: ${fmt(TRUST_RULE.raisePerPositive)}` };
    }
    if (e.signal === 'NEGATIVE') {
      if (down + TRUST_RULE.dropPerNegative > TRUST_RULE.maxDrop + 1e-9) return { ...item, effect: 0, reason: `${head}: no change, the drop is at its −${TRUST_RULE.maxDrop} limit` };
      down += TRUST_RULE.dropPerNegative;
      return { ...item, effect: -TRUST_RULE.dropPerNegative, reason: `${head}: ${fmt(-TRUST_RULE.dropPerNegative)}` };
    }
    return { ...item, effect: 0, reason: `${head}: no change, ${neutralWhy(e)}` };
  });
}

const day = (at: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(at) ? at : new Date(Date.parse(at)).toISOString().slice(0, 10));

/** The item for the evidence-less stretch from the last evidence to `asOf`: what fading took off the raise. */
export function fadeItem(f: Fade, asOf: string): EvidenceItem {
  const effect = Math.round((f.to - f.from) * 1e4) / 1e4;
  const length = f.relationshipDays === 1 ? '1 day' : `${f.relationshipDays} days`;
  return {
    kind: 'FADED', id: null, at: asOf, signal: 'NEUTRAL', label: 'NO_EVIDENCE', effect,
    reason: `No positive or negative contact from ${day(f.lastEvidenceAt)} to ${asOf} (${f.idleDays} days, the first ${FADE_RULE.graceDays} free): `
      + `the raise above ${f.base} fades with a half-life of ${f.halfLifeDays} days for a relationship of ${length}, ${fmt(effect)}`,
  };
}

/**
 * The evidence list of a tie: everything dated after the recording (or the introduction) with its effect; when an
 * override is the base, what came before it shows with effect 0 and what came after it moves the override.
 * `computed`: the effective trust without the override; `inForce`: with it. When the raise faded (rule 4), a last
 * FADED item dated `asOf` carries what fading took off the trust, so the list explains the value.
 */
export function evidenceOf(computed: EffectiveTrust, inForce: EffectiveTrust, introducing: Evidence | null, asOf: string): EvidenceItem[] {
  const faded = inForce.faded ? [fadeItem(inForce.faded, asOf)] : [];
  const items: EvidenceItem[] = [];
  if (computed.basis === 'INTRODUCED' && introducing) {
    const overridden = inForce.basis === 'OVERRIDDEN' && evidenceMillis(introducing.at) <= Date.parse(inForce.override!.at);
    items.push({
      kind: 'INTRODUCTION', id: introducing.id ?? null, at: introducing.at, signal: 'POSITIVE', label: 'MET',
      effect: overridden ? 0 : TRUST_RULE.introducedTie,
      reason: `Introduction on ${introducing.at.slice(0, 10)}, met: an introduced tie starts at ${TRUST_RULE.introducedTie}${overridden ? ' (replaced by the override)' : ''}`,
    });
  }
  if (inForce.basis === 'OVERRIDDEN') {
    const at = Date.parse(inForce.override!.at);
    const before = computed.newer.filter((e) => evidenceMillis(e.at) <= at);
    return [...items, ...explainEvidence(before, Infinity), ...explainEvidence(inForce.newer), ...faded];
  }
  return [...items, ...explainEvidence(computed.newer), ...faded];
}
