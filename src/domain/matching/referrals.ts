/**
 * Referrals through a trusted rep: whom they could introduce us to. Pure: the caller reads the rep's own network
 * (ties, reports-to links, people they worked with) and the key-person rankings of the candidates' companies.
 *
 * Candidates: the rep's contacts (their KNOWS ties), colleagues now (same or another department, their boss and
 * reports), and former colleagues (employment periods overlapped at a company) who work elsewhere now. Left out:
 * the rep, our managers, people who work nowhere now, and people our managers already know well (combined trust
 * at least `knownTrust`). score = importance × tie, where
 *   importance  their key-person score at their company now, without the ourTrust part (rescaled to [0, 1])
 *   tie         how well the rep can reach them: the max of the rep's recorded trust in them, 0.6 for a boss or direct
 *               report, 0.4 for a colleague in the same department, 0.25 in another department, 0.2 for a former
 *               colleague (REFERRAL_TIES)
 */
import { isCurrent } from '@/domain/employment/employment';
import { KEY_PERSON_WEIGHTS, type KeyPersonScore } from '@/domain/key-persons/key-persons';
import { roundScore } from '@/domain/shared/rounding';
import { type InsightBase } from './facts';

export type ReferralRelation = 'CONTACT' | 'BOSS' | 'REPORT' | 'COLLEAGUE' | 'OTHER_DEPARTMENT' | 'FORMER_COLLEAGUE' | 'KEY_PERSON';

export const REFERRAL_TIES = { chart: 0.6, sameDepartment: 0.4, otherDepartment: 0.25, formerColleague: 0.2 } as const;
/** Key persons named as such: the top of their company's ranking. */
export const KEY_PERSON_TOP = 3;

export interface Employment {
  companyId: string;
  since: string | null;
  until: string | null;
  department: string | null;
}

/** The rep's own network, as read from the store. */
export interface ViaNetwork {
  viaId: string;
  viaName: string;
  contacts: { personId: string; trust: number; kind: string | null }[];
  bosses: string[];
  reports: string[];
  /** Someone else's employment at a company where the rep was employed too, with the rep's employment there. */
  coworkers: { personId: string; via: Employment; theirs: Employment }[];
}

export interface ReferralCandidate {
  personId: string;
  name: string;
  companyId: string;
  score: number;
  importance: number;
  tie: number;
  ourTrust: number;
  relations: ReferralRelation[];
  reasons: string[];
}

const overlaps = (a: Employment, b: Employment): boolean =>
  (a.since == null || b.until == null || a.since < b.until) && (b.since == null || a.until == null || b.since < a.until);
const later = (a: string | null, b: string | null): string | null => (a == null ? b : b == null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null): string | null => (a == null ? b : b == null ? a : a < b ? a : b);
/** When the two worked there at the same time: from the later start to the earlier end. */
const sharedPeriod = (a: Employment, b: Employment): string => `${later(a.since, b.since) ?? '?'} – ${earlier(a.until, b.until) ?? 'now'}`;

interface Facts {
  contact?: { trust: number; kind: string | null };
  boss?: boolean;
  report?: boolean;
  colleague?: { same: boolean; department: string | null; companyId: string };
  former?: { companyId: string; via: Employment; theirs: Employment };
}

/** The importance of someone ranked at their company: key-person score without our own trust, in [0, 1]. */
export function importanceOf(k: KeyPersonScore): number {
  return Math.max(0, (k.score - KEY_PERSON_WEIGHTS.ourTrust * k.signals.ourTrust) / (1 - KEY_PERSON_WEIGHTS.ourTrust));
}

/** The companies whose key-person rankings `referralCandidates` needs: where each possible candidate works now. */
export function candidateCompanies(net: ViaNetwork, base: InsightBase): string[] {
  const ids = new Set<string>([...net.contacts.map((c) => c.personId), ...net.bosses, ...net.reports, ...net.coworkers.map((c) => c.personId)]);
  const out = new Set<string>();
  for (const id of ids) {
    const c = base.companyOf.get(id);
    if (c) out.add(c);
  }
  return [...out].sort();
}

