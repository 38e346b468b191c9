/**
 * Proposals matched to the person: whom to pitch a product to, and which products to pitch to a rep.
 * One score for a (rep, product) pair, used both ways, so the two answers agree. Pure: no I/O.
 *
 * score = Σ weight × signal, each signal in [0, 1] (PROPOSAL_WEIGHTS, summing to 1):
 *   affinity        1 when the product is among their expertise, 0.6 among their interests, else 0
 *   companyFit      mean of industry fit and segment fit of their company for the product: lift = the product's
 *                   share of won deals in that industry (segment) ÷ the share of all won deals there, smoothed
 *                   toward 1 with 5 pseudo-deals; fit = lift / (lift + 1): 0.5 when nothing is known, best segment;
 *                   when the company's business policy or challenges name the product (its key in their normalised
 *                   text, keys of 2 characters or more), halfway from that to 1: (fit + 1) / 2
 *   ourTrust        1 − Π(1 − trust) over our managers' ties to them
 *   responsiveness  0.6 × speed (FAST 1, NORMAL 0.6, SLOW 0.2, unknown 0.5) + 0.4 × stance (PROACTIVE 1, CAUTIOUS 0.4,
 *                   unknown 0.6)
 *   pastWins        saturate(Σ recency of the product's deals they won, 1), half-life 365 days
 *   companyWins     saturate(Σ recency of the product's deals their company won, 2)
 *
 * A caller who may not see a rep's tendencies (response speed, stance: masked for analysts) gets a score computed
 * without them (ProposalView): responsiveness is left out, never read, and the other weights are divided by 0.9 so
 * that they still add up to 1. Their ranking, signals and reasons come from that score alone, so nothing they are
 * shown depends on what is masked for them.
 */
import { type Actor } from '@/domain/auth/actor';
import { isMasked } from '@/domain/auth/masking';
import { combinedTrust, recencyWeight, saturate } from '@/domain/key-persons/math';
import { roundScore } from '@/domain/shared/rounding';
import { searchKey } from '@/domain/shared/search-text';
import { type CompanyBrief, type InsightBase, type RepFacts } from './facts';

export interface ProposalSignals {
  affinity: number;
  companyFit: number;
  ourTrust: number;
  responsiveness: number;
  pastWins: number;
  companyWins: number;
}
export type ProposalSignalName = keyof ProposalSignals;
type SignalName = ProposalSignalName;
/** The signals as shown: responsiveness is null in a view without tendencies. */
export type ShownSignals = Omit<ProposalSignals, 'responsiveness'> & { responsiveness: number | null };

export const PROPOSAL_WEIGHTS: Readonly<ProposalSignals> = {
  affinity: 0.3,
  companyFit: 0.15,
  ourTrust: 0.15,
  responsiveness: 0.1,
  pastWins: 0.2,
  companyWins: 0.1,
};

/**
 * What a caller may see of a rep, and so what their proposal scores are made of. ALL: every signal.
 * WITHOUT_TENDENCIES: no responsiveness (it reads response speed and stance); the other weights rescaled to sum to 1.
 */
export type ProposalView = 'ALL' | 'WITHOUT_TENDENCIES';

/** The view of a caller: without tendencies when either of the fields responsiveness reads is masked for them. */
export function proposalViewOf(actor: Actor): ProposalView {
  return isMasked(actor, 'Rep', 'responseSpeed') || isMasked(actor, 'Rep', 'stance') ? 'WITHOUT_TENDENCIES' : 'ALL';
}

const WITHOUT_TENDENCIES_WEIGHTS: Readonly<ProposalSignals> = (() => {
  const rest = 1 - PROPOSAL_WEIGHTS.responsiveness;
  const out = {} as ProposalSignals;
  for (const k of Object.keys(PROPOSAL_WEIGHTS) as SignalName[]) out[k] = k === 'responsiveness' ? 0 : PROPOSAL_WEIGHTS[k] / rest;
  return out;
})();

