import { type Employment, isCurrent } from '@/domain/employment/employment';
import { type EffectiveTrust } from './effective-trust';

/**
 * The sentence a manager reads for one step of a warm path: what ties the two people, for how long, the
 * trust the path used (and why it differs from the recorded one), and the last interaction or introduction
 * between them. For example:
 *   "田中 太郎 and 中村 大輔 are former colleagues at アルファ販売 (2016–2023), trust 0.85"
 */

export interface StepPerson {
  id: string;
  name: string;
  kind: 'MANAGER' | 'REP';
  team?: string | null;
}

export interface LastContact {
  kind: 'INTERACTION' | 'INTRODUCTION';
  /** Instant (interaction) or day (introduction). */
  at: string;
  /** Interactions: channel and reaction. */
  channel?: string | null;
  reaction?: string | null;
  /** Introductions: the three people's names and the outcome. */
  introducerName?: string;
  introducedName?: string;
  managerName?: string;
  outcome?: string;
}

export interface StepFacts {
  from: StepPerson;
  to: StepPerson;
  /** Relationship kind as recorded (null: not given, or an introduced tie). */
  kind: string | null;
  /** Relationship `since` (YYYY-MM-DD) when recorded. */
  since: string | null;
  trust: EffectiveTrust;
  /** Both people's employment histories, for colleagues' company and years. */
  employments: { from: Employment[]; to: Employment[] };
  companyNames: ReadonlyMap<string, string>;
  last: LastContact | null;
  /** For an introduced tie: the introduction that made it. */
  introducedBy?: { introducerName: string; at: string | null } | null;
  /** YYYY-MM-DD of the request. */
  today: string;
}

/** Trust as people read it: at most three decimals, e.g. 0.85, 0.9, 0.125. */
export function formatTrust(t: number): string {
  return String(Math.round(t * 1000) / 1000);
}

const year = (d: string | null | undefined): string | null => (d && /^\d{4}/.test(d) ? d.slice(0, 4) : null);

/** "3 years", "1 year", "5 months", "less than a month" between two days. */
export function duration(since: string, today: string): string | null {
  const a = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(since);
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!a || !b) return null;
  let months = (+b[1] - +a[1]) * 12 + (+b[2] - +a[2]);
  if (+b[3] < +(a[3] ?? '1')) months--;
  if (months < 0) return null;
  if (months < 1) return 'less than a month';
  if (months < 12) return months === 1 ? '1 month' : `${months} months`;
  const years = Math.floor(months / 12);
  return years === 1 ? '1 year' : `${years} years`;
}

interface Overlap {
  companyId: string;
  start: string | null;
  end: string | null;
}

/** Where the two worked at the same time; `currentOnly`: both still there on `today`. Latest first. */
export function overlaps(a: Employment[], b: Employment[], today: string, currentOnly: boolean): Overlap[] {
  const out: Overlap[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.companyId !== y.companyId) continue;
      if (currentOnly && !(isCurrent(x, today) && isCurrent(y, today))) continue;
      const start = [x.since, y.since].filter((s): s is string => !!s).sort().pop() ?? null;
      const ends = [x.until, y.until].filter((s): s is string => !!s).sort();
      const end = ends.length ? ends[0] : null;
      if (start && end && start > end) continue;
      out.push({ companyId: x.companyId, start, end });
    }
  }
  return out.sort((p, q) => (q.end ?? '9999').localeCompare(p.end ?? '9999') || (q.start ?? '').localeCompare(p.start ?? ''));
}