export function referralCandidates(
  net: ViaNetwork, base: InsightBase, rankings: ReadonlyMap<string, KeyPersonScore[]>,
  options: { knownTrust: number; limit: number; today: string },
): ReferralCandidate[] {
  const facts = new Map<string, Facts>();
  const f = (id: string): Facts => {
    let x = facts.get(id);
    if (!x) facts.set(id, (x = {}));
    return x;
  };
  for (const c of net.contacts) {
    const had = f(c.personId).contact;
    if (!had || c.trust > had.trust) f(c.personId).contact = { trust: c.trust, kind: c.kind };
  }
  for (const b of net.bosses) f(b).boss = true;
  for (const r of net.reports) f(r).report = true;
  for (const { personId, via, theirs } of net.coworkers) {
    if (isCurrent(via, options.today) && isCurrent(theirs, options.today)) {
      const same = !!via.department && via.department === theirs.department;
      const had = f(personId).colleague;
      if (!had || (same && !had.same)) f(personId).colleague = { same, department: theirs.department, companyId: via.companyId };
    } else if (overlaps(via, theirs)) {
      const had = f(personId).former;
      if (!had || (theirs.until ?? '9999') > (had.theirs.until ?? '9999')) f(personId).former = { companyId: via.companyId, via, theirs };
    }
  }

  // Rank of each person in their company's key-person ranking.
  const rankOf = (companyId: string, personId: string): { rank: number; k: KeyPersonScore } | null => {
    const r = rankings.get(companyId) ?? [];
    const i = r.findIndex((k) => k.personId === personId);
    return i < 0 ? null : { rank: i + 1, k: r[i] };
  };
  const companyName = (id: string): string => base.companies.get(id)?.name ?? id;
  const via = net.viaName;

  const out: ReferralCandidate[] = [];
  for (const [personId, x] of facts) {
    if (personId === net.viaId) continue;
    const rep = base.reps.get(personId);
    const companyId = base.companyOf.get(personId);
    if (!rep || !companyId) continue;
    const ties = base.ourTies.get(personId) ?? [];
    const ourTrust = 1 - ties.reduce((m, t) => m * (1 - t.trust), 1);
    if (ties.length && ourTrust >= options.knownTrust) continue;
    if (x.former && x.colleague) x.former = undefined;

    const relations: ReferralRelation[] = [];
    const reasons: string[] = [];
    let tie = 0;
    if (x.contact) {
      relations.push('CONTACT');
      tie = Math.max(tie, x.contact.trust);
      const kind = x.contact.kind ? `, ${x.contact.kind.toLowerCase().replace('_', ' ')} tie` : '';
      reasons.push(`${via} knows them (trust ${x.contact.trust.toFixed(2)}${kind})`);
    }
    if (x.boss) {
      relations.push('BOSS');
      tie = Math.max(tie, REFERRAL_TIES.chart);
      reasons.push(`${via}'s boss`);
    }
    if (x.report) {
      relations.push('REPORT');
      tie = Math.max(tie, REFERRAL_TIES.chart);
      reasons.push(`Reports to ${via}`);
    }
    if (x.colleague) {
      const at = companyName(x.colleague.companyId);
      if (x.colleague.same) {
        relations.push('COLLEAGUE');
        tie = Math.max(tie, REFERRAL_TIES.sameDepartment);
        reasons.push(`Colleague of ${via} in ${x.colleague.department} at ${at}`);
      } else {
        relations.push('OTHER_DEPARTMENT');
        tie = Math.max(tie, REFERRAL_TIES.otherDepartment);
        reasons.push(`Works in another department of ${at}${x.colleague.department ? ` (${x.colleague.department})` : ''}`);
      }
    }
    if (x.former) {
      relations.push('FORMER_COLLEAGUE');
      tie = Math.max(tie, REFERRAL_TIES.formerColleague);
      reasons.push(`Worked with ${via} at ${companyName(x.former.companyId)} (${sharedPeriod(x.former.via, x.former.theirs)}); now at ${companyName(companyId)}`);
    }
    const ranked = rankOf(companyId, personId);
    const importance = ranked ? importanceOf(ranked.k) : 0;
    if (ranked && ranked.rank <= KEY_PERSON_TOP) {
      relations.push('KEY_PERSON');
      reasons.push(`Key person #${ranked.rank} at ${companyName(companyId)}: ${ranked.k.reasons[0]}`);
    } else if (ranked && ranked.k.reasons.length) {
      reasons.push(`At ${companyName(companyId)}: ${ranked.k.reasons[0]}`);
    }
    reasons.push(ties.length ? `Our managers barely know them yet (trust ${ourTrust.toFixed(2)})` : 'None of our managers knows them yet');
    if (tie <= 0) continue;
    out.push({ personId, name: rep.name, companyId, score: roundScore(importance * tie), importance: roundScore(importance), tie: roundScore(tie), ourTrust: roundScore(ourTrust), relations, reasons });
  }
  out.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.personId < b.personId ? -1 : 1));
  return out.slice(0, options.limit);
}