/** The weights of a view: PROPOSAL_WEIGHTS, or without responsiveness and the others rescaled to sum to 1. */
export function proposalWeights(view: ProposalView): Readonly<ProposalSignals> {
  return view === 'ALL' ? PROPOSAL_WEIGHTS : WITHOUT_TENDENCIES_WEIGHTS;
}

export const PROPOSAL_PARAMS = {
  interestAffinity: 0.6,
  fitPseudoDeals: 5,
  winHalfLifeDays: 365,
  repWinsHalf: 1,
  companyWinsHalf: 2,
  speed: { FAST: 1, NORMAL: 0.6, SLOW: 0.2 } as Record<string, number>,
  unknownSpeed: 0.5,
  stance: { PROACTIVE: 1, CAUTIOUS: 0.4 } as Record<string, number>,
  unknownStance: 0.6,
  speedShare: 0.6,
  /** A fit is named as a reason from this lift up. */
  liftReason: 1.2,
  reasonThreshold: 0.01,
} as const;

/** Normalised key of an industry or segment, so that spelling variants meet. */
const key = (s: string): string => searchKey(s);

interface ProductStats {
  key: string;
  name: string;
  won: number;
  byIndustry: Map<string, number>;
  bySegment: Map<string, number>;
  /** Dates of this product's won deals, per rep and per company. */
  wonByRep: Map<string, (string | null)[]>;
  wonByCompany: Map<string, (string | null)[]>;
  openByRep: Map<string, number>;
}

/** Who won what where: per product and over all products (the baseline of a lift). */
export interface ProductMarket {
  products: Map<string, ProductStats>;
  won: number;
  byIndustry: Map<string, number>;
  bySegment: Map<string, number>;
  /** Reps linked to each product: among their expertise or interests, or won it before. */
  linked: Map<string, string[]>;
  /** Memos (the market is built per graph version and day): company fit per company and product, recency per date. */
  fits: Map<string, Map<string, Fit>>;
  weights: Map<string, number>;
  ourTrust: Map<string, number>;
  /** Recency-weighted win sums per product and day: per rep and per company. */
  winSums: Map<string, { rep: Map<string, number>; company: Map<string, number> }>;
}

const inc = <K>(m: Map<K, number>, k: K, by = 1): void => {
  m.set(k, (m.get(k) ?? 0) + by);
};
const add = <V>(m: Map<string, V[]>, k: string, v: V): void => {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
};

export function productMarket(base: Pick<InsightBase, 'deals' | 'companies' | 'reps'>): ProductMarket {
  const market: ProductMarket = {
    products: new Map(), won: 0, byIndustry: new Map(), bySegment: new Map(), linked: new Map(), fits: new Map(), weights: new Map(), ourTrust: new Map(), winSums: new Map(),
  };
  const spellings = new Map<string, Map<string, number>>();
  const companyKeys = new Map<string, { industry: string | null; segments: string[] }>();
  for (const c of base.companies.values()) {
    companyKeys.set(c.id, { industry: c.industry ? key(c.industry) : null, segments: [...new Set(c.segments.map(key))] });
  }
  for (const d of base.deals) {
    if (!d.productKey) continue;
    let p = market.products.get(d.productKey);
    if (!p) {
      p = { key: d.productKey, name: d.product, won: 0, byIndustry: new Map(), bySegment: new Map(), wonByRep: new Map(), wonByCompany: new Map(), openByRep: new Map() };
      market.products.set(d.productKey, p);
      spellings.set(d.productKey, new Map());
    }
    inc(spellings.get(d.productKey)!, d.product);
    if (d.stage === 'OPEN') {
      if (d.repId) inc(p.openByRep, d.repId);
      continue;
    }
    if (d.stage !== 'WON') continue;
    p.won++;
    market.won++;
    if (d.repId) add(p.wonByRep, d.repId, d.date);
    add(p.wonByCompany, d.companyId, d.date);
    const c = companyKeys.get(d.companyId);
    if (c?.industry) {
      inc(p.byIndustry, c.industry);
      inc(market.byIndustry, c.industry);
    }
    for (const s of c?.segments ?? []) {
      inc(p.bySegment, s);
      inc(market.bySegment, s);
    }
  }
  const linked = new Map<string, Set<string>>();
  const link = (k: string, repId: string): void => {
    let set = linked.get(k);
    if (!set) linked.set(k, (set = new Set()));
    set.add(repId);
  };
  for (const rep of base.reps.values()) for (const k of [...rep.expertiseKeys, ...rep.interestKeys]) link(k, rep.id);
  for (const p of market.products.values()) for (const repId of p.wonByRep.keys()) link(p.key, repId);
  for (const [k, set] of linked) market.linked.set(k, [...set]);
  // The name shown for a product: its most used spelling, then the smallest.
  for (const [k, counts] of spellings) {
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    market.products.get(k)!.name = best[0];
  }
  return market;
}

