/**
 * Key-person discovery: who matters most inside a company, from six signals a partner manager recognises.
 * Pure: the caller fetches the company's subgraph (see src/store/insights) and passes it in with "today".
 *
 * score = Σ weight × signal, every signal in [0, 1], weights summing to 1 (KEY_PERSON_WEIGHTS):
 *   seniority      0.6 × title rank + 0.4 × ln(1 + people below them in the reports-to chart) / ln(headcount)
 *   reach          saturate(Σ trust of their ties to current colleagues, 3)
 *   centrality     betweenness on the colleagues' trust ties ÷ the highest betweenness in the company
 *   dealInfluence  0.5 × saturate(won deals + 0.25 × open deals, 2) + 0.5 × their share of the company's won revenue,
 *                  every deal weighted by recency (half-life 365 days, from closedAt, else proposedAt)
 *   introductions  saturate(Σ outcome weight × recency, 1): MET 1, PENDING 0.5, DECLINED 0.25, half-life 730 days
 *   ourTrust       1 − Π(1 − trust) over our managers' KNOWS ties to them
 */
import { DealStage, IntroductionOutcome } from '@/domain/shared/enums';
import { chartSpan, indexedBetweenness } from './company-graph';
import { combinedTrust, formatShare, formatYen, recencyWeight, saturate } from './math';
import { roundScore } from '@/domain/shared/rounding';
import { titleRank } from './title-rank';

export interface CompanyMember {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  since: string | null;
}
/** A KNOWS edge between two current members. */
export interface ColleagueTie {
  a: string;
  b: string;
  trust: number;
}
export interface ChartLink {
  repId: string;
  bossId: string;
}
/** A deal of the company; `repId` is the partner rep who handled it. */
export interface DealFact {
  id: string;
  repId: string | null;
  stage: DealStage | string;
  amount: number | null;
  closedAt: string | null;
  proposedAt: string | null;
  /** Normalised product (topicKey), for proposals. */
  productKey?: string | null;
  /** Whom a lost deal went to (null when not named), for the relationship risks' repeated losses. */
  competitor?: string | null;
}
/** An introduction a member made to one of our managers. */
export interface IntroductionFact {
  introducerId: string;
  outcome: IntroductionOutcome | string;
  at: string | null;
}
/** A KNOWS edge between a member and one of our managers. */
export interface ManagerTie {
  personId: string;
  managerId: string;
  managerName: string;
  trust: number;
}

/** Everything the score reads about one company, as of one day. */
export interface CompanySubgraph {
  companyId: string;
  companyName: string;
  members: CompanyMember[];
  ties: ColleagueTie[];
  chart: ChartLink[];
  deals: DealFact[];
  introductions: IntroductionFact[];
  managerTies: ManagerTie[];
}

export interface KeyPersonSignals {
  seniority: number;
  reach: number;
  centrality: number;
  dealInfluence: number;
  introductions: number;
  ourTrust: number;
}
export type SignalName = keyof KeyPersonSignals;

export const KEY_PERSON_WEIGHTS: Readonly<KeyPersonSignals> = {
  seniority: 0.3,
  reach: 0.15,
  centrality: 0.15,
  dealInfluence: 0.2,
  introductions: 0.1,
  ourTrust: 0.1,
};

export const KEY_PERSON_PARAMS = {
  titleShare: 0.6,
  reachHalf: 3,
  dealHalfLifeDays: 365,
  openDealWeight: 0.25,
  wonDealsHalf: 2,
  introHalfLifeDays: 730,
  introHalf: 1,
  introOutcomeWeight: { MET: 1, PENDING: 0.5, DECLINED: 0.25 } as Record<string, number>,
  /** A signal is named in the reasons when it adds at least this much to the score. */
  reasonThreshold: 0.01,
  /** A title is named as a reason from this rank up (係長 / chief and above). */
  seniorTitleRank: 0.4,
} as const;