function relation(f: StepFacts): string {
  const a = f.from.name;
  const b = f.to.name;
  const company = (id: string) => f.companyNames.get(id) ?? id;
  const dur = f.since ? duration(f.since, f.today) : null;
  const forDur = dur ? ` for ${dur}` : '';
  if (f.trust.basis === 'INTRODUCED') {
    const [manager, other] = f.from.kind === 'MANAGER' ? [a, b] : [b, a];
    const by = f.introducedBy;
    const when = by?.at ? ` on ${by.at}` : '';
    return by ? `${other} was introduced to ${manager} by ${by.introducerName}${when} and they met` : `${other} was introduced to ${manager} and they met`;
  }
  switch (f.kind) {
    case 'BUSINESS':
      return `${a} and ${b} have done business together${forDur}`;
    case 'PERSONAL':
      return `${a} and ${b} have known each other personally${forDur}`;
    case 'COLLEAGUE': {
      if (f.from.kind === 'MANAGER' && f.to.kind === 'MANAGER') {
        const team = f.from.team && f.from.team === f.to.team ? ` in ${f.from.team}` : ' on our side';
        return `${a} and ${b} are colleagues${team}${forDur}`;
      }
      const now = overlaps(f.employments.from, f.employments.to, f.today, true)[0];
      if (now) {
        const since = year(now.start);
        return `${a} and ${b} are colleagues at ${company(now.companyId)}${since ? ` (since ${since})` : forDur}`;
      }
      return `${a} and ${b} are colleagues${forDur}`;
    }
    case 'FORMER_COLLEAGUE': {
      // where they worked together and at least one has left since (else any place they overlapped)
      const all = overlaps(f.employments.from, f.employments.to, f.today, false);
      const past = all.find((o) => o.end !== null && o.end <= f.today) ?? all[0];
      if (past) {
        const from = year(past.start);
        const to = past.end && past.end <= f.today ? year(past.end) : null;
        const span = from && to ? ` (${from === to ? from : `${from}–${to}`})` : from ? ` (from ${from})` : to ? ` (until ${to})` : '';
        return `${a} and ${b} are former colleagues at ${company(past.companyId)}${span}`;
      }
      return `${a} and ${b} are former colleagues${forDur}`;
    }
    default:
      return `${a} and ${b} know each other${forDur}`;
  }
}

function trustPart(t: EffectiveTrust): string {
  const value = `trust ${formatTrust(t.trust)}`;
  const fade = t.faded ? `, fading after ${t.faded.idleDays} days without a positive or negative contact` : '';
  if (t.basis === 'INTRODUCED') {
    const moved = t.positives || t.negatives ? `, ${signals(t)} since` : '';
    return `${value} (an introduction that led to a meeting${moved}${fade})`;
  }
  if (t.basis === 'OVERRIDDEN' && t.override) {
    const moved = t.positives || t.negatives ? `, ${signals(t)} since` : '';
    return `${value} (set by hand on ${t.override.at.slice(0, 10)}, the evidence gives ${formatTrust(t.override.computed)}${moved}${fade})`;
  }
  if (t.recorded === null || (t.positives === 0 && t.negatives === 0)) return value;
  if (t.basis === 'RECORDED') return `${value} (recorded; ${signals(t)} since, already at the limit${fade})`;
  return `${value} (recorded ${formatTrust(t.recorded)}, ${t.faded || t.trust > t.recorded ? 'raised' : 'lowered'} by ${signals(t)} since${fade})`;
}

function signals(t: EffectiveTrust): string {
  const parts: string[] = [];
  if (t.positives) parts.push(`${t.positives} positive ${t.positives === 1 ? 'contact' : 'contacts'}`);
  if (t.negatives) parts.push(`${t.negatives} negative ${t.negatives === 1 ? 'contact' : 'contacts'}`);
  return parts.join(' and ');
}

function lastPart(last: LastContact | null): string {
  if (!last) return '';
  if (last.kind === 'INTERACTION') {
    const day = last.at.slice(0, 10);
    const what = (last.channel ?? 'contact').toLowerCase();
    const reaction = last.reaction ? `, ${last.reaction.toLowerCase()}` : '';
    return `; last contact ${day} (${what}${reaction})`;
  }
  const outcome = last.outcome ? ` (${last.outcome.toLowerCase()})` : '';
  return `; last introduction ${last.at}: ${last.introducerName} introduced ${last.introducedName} to ${last.managerName}${outcome}`;
}

export function stepReason(f: StepFacts): string {
  // an introduced tie already names the introduction that made it
  const same = f.trust.basis === 'INTRODUCED' && f.last?.kind === 'INTRODUCTION' && f.last.at === (f.introducedBy?.at ?? null);
  return `${relation(f)}, ${trustPart(f.trust)}${same ? '' : lastPart(f.last)}`;
}