/** Smoothed lift of a product in one industry or segment; null without a baseline there. */
export function lift(productThere: number, productWon: number, allThere: number, allWon: number, pseudo: number = PROPOSAL_PARAMS.fitPseudoDeals): number | null {
  if (allThere <= 0 || allWon <= 0) return null;
  const prior = allThere / allWon;
  return (productThere + pseudo * prior) / (productWon + pseudo) / prior;
}

const fitOf = (l: number | null): number => (l === null ? 0.5 : l / (l + 1));

interface Fit {
  value: number;
  /** The company's business policy or challenges name the product. */
  strategic: boolean;
  industryLift: number | null;
  bestSegment: { name: string; lift: number } | null;
}

function companyFit(company: CompanyBrief | null, productKey: string, p: ProductStats | undefined, m: ProductMarket): Fit {
  if (!company) return computeFit(company, p, m);
  let perCompany = m.fits.get(productKey);
  if (!perCompany) m.fits.set(productKey, (perCompany = new Map()));
  let fit = perCompany.get(company.id);
  if (!fit) perCompany.set(company.id, (fit = strategicFit(company, productKey, computeFit(company, p, m))));
  return fit;
}

/** A fit moved halfway to 1 when the company's direction (business policy, challenges) names the product. */
function strategicFit(company: CompanyBrief, productKey: string, fit: Fit): Fit {
  const strategic = productKey.length >= 2 && !!company.strategy && company.strategy.includes(productKey);
  return strategic ? { ...fit, value: (fit.value + 1) / 2, strategic } : fit;
}

function computeFit(company: CompanyBrief | null, p: ProductStats | undefined, m: ProductMarket): Fit {
  const won = p?.won ?? 0;
  let industryLift: number | null = null;
  if (company?.industry) {
    const k = key(company.industry);
    industryLift = lift(p?.byIndustry.get(k) ?? 0, won, m.byIndustry.get(k) ?? 0, m.won);
  }
  let bestSegment: Fit['bestSegment'] = null;
  let segmentFit = 0.5;
  let first = true;
  for (const s of company?.segments ?? []) {
    const k = key(s);
    const l = lift(p?.bySegment.get(k) ?? 0, won, m.bySegment.get(k) ?? 0, m.won);
    if (l === null) continue;
    if (first || fitOf(l) > segmentFit) {
      segmentFit = fitOf(l);
      bestSegment = { name: s, lift: l };
      first = false;
    }
  }
  return { value: (fitOf(industryLift) + segmentFit) / 2, strategic: false, industryLift, bestSegment };
}

export function responsiveness(rep: Pick<RepFacts, 'responseSpeed' | 'stance'>): number {
  const P = PROPOSAL_PARAMS;
  const speed = rep.responseSpeed ? P.speed[rep.responseSpeed] ?? P.unknownSpeed : P.unknownSpeed;
  const stance = rep.stance ? P.stance[rep.stance] ?? P.unknownStance : P.unknownStance;
  return P.speedShare * speed + (1 - P.speedShare) * stance;
}

export interface ProposalScore {
  repId: string;
  repName: string;
  productKey: string;
  product: string;
  companyId: string | null;
  score: number;
  signals: ShownSignals;
  reasons: string[];
}

