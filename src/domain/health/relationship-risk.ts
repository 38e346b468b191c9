import { addDays, daysBetween } from './trust-rank';
import { byCompetitor } from '@/domain/deal/competitor';

/**
 * Threats to a partner relationship (README, "Relationship risks"). Pure rules over facts the use case gathers.
 *
 * - SINGLE_THREADED: one person there has a strong tie (effective trust ≥ 0.6) with our team; nobody else does.
 * - WEAK_KEY_PERSON: the partner's key person (top of the key-person ranking) has no tie with our team of trust ≥ 0.4.
 * - FALLING_TRUST: our tie with someone at a top partner is FALLING (90-day trend).
 * - CONTRACT_LAPSING: an active contract comes up for renewal within 90 days, or already did.
 * - REPEATED_LOSSES: 2 or more deals lost to the same competitor in the last 365 days.
 * Severity HIGH, MEDIUM or LOW; a top partner (the top 20 % by won revenue, at least one) raises MEDIUM to HIGH.
 */

export type RiskKind = 'SINGLE_THREADED' | 'WEAK_KEY_PERSON' | 'FALLING_TRUST' | 'CONTRACT_LAPSING' | 'REPEATED_LOSSES';
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';

export const RISK_RULE = {
  strongTie: 0.6,
  knownKeyPerson: 0.4,
  lapsingDays: 90,
  urgentLapseDays: 30,
  lossWindowDays: 365,
  repeatedLosses: 2,
  topPartnerShare: 0.2,
} as const;

export interface Risk {
  kind: RiskKind;
  severity: Severity;
  companyId: string;
  why: string;
  /** Whom to meet about it (the next step), when someone: the warm path to them is added by the use case. */
  meetPersonId: string | null;
  /** People the path to meet should avoid (the single thread itself). */
  avoid: string[];
}

const raise = (s: Severity, top: boolean): Severity => (top && s === 'MEDIUM' ? 'HIGH' : s);

/** Partners in the top share by won revenue (at least one when any won anything). */
export function topPartners(wonRevenue: Map<string, number>): Set<string> {
  const ranked = [...wonRevenue.entries()].filter(([, v]) => v > 0).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const n = Math.max(ranked.length ? 1 : 0, Math.ceil(ranked.length * RISK_RULE.topPartnerShare));
  return new Set(ranked.slice(0, n).map(([id]) => id));
}

export interface PartnerFacts {
  companyId: string;
  companyName: string;
  top: boolean;
  /** People working there now with their best effective trust with our team (0 when no tie), names, and trends. */
  people: { personId: string; name: string; trust: number; falling: boolean; trendFrom: number }[];
  keyPerson: { personId: string; name: string } | null;
  contracts: { contractId: string; renewalDate: string }[];
  /** Lost deals in the loss window (lossWindow), counted per named competitor (lossesByCompetitor). */
  lostTo: ReadonlyMap<string, number>;
}

/** The days a lost deal counts in for REPEATED_LOSSES: the lossWindowDays before `asOf`, both ends included. */
export function lossWindow(asOf: string): { from: string; to: string } {
  return { from: addDays(asOf, -RISK_RULE.lossWindowDays), to: asOf };
}

/** Losses per competitor name merged by competitor (width, case and spaces aside: byCompetitor). */
export function competitorCounts(counts: Iterable<readonly [string, number]>): Map<string, number> {
  return byCompetitor(counts, (a, b) => a + b, (n) => n);
}

/**
 * Lost deals (competitor: null or '' when not named; day: closedAt, else proposedAt) counted per named competitor,
 * those whose day is in the loss window only. The store counts the same in its query (dealFactsByCompanyIds).
 */
export function lossesByCompetitor(losses: readonly { competitor: string | null; day: string | null }[], asOf: string): Map<string, number> {
  const counted: [string, number][] = [];
  for (const l of losses) {
    if (!l.competitor || !l.day || l.day > asOf || daysBetween(l.day, asOf) > RISK_RULE.lossWindowDays) continue;
    counted.push([l.competitor, 1]);
  }
  return competitorCounts(counted);
}

/** What the deal facts of a partner are read from: a deal with it (the in-memory network's DealFact). */
export interface PartnerDeal {
  stage: string;
  amount: number | null;
  closedAt: string | null;
  proposedAt: string | null;
  competitor?: string | null;
}