/** The facts behind the signals, kept for reasons and for callers that want the raw numbers. */
export interface KeyPersonFacts {
  title: string | null;
  /** Title rank in [0, 1] (see title-rank.ts) and the level it was read as. */
  titleRank: number;
  titleLevel: string | null;
  department: string | null;
  reportsBelow: number;
  colleagueTies: number;
  colleagueTrustSum: number;
  betweenness: number;
  wonDeals: number;
  wonRecent: number;
  wonAmount: number;
  openDeals: number;
  revenueShare: number;
  introductionsMade: number;
  introductionsMet: number;
  managerTies: { managerId: string; managerName: string; trust: number }[];
}

export interface KeyPersonScore {
  personId: string;
  name: string;
  score: number;
  signals: KeyPersonSignals;
  contributions: KeyPersonSignals;
  facts: KeyPersonFacts;
  reasons: string[];
}

/** recencyWeight for one day and half-life, remembered per date (many deals share a date). */
export function memoRecency(today: string, halfLifeDays: number): (date: string | null | undefined) => number {
  const memo = new Map<string, number>();
  return (date) => {
    const key = date ?? '';
    let w = memo.get(key);
    if (w === undefined) memo.set(key, (w = recencyWeight(date, today, halfLifeDays)));
    return w;
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Scores every current member of the company, best first (score, then name, then id). */
export function scoreKeyPersons(g: CompanySubgraph, today: string): KeyPersonScore[] {
  const P = KEY_PERSON_PARAMS;
  const dealWeight = memoRecency(today, P.dealHalfLifeDays);
  const introWeight = memoRecency(today, P.introHalfLifeDays);
  // One entry per person, in id order, so that sums run in the same order whatever order the engine returned.
  const memberMap = new Map<string, CompanyMember>();
  for (const m of [...g.members].sort(byId)) if (!memberMap.has(m.id)) memberMap.set(m.id, m);
  const members = [...memberMap.values()];
  const ids = members.map((m) => m.id);
  const n = members.length;

  // members by index (their id order): a tie is the pair of indexes, lower first, kept once (the last one given wins)
  const at = new Map<string, number>();
  members.forEach((m, i) => at.set(m.id, i));
  const tieTrust = new Map<number, number>();
  for (const t of g.ties) {
    const x = at.get(t.a);
    const y = at.get(t.b);
    if (x === undefined || y === undefined || x === y) continue;
    tieTrust.set(x < y ? x * n + y : y * n + x, t.trust);
  }
  // in (a, b) order too: a sum of trusts is rounded in the order it runs, and an average of 0.725 shown to two
  // decimals would otherwise depend on the order the engine returned the ties in
  const tieKeys = Float64Array.from(tieTrust.keys()).sort();
  const tieFrom = new Int32Array(tieKeys.length);
  const tieTo = new Int32Array(tieKeys.length);
  const trustSum = new Float64Array(n);
  const tieCount = new Int32Array(n);
  for (let i = 0; i < tieKeys.length; i++) {
    const key = tieKeys[i];
    const a = (tieFrom[i] = Math.floor(key / n));
    const b = (tieTo[i] = key % n);
    const trust = tieTrust.get(key)!;
    trustSum[a] += trust;
    tieCount[a]++;
    trustSum[b] += trust;
    tieCount[b]++;
  }
  const bc = indexedBetweenness(n, tieFrom, tieTo);
  let maxBc = 0;
  for (let i = 0; i < n; i++) if (bc[i] > maxBc) maxBc = bc[i];
  const span = chartSpan(ids, g.chart);

  const deals = [...g.deals].sort(byId);
  let companyWonValue = 0;
  const dealsOf = new Map<string, DealFact[]>();
  for (const d of deals) {
    if (d.stage === DealStage.WON) companyWonValue += (d.amount ?? 0) * dealWeight(d.closedAt ?? d.proposedAt);
    if (d.repId && memberMap.has(d.repId)) push(dealsOf, d.repId, d);
  }
  const introsOf = new Map<string, IntroductionFact[]>();
  const byIntroduction = (x: IntroductionFact, y: IntroductionFact): number => (x.at ?? '').localeCompare(y.at ?? '') || String(x.outcome).localeCompare(String(y.outcome));
  for (const i of [...g.introductions].sort(byIntroduction)) if (memberMap.has(i.introducerId)) push(introsOf, i.introducerId, i);
  const managersOf = new Map<string, Map<string, ManagerTie>>();
  for (const t of g.managerTies) {
    if (!memberMap.has(t.personId)) continue;
    const m = managersOf.get(t.personId) ?? new Map<string, ManagerTie>();
    m.set(t.managerId, t);
    managersOf.set(t.personId, m);
  }

  const ranks = new Map<string | null, ReturnType<typeof titleRank>>();
  const scores = members.map((m, i): KeyPersonScore => {
    let tr = ranks.get(m.title);
    if (!tr) ranks.set(m.title, (tr = titleRank(m.title)));
    const below = span.get(m.id) ?? 0;
    const chartRank = n > 1 ? Math.log(1 + below) / Math.log(n) : 0;
    const seniority = P.titleShare * tr.rank + (1 - P.titleShare) * chartRank;

    const colleagueTrustSum = trustSum[i];
    const reach = saturate(colleagueTrustSum, P.reachHalf);
    const centrality = maxBc > 0 ? bc[i] / maxBc : 0;

    let won = 0, wonWeighted = 0, wonRecent = 0, wonAmount = 0, wonValue = 0, open = 0, openWeighted = 0;
    for (const d of dealsOf.get(m.id) ?? []) {
      const w = dealWeight(d.closedAt ?? d.proposedAt);
      if (d.stage === DealStage.WON) {
        won++;
        wonWeighted += w;
        wonAmount += d.amount ?? 0;
        wonValue += (d.amount ?? 0) * w;
        if (w >= 0.5) wonRecent++;
      } else if (d.stage === DealStage.OPEN) {
        open++;
        openWeighted += w;
      }
    }
    const revenueShare = companyWonValue > 0 ? wonValue / companyWonValue : 0;
    const dealInfluence = 0.5 * saturate(wonWeighted + P.openDealWeight * openWeighted, P.wonDealsHalf) + 0.5 * revenueShare;

    let introValue = 0, introMet = 0;
    const intros = introsOf.get(m.id) ?? [];
    for (const i of intros) {
      introValue += (P.introOutcomeWeight[i.outcome] ?? 0) * introWeight(i.at);
      if (i.outcome === IntroductionOutcome.MET) introMet++;
    }
    const introductions = saturate(introValue, P.introHalf);

    const mt = [...(managersOf.get(m.id)?.values() ?? [])].sort((x, y) => y.trust - x.trust || (x.managerId < y.managerId ? -1 : 1));
    const ourTrust = combinedTrust(mt.map((t) => t.trust));

    const signals: KeyPersonSignals = { seniority, reach, centrality, dealInfluence, introductions, ourTrust };
    const contributions = weigh(signals, KEY_PERSON_WEIGHTS);
    const score = Object.values(contributions).reduce((s, x) => s + x, 0);
    const facts: KeyPersonFacts = {
      title: m.title, titleRank: tr.rank, titleLevel: tr.level, department: m.department, reportsBelow: below,
      colleagueTies: tieCount[i], colleagueTrustSum, betweenness: bc[i],
      wonDeals: won, wonRecent, wonAmount, openDeals: open, revenueShare,
      introductionsMade: intros.length, introductionsMet: introMet,
      managerTies: mt.map((t) => ({ managerId: t.managerId, managerName: t.managerName, trust: t.trust })),
    };
    return {
      personId: m.id, name: m.name, score: roundScore(score), signals: roundAll(signals), contributions, facts,
      reasons: keyPersonReasons(contributions, facts, n),
    };
  });
  return scores.sort(compareScores);
}

/** Score descending, then name, then id: a total order, the same on every engine. */
export function compareScores(x: { score: number; name: string; personId: string }, y: { score: number; name: string; personId: string }): number {
  if (y.score !== x.score) return y.score - x.score;
  if (x.name !== y.name) return x.name < y.name ? -1 : 1;
  return x.personId < y.personId ? -1 : x.personId > y.personId ? 1 : 0;
}

function weigh(signals: KeyPersonSignals, weights: Readonly<KeyPersonSignals>): KeyPersonSignals {
  const out = {} as KeyPersonSignals;
  for (const k of Object.keys(weights) as SignalName[]) out[k] = signals[k] * weights[k];
  return out;
}

function roundAll(s: KeyPersonSignals): KeyPersonSignals {
  const out = {} as KeyPersonSignals;
  for (const k of Object.keys(s) as SignalName[]) out[k] = roundScore(s[k]);
  return out;
}

/**
 * One short sentence per signal that raised the score noticeably, strongest contribution first.
 * Someone with no signal at all still gets a sentence, so that `reasons` is never empty.
 */
export function keyPersonReasons(contributions: KeyPersonSignals, f: KeyPersonFacts, headcount: number): string[] {
  const P = KEY_PERSON_PARAMS;
  const sentences: [number, string][] = [];
  const add = (signal: SignalName, text: string | null): void => {
    if (text && contributions[signal] >= P.reasonThreshold) sentences.push([contributions[signal], text]);
  };
  const where = f.department ? ` in ${f.department}` : '';
  const senior = f.titleLevel !== null && f.titleRank >= P.seniorTitleRank;
  if (senior || f.reportsBelow > 0) {
    const parts: string[] = [];
    if (senior) parts.push(`Senior title: ${f.title} (${f.titleLevel})${where}`);
    if (f.reportsBelow > 0) parts.push(`${f.reportsBelow} of ${headcount - 1} colleagues report up to them`);
    add('seniority', parts.join('; '));
  }
  if (f.colleagueTies > 0) {
    add('reach', `Trusted by ${f.colleagueTies} colleague${f.colleagueTies === 1 ? '' : 's'} (average trust ${(f.colleagueTrustSum / f.colleagueTies).toFixed(2)})`);
  }
  if (f.betweenness > 0) {
    add('centrality', `Bridges colleagues: on ${formatShare(f.betweenness)} of the shortest trust paths between other colleagues`);
  }
  if (f.wonDeals > 0 || f.openDeals > 0) {
    const parts: string[] = [];
    if (f.wonDeals > 0) {
      parts.push(`Handled ${f.wonDeals} won deal${f.wonDeals === 1 ? '' : 's'} worth ${formatYen(f.wonAmount)} (${formatShare(f.revenueShare)} of the company's recent won revenue)`);
      if (f.wonRecent > 0) parts.push(`${f.wonRecent} in the last year`);
    }
    if (f.openDeals > 0) parts.push(`${f.openDeals} open deal${f.openDeals === 1 ? '' : 's'} in progress`);
    add('dealInfluence', parts.join('; '));
  }
  if (f.introductionsMade > 0) {
    add('introductions', `Introduced ${f.introductionsMade} ${f.introductionsMade === 1 ? 'person' : 'people'} to our managers (${f.introductionsMet} met)`);
  }
  if (f.managerTies.length > 0) {
    const named = f.managerTies.slice(0, 2).map((t) => `${t.managerName} (trust ${t.trust.toFixed(2)})`).join(', ');
    const more = f.managerTies.length > 2 ? ` and ${f.managerTies.length - 2} more` : '';
    add('ourTrust', `Known to our managers: ${named}${more}`);
  }
  sentences.sort((a, b) => b[0] - a[0]);
  const out = sentences.map(([, s]) => s);
  if (out.length === 0) out.push(f.title ? `Works here now as ${f.title}${where}; no stronger signal recorded yet` : 'Works here now; no stronger signal recorded yet');
  return out;
}