function total(c: ProposalSignals): number {
  return c.affinity + c.companyFit + c.ourTrust + c.responsiveness + c.pastWins + c.companyWins;
}

/** Recency-weighted sums of a product's wins per rep and per company, as of `today` (kept in the market). */
function productSums(market: ProductMarket, productKey: string, today: string): { rep: Map<string, number>; company: Map<string, number> } {
  const sumsKey = `${productKey}\u0000${today}`;
  let sums = market.winSums.get(sumsKey);
  if (!sums) {
    const stats = market.products.get(productKey);
    const weight = (d: string | null): number => {
      const k = `${today}\u0000${d ?? ''}`;
      let w = market.weights.get(k);
      if (w === undefined) market.weights.set(k, (w = recencyWeight(d, today, PROPOSAL_PARAMS.winHalfLifeDays)));
      return w;
    };
    sums = { rep: new Map(), company: new Map() };
    for (const [id, dates] of stats?.wonByRep ?? []) sums.rep.set(id, dates.reduce((x, d) => x + weight(d), 0));
    for (const [id, dates] of stats?.wonByCompany ?? []) sums.company.set(id, dates.reduce((x, d) => x + weight(d), 0));
    market.winSums.set(sumsKey, sums);
  }
  return sums;
}

/** The score alone (no reasons, few allocations), computed exactly as scoreProposal computes it. */
function quickScore(
  base: InsightBase, market: ProductMarket, rep: RepFacts, productKey: string, stats: ProductStats | undefined,
  sums: { rep: Map<string, number>; company: Map<string, number> }, companyId: string, view: ProposalView,
): number {
  const P = PROPOSAL_PARAMS;
  const W = proposalWeights(view);
  const company = base.companies.get(companyId) ?? null;
  const expert = rep.expertiseKeys.includes(productKey);
  const affinity = expert ? 1 : rep.interestKeys.includes(productKey) ? P.interestAffinity : 0;
  let ourTrust = market.ourTrust.get(rep.id);
  if (ourTrust === undefined) market.ourTrust.set(rep.id, (ourTrust = combinedTrust((base.ourTies.get(rep.id) ?? []).map((t) => t.trust))));
  return total({
    affinity: affinity * W.affinity,
    companyFit: companyFit(company, productKey, stats, market).value * W.companyFit,
    ourTrust: ourTrust * W.ourTrust,
    responsiveness: view === 'ALL' ? responsiveness(rep) * W.responsiveness : 0,
    pastWins: saturate(sums.rep.get(rep.id) ?? 0, P.repWinsHalf) * W.pastWins,
    companyWins: saturate(sums.company.get(companyId) ?? 0, P.companyWinsHalf) * W.companyWins,
  });
}