/**
 * A partner's deal facts on `asOf` from its deals: the revenue of its WON deals (an amount not recorded counts 0), and
 * its LOST deals counted per named competitor in the loss window (lossesByCompetitor). The store adds up the same in
 * its query (dealFactsByCompanyIds).
 */
export function partnerDealFacts(deals: readonly PartnerDeal[], asOf: string): { wonRevenue: number; lostTo: Map<string, number> } {
  let wonRevenue = 0;
  const losses: { competitor: string | null; day: string | null }[] = [];
  for (const d of deals) {
    if (d.stage === 'WON') wonRevenue += d.amount ?? 0;
    else if (d.stage === 'LOST') losses.push({ competitor: d.competitor ?? null, day: d.closedAt ?? d.proposedAt });
  }
  return { wonRevenue, lostTo: lossesByCompetitor(losses, asOf) };
}

export function partnerRisks(f: PartnerFacts, asOf: string): Risk[] {
  const out: Risk[] = [];
  const strong = f.people.filter((p) => p.trust >= RISK_RULE.strongTie);
  if (strong.length === 1 && f.people.length > 1) {
    out.push({ kind: 'SINGLE_THREADED', severity: raise('MEDIUM', f.top), companyId: f.companyId, meetPersonId: null, avoid: [strong[0].personId],
      why: `${f.companyName} hangs on ${strong[0].name}: the only one of ${f.people.length} people there with a strong tie (trust ≥ ${RISK_RULE.strongTie}) to our team` });
  }
  if (f.keyPerson) {
    const known = f.people.find((p) => p.personId === f.keyPerson!.personId)?.trust ?? 0;
    if (known < RISK_RULE.knownKeyPerson) {
      out.push({ kind: 'WEAK_KEY_PERSON', severity: raise('MEDIUM', f.top), companyId: f.companyId, meetPersonId: f.keyPerson.personId, avoid: [],
        why: `${f.keyPerson.name}, the key person at ${f.companyName}, ${known > 0 ? `has only trust ${Math.round(known * 1e4) / 1e4} with our team` : 'has no tie with our team'}` });
    }
  }
  if (f.top) {
    for (const p of f.people.filter((x) => x.falling)) {
      out.push({ kind: 'FALLING_TRUST', severity: 'HIGH', companyId: f.companyId, meetPersonId: p.personId, avoid: [],
        why: `Trust with ${p.name} at ${f.companyName}, a top partner, fell from ${Math.round(p.trendFrom * 1e4) / 1e4} to ${Math.round(p.trust * 1e4) / 1e4} in 90 days` });
    }
  }
  for (const c of f.contracts) {
    const passed = c.renewalDate < asOf;
    const left = passed ? 0 : daysBetween(asOf, c.renewalDate);
    if (!passed && left > RISK_RULE.lapsingDays) continue;
    const severity: Severity = passed || left <= RISK_RULE.urgentLapseDays ? 'HIGH' : raise('MEDIUM', f.top);
    out.push({ kind: 'CONTRACT_LAPSING', severity, companyId: f.companyId, meetPersonId: f.keyPerson?.personId ?? null, avoid: [],
      why: passed ? `The contract with ${f.companyName} came up for renewal on ${c.renewalDate} and is still active` : `The contract with ${f.companyName} comes up for renewal on ${c.renewalDate}, in ${left} days` });
  }
  for (const [competitor, n] of [...f.lostTo.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) {
    if (n < RISK_RULE.repeatedLosses) continue;
    out.push({ kind: 'REPEATED_LOSSES', severity: raise(n >= 3 ? 'HIGH' : 'MEDIUM', f.top), companyId: f.companyId, meetPersonId: f.keyPerson?.personId ?? null, avoid: [],
      why: `${n} deals with ${f.companyName} lost to ${competitor} in the last ${RISK_RULE.lossWindowDays} days` });
  }
  return out;
}

const SEVERITY_ORDER: Severity[] = ['HIGH', 'MEDIUM', 'LOW'];
const KIND_ORDER: RiskKind[] = ['CONTRACT_LAPSING', 'FALLING_TRUST', 'SINGLE_THREADED', 'WEAK_KEY_PERSON', 'REPEATED_LOSSES'];

/** Most severe first, then by kind, company and person. */
export function rankRisks(risks: Risk[]): Risk[] {
  return [...risks].sort((x, y) => SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity)
    || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || (x.companyId < y.companyId ? -1 : x.companyId > y.companyId ? 1 : 0)
    || (x.meetPersonId ?? '').localeCompare(y.meetPersonId ?? ''));
}
