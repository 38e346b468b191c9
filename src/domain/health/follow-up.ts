import { addDays, daysBetween } from './trust-rank';

/**
 * The day's follow-ups of a manager, most urgent first, each with why (README, "Follow-ups"). Pure rules: the use
 * case gathers the facts. Urgency is in [0, 1]; the bands keep kinds apart where it matters (an overdue action
 * before a renewal due in 80 days), and within a band the nearer or longer overdue comes first.
 */

export type FollowUpKind = 'OVERDUE_ACTION' | 'DUE_SOON_ACTION' | 'RENEWAL' | 'FALLING_TRUST' | 'QUIET_DEAL' | 'NOT_CONTACTED';

export const FOLLOW_UP_RULE = {
  dueSoonDays: 7,
  renewalDays: 90,
  quietDealDays: 30,
  notContactedDays: 60,
} as const;

export interface FollowUp {
  kind: FollowUpKind;
  urgency: number;
  /** The day it is about (due date, renewal date, last contact), when there is one. */
  date: string | null;
  why: string;
  companyId: string | null;
  personId: string | null;
  interactionId: string | null;
  dealId: string | null;
  contractId: string | null;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const s = (x: number, h: number): number => (x <= 0 ? 0 : x / (x + h));
const ORDER: FollowUpKind[] = ['OVERDUE_ACTION', 'RENEWAL', 'DUE_SOON_ACTION', 'FALLING_TRUST', 'QUIET_DEAL', 'NOT_CONTACTED'];
const none = { companyId: null, personId: null, interactionId: null, dealId: null, contractId: null };

/** An open next action: overdue (0.9-1), due within 7 days (0.6-0.8), else not a follow-up today. */
export function actionFollowUp(a: { interactionId: string; description: string; dueDate: string; personName: string | null }, asOf: string): FollowUp | null {
  const who = a.personName ? ` (with ${a.personName})` : '';
  if (a.dueDate < asOf) {
    const late = daysBetween(a.dueDate, asOf);
    return { ...none, kind: 'OVERDUE_ACTION', urgency: round4(0.9 + 0.1 * s(late, 30)), date: a.dueDate, interactionId: a.interactionId,
      why: `Next action "${a.description}"${who} was due ${a.dueDate}, ${late} ${late === 1 ? 'day' : 'days'} overdue` };
  }
  if (a.dueDate <= addDays(asOf, FOLLOW_UP_RULE.dueSoonDays)) {
    const left = daysBetween(asOf, a.dueDate);
    return { ...none, kind: 'DUE_SOON_ACTION', urgency: round4(0.8 - (0.2 * left) / FOLLOW_UP_RULE.dueSoonDays), date: a.dueDate, interactionId: a.interactionId,
      why: `Next action "${a.description}"${who} is due ${a.dueDate}${left === 0 ? ', today' : `, in ${left} ${left === 1 ? 'day' : 'days'}`}` };
  }
  return null;
}

/** An active contract whose renewal date is within 90 days (0.5-0.85) or already passed while it is still active (0.9). */
export function renewalFollowUp(c: { contractId: string; companyId: string; companyName: string; renewalDate: string }, asOf: string): FollowUp | null {
  if (c.renewalDate < asOf) {
    return { ...none, kind: 'RENEWAL', urgency: 0.9, date: c.renewalDate, companyId: c.companyId, contractId: c.contractId,
      why: `Contract with ${c.companyName} came up for renewal on ${c.renewalDate} and is still active: renew or end it` };
  }
  const left = daysBetween(asOf, c.renewalDate);
  if (left > FOLLOW_UP_RULE.renewalDays) return null;
  return { ...none, kind: 'RENEWAL', urgency: round4(0.85 - (0.35 * left) / FOLLOW_UP_RULE.renewalDays), date: c.renewalDate, companyId: c.companyId, contractId: c.contractId,
    why: `Contract with ${c.companyName} comes up for renewal on ${c.renewalDate}, in ${left} ${left === 1 ? 'day' : 'days'}` };
}

/** A key person whose trust with the manager fell over the last 90 days (0.5-0.8 by the size of the fall). */
export function fallingTrustFollowUp(p: { personId: string; name: string; companyId: string; companyName: string; now: number; then: number; since: string }): FollowUp {
  const drop = round4(p.then - p.now);
  return { ...none, kind: 'FALLING_TRUST', urgency: round4(0.5 + 0.3 * Math.min(1, drop / 0.3)), date: null, personId: p.personId, companyId: p.companyId,
    why: `Trust with ${p.name}, a key person at ${p.companyName}, fell from ${round4(p.then)} to ${round4(p.now)} since ${p.since}` };
}

/** A key person not contacted for 60 days or more (0.3-0.5, longer first); `last` null: never. */
export function notContactedFollowUp(p: { personId: string; name: string; companyId: string; companyName: string; last: string | null }, asOf: string): FollowUp | null {
  if (p.last === null) {
    return { ...none, kind: 'NOT_CONTACTED', urgency: 0.5, date: null, personId: p.personId, companyId: p.companyId,
      why: `${p.name}, a key person at ${p.companyName}, has no recorded contact with you` };
  }
  const days = daysBetween(p.last, asOf);
  if (days < FOLLOW_UP_RULE.notContactedDays) return null;
  return { ...none, kind: 'NOT_CONTACTED', urgency: round4(0.3 + 0.2 * s(days - FOLLOW_UP_RULE.notContactedDays, 90)), date: p.last.slice(0, 10), personId: p.personId, companyId: p.companyId,
    why: `${p.name}, a key person at ${p.companyName}, last contacted ${p.last.slice(0, 10)} (${days} days ago)` };
}

/** An open deal with nothing for 30 days (0.4-0.6): no interaction with its rep since, nor its proposal. */
export function quietDealFollowUp(d: { dealId: string; product: string; companyId: string; companyName: string; lastActivity: string | null }, asOf: string): FollowUp | null {
  const days = d.lastActivity ? daysBetween(d.lastActivity, asOf) : null;
  if (days !== null && days < FOLLOW_UP_RULE.quietDealDays) return null;
  return { ...none, kind: 'QUIET_DEAL', urgency: round4(0.4 + 0.2 * s((days ?? 365) - FOLLOW_UP_RULE.quietDealDays, 60)), date: d.lastActivity?.slice(0, 10) ?? null,
    dealId: d.dealId, companyId: d.companyId,
    why: `Open deal ${d.product} with ${d.companyName}: nothing since ${d.lastActivity ? `${d.lastActivity.slice(0, 10)} (${days} days)` : 'it was recorded (no date)'}` };
}

/** Most urgent first; then by kind (ORDER), date and the ids, so the order is total. */
export function rankFollowUps(items: FollowUp[]): FollowUp[] {
  const id = (f: FollowUp) => f.interactionId ?? f.contractId ?? f.dealId ?? f.personId ?? '';
  return [...items].sort((x, y) => y.urgency - x.urgency || ORDER.indexOf(x.kind) - ORDER.indexOf(y.kind)
    || (x.date ?? '').localeCompare(y.date ?? '') || (id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0));
}