/** The score of pitching `productKey` to `rep` as seen in `view` (see the header for the formula). */
export function scoreProposal(
  base: InsightBase, market: ProductMarket, rep: RepFacts, productKey: string, today: string, view: ProposalView, productName?: string,
): ProposalScore {
  const P = PROPOSAL_PARAMS;
  const stats = market.products.get(productKey);
  // a product no deal names is spelled as the rep lists it, not as its normalised key (found by an outsider: "crm")
  const listed = rep.expertise[rep.expertiseKeys.indexOf(productKey)] ?? rep.interests[rep.interestKeys.indexOf(productKey)];
  const name = stats?.name ?? productName ?? listed ?? productKey;
  const companyId = base.companyOf.get(rep.id) ?? null;
  const company = companyId ? base.companies.get(companyId) ?? null : null;

  const expert = rep.expertiseKeys.includes(productKey);
  const interested = !expert && rep.interestKeys.includes(productKey);
  const affinity = expert ? 1 : interested ? P.interestAffinity : 0;
  const fit = companyFit(company, productKey, stats, market);
  const ties = base.ourTies.get(rep.id) ?? [];
  let ourTrust = market.ourTrust.get(rep.id);
  if (ourTrust === undefined) market.ourTrust.set(rep.id, (ourTrust = combinedTrust(ties.map((t) => t.trust))));
  const resp = view === 'ALL' ? responsiveness(rep) : null;
  const repWins = stats?.wonByRep.get(rep.id) ?? [];
  const companyWins = companyId ? stats?.wonByCompany.get(companyId) ?? [] : [];
  const sums = productSums(market, productKey, today);
  const repWinSum = sums.rep.get(rep.id) ?? 0;
  const companyWinSum = companyId ? sums.company.get(companyId) ?? 0 : 0;
  const pastWins = saturate(repWinSum, P.repWinsHalf);
  const coWins = saturate(companyWinSum, P.companyWinsHalf);

  const signals: ShownSignals = { affinity, companyFit: fit.value, ourTrust, responsiveness: resp, pastWins, companyWins: coWins };
  const W = proposalWeights(view);
  const contributions: ProposalSignals = {
    affinity: affinity * W.affinity, companyFit: fit.value * W.companyFit, ourTrust: ourTrust * W.ourTrust,
    responsiveness: resp === null ? 0 : resp * W.responsiveness, pastWins: pastWins * W.pastWins, companyWins: coWins * W.companyWins,
  };
  const score = total(contributions);

  const sentences: [SignalName | 'info', number, string][] = [];
  const say = (s: SignalName, text: string): void => {
    if (contributions[s] >= P.reasonThreshold) sentences.push([s, contributions[s], text]);
  };
  if (expert) say('affinity', `Lists ${name} among their expertise`);
  if (interested) say('affinity', `Interested in ${name}`);
  if (repWins.length) {
    const latest = repWins.filter((d): d is string => !!d).sort().pop();
    say('pastWins', `Won ${repWins.length} ${name} deal${repWins.length === 1 ? '' : 's'} before${latest ? ` (latest ${latest.slice(0, 10)})` : ''}`);
  }
  if (companyWins.length && company) say('companyWins', `${company.name} has won ${companyWins.length} ${name} deal${companyWins.length === 1 ? '' : 's'}`);
  const fits: string[] = [];
  if (fit.industryLift !== null && fit.industryLift >= P.liftReason && company?.industry) {
    fits.push(`${name} wins ${fit.industryLift.toFixed(1)}× as often as usual at ${company.industry} companies`);
  }
  if (fit.bestSegment && fit.bestSegment.lift >= P.liftReason) {
    fits.push(`${fits.length ? 'and' : `${name} wins`} ${fit.bestSegment.lift.toFixed(1)}× as often as usual at companies serving ${fit.bestSegment.name}`);
  }
  // Ordered by what the fit adds over a neutral company (0.5).
  if (fits.length) sentences.push(['companyFit', (fit.value - 0.5) * W.companyFit, fits.join(' ')]);
  if (fit.strategic && company) sentences.push(['companyFit', (fit.value - 0.5) * W.companyFit, `${company.name}'s business policy or challenges name ${name}`]);
  if (ties.length) {
    const named = ties.slice(0, 2).map((t) => `${t.managerName} (trust ${t.trust.toFixed(2)})`).join(', ');
    say('ourTrust', `Known to our managers: ${named}${ties.length > 2 ? ` and ${ties.length - 2} more` : ''}`);
  }
  if (view === 'ALL') {
    const speedWord = rep.responseSpeed === 'FAST' ? 'fast to respond' : rep.responseSpeed === 'NORMAL' ? 'responds in normal time' : null;
    const stanceWord = rep.stance === 'PROACTIVE' ? 'proactive' : null;
    if (speedWord || stanceWord) {
      const text = [speedWord, stanceWord].filter(Boolean).join(rep.responseSpeed === 'FAST' ? ' and ' : ', ');
      sentences.push(['responsiveness', contributions.responsiveness, text[0].toUpperCase() + text.slice(1)]);
    }
  }
  sentences.sort((a, b) => b[1] - a[1]);
  const open = stats?.openByRep.get(rep.id) ?? 0;
  if (open) sentences.push(['info', 0, `Already has ${open} open ${name} deal${open === 1 ? '' : 's'}`]);
  if (company?.partnerStatus === 'TERMINATED') sentences.push(['info', 0, `${company.name} is a terminated partner`]);
  if (!sentences.some(([s]) => s !== 'info')) sentences.unshift(['info', 0, `No strong signal for ${name} yet`]);

  return {
    repId: rep.id, repName: rep.name, productKey, product: name, companyId, score: roundScore(score),
    signals: roundAll(signals),
    reasons: sentences.map(([, , t]) => t),
  };
}

function roundAll(s: ShownSignals): ShownSignals {
  const out = { ...s };
  for (const k of Object.keys(s) as SignalName[]) {
    const v = s[k];
    if (v !== null) out[k] = roundScore(v);
  }
  return out;
}

const byScore = (a: ProposalScore, b: ProposalScore, tie: (x: ProposalScore) => string): number =>
  b.score - a.score || (tie(a) < tie(b) ? -1 : tie(a) > tie(b) ? 1 : 0);

/**
 * Reps to pitch a product to: everyone who works at a partner now (not a TERMINATED one) and has the product among
 * their expertise or interests or has won it before; best first (score in `view`, then name, then id).
 */
export function proposalTargets(
  base: InsightBase, market: ProductMarket, productKey: string, limit: number, today: string, view: ProposalView,
): ProposalScore[] {
  // Scores only for all; the reasons for the few shown.
  return describeTargets(base, market, productKey, scoredTargets(base, market, productKey, today, view).slice(0, limit), today, view);
}

/** A rep's place among a product's targets: the score proposalTargets ranks by, with the rep's name and id. */
export interface ScoredTarget {
  repId: string;
  repName: string;
  score: number;
}

/** proposalTargets' order: best score first, then name, then id. */
export const byTargetRank = (a: ScoredTarget, b: ScoredTarget): number =>
  b.score - a.score || (a.repName < b.repName ? -1 : a.repName > b.repName ? 1 : a.repId < b.repId ? -1 : a.repId > b.repId ? 1 : 0);

/** One rep as a target of the product, or null when proposalTargets leaves them out (unknown, working nowhere now, or at a terminated partner). */
export function scoredTarget(base: InsightBase, market: ProductMarket, repId: string, productKey: string, today: string, view: ProposalView): ScoredTarget | null {
  const rep = base.reps.get(repId);
  const companyId = base.companyOf.get(repId);
  if (!rep || !companyId || base.companies.get(companyId)?.partnerStatus === 'TERMINATED') return null;
  const sums = productSums(market, productKey, today);
  return { repId, repName: rep.name, score: roundScore(quickScore(base, market, rep, productKey, market.products.get(productKey), sums, companyId, view)) };
}

/** Every target of the product (the reps linked to it), in proposalTargets' order. */
export function scoredTargets(base: InsightBase, market: ProductMarket, productKey: string, today: string, view: ProposalView): ScoredTarget[] {
  const scored: ScoredTarget[] = [];
  for (const repId of market.linked.get(productKey) ?? []) {
    const s = scoredTarget(base, market, repId, productKey, today, view);
    if (s) scored.push(s);
  }
  return scored.sort(byTargetRank);
}

/** The targets `ranked` with their signals and reasons (scoreProposal), in that order. */
export function describeTargets(
  base: InsightBase, market: ProductMarket, productKey: string, ranked: readonly ScoredTarget[], today: string, view: ProposalView,
): ProposalScore[] {
  return ranked.map((s) => scoreProposal(base, market, base.reps.get(s.repId)!, productKey, today, view));
}

/** Products to pitch a rep, best first (score in `view`, then product name): every product that was ever won or is open. */
export function proposalsFor(
  base: InsightBase, market: ProductMarket, rep: RepFacts, limit: number, today: string, view: ProposalView,
): ProposalScore[] {
  const out = [...market.products.keys()].map((k) => scoreProposal(base, market, rep, k, today, view));
  return out.sort((a, b) => byScore(a, b, (x) => x.product)).slice(0, limit);
}
