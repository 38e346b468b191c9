import { type InsightBase, type RepFacts } from '@/domain/matching/facts';
import {
  type ProductMarket, type ProposalScore, type ProposalView, type ScoredTarget, byTargetRank, describeTargets, productMarket, scoredTarget, scoredTargets,
} from '@/domain/matching/proposals';
import { MAX_INSIGHT_LIMIT } from '@/domain/shared/insight-limit';
import { type ReferralCandidate, type ViaNetwork, candidateCompanies, referralCandidates } from '@/domain/matching/referrals';
import { type GraphStore } from '@/store/graph-store';
import { baseCompanies, baseDeals, baseManagerTies, baseReps, currentEmployers, viaNetwork } from '@/store/insights/insights.queries';
import { ChangeTracked, type Once } from '@/store/insights/change-tracked';
import { type Change } from '@/store/changes/change';
import { topicKey } from '@/store/graph-operations';
import { type Person, isRep } from '@/domain/person/person';
import { RevisionCache } from '@/store/insights/revision-cache';
import { OverlayMap } from '@/domain/shared/overlay-map';
import { keyPersonRankings } from '@/app/key-persons/key-person-rankings';

export interface InsightWorld {
  base: InsightBase;
  market: ProductMarket;
  /** Each product's best targets (as many as a client may ask for), per view and product key; computed on first request. */
  targets: Map<string, ProposalScore[]>;
  /** Every target of each product, ranked (scores only), per view and product key: what `targets` is described from. */
  scored: Map<string, ScoredTarget[]>;
}

/**
 * The insight base, section by section, kept across writes (ChangeTracked): a change re-reads only the sections it
 * can alter. A tie between two known reps alters none (only our managers' ties are facts here); people, companies,
 * employments and deals alter their own sections; contracts, interactions, introductions, reports-to links, trust
 * overrides, portfolios and tokens alter none.
 */
export const insightWorlds = new ChangeTracked<InsightBase, InsightWorld>({
  read: {
    reps: (store) => baseReps(store.read),
    companyOf: (store, today) => currentEmployers(store.read, today),
    ourTies: (store) => baseManagerTies(store.read),
    companies: (store) => baseCompanies(store.read),
    deals: (store) => baseDeals(store.read),
  },
  daily: ['companyOf'],
  touched(c, held) {
    switch (c.type) {
      case 'person': return ['reps', 'companyOf', 'ourTies'];
      case 'company': return ['companies', 'companyOf'];
      case 'employment': return ['companyOf'];
      case 'deal': return ['deals'];
      case 'tie': return held && held.reps.has(c.a) && held.reps.has(c.b) ? [] : ['ourTies'];
      default: return [];
    }
  },
  patch: { reps: patchReps, companyOf: patchCompanyOf, ourTies: patchOurTies },
  build: (base, today, previous) => (previous ? worldAfter(previous.sections, previous.value, base, today) : null)
    ?? { base, market: productMarket(base), targets: new Map(), scored: new Map() },
});

const topicKeys = (rep: RepFacts | undefined): Set<string> => new Set(rep ? [...rep.expertiseKeys, ...rep.interestKeys] : []);

/**
 * The world after a change of reps' facts or of our managers' ties only (deals, companies and who works where as
 * they were), derived from the world before instead of built anew: the market's products and fits are kept, the
 * products each changed rep is linked to are linked again, and in those products' rankings only the changed reps
 * are scored again and put in their place (a rep's facts move their own score only; the rest keep theirs). Equal to
 * productMarket(base) and scoredTargets in everything a ranking reads (the contract test of the insight caches
 * compares answers with a full re-read). A change of our managers' ties drops every ranking. Null when anything else
 * changed.
 */
function worldAfter(before: InsightBase, world: InsightWorld, base: InsightBase, today: string): InsightWorld | null {
  if (base.deals !== before.deals || base.companies !== before.companies || base.companyOf !== before.companyOf) return null;
  const market = world.market;
  const tiesChanged = base.ourTies !== before.ourTies;
  const changed: string[] = [];
  if (base.reps !== before.reps) {
    const overlaid = OverlayMap.changedKeys(base.reps, before.reps);
    if (overlaid) changed.push(...overlaid);
    else {
      for (const [id, rep] of base.reps) if (before.reps.get(id) !== rep) changed.push(id);
      for (const id of before.reps.keys()) if (!base.reps.has(id)) changed.push(id);
    }
  }
  const linked = changed.length ? new Map(market.linked) : market.linked;
  const affected = new Set<string>();
  for (const id of changed) {
    const now = topicKeys(base.reps.get(id));
    const keys = new Set([...topicKeys(before.reps.get(id)), ...now]);
    for (const [k, p] of market.products) if (p.wonByRep.has(id)) keys.add(k);
    for (const k of keys) {
      affected.add(k);
      // as productMarket links: among the rep's expertise or interests (reps that are known now), or won it before
      const should = now.has(k) || !!market.products.get(k)?.wonByRep.has(id);
      const list = linked.get(k) ?? [];
      if (should === list.includes(id)) continue;
      const next = should ? [...list, id] : list.filter((r) => r !== id);
      if (next.length) linked.set(k, next);
      else linked.delete(k);
    }
  }
  const next: InsightWorld = { base, market: { ...market, linked, ourTrust: tiesChanged ? new Map() : market.ourTrust }, targets: new Map(), scored: new Map() };
  if (tiesChanged) return next;
  for (const [key, ranked] of world.targets) if (!affected.has(key.slice(key.indexOf('\u0000') + 1))) next.targets.set(key, ranked);
  const gone = new Set(changed);
  for (const [key, ranked] of world.scored) {
    const productKey = key.slice(key.indexOf('\u0000') + 1);
    if (!affected.has(productKey)) {
      next.scored.set(key, ranked);
      continue;
    }
    const view = key.slice(0, key.indexOf('\u0000')) as ProposalView;
    const list = ranked.filter((t) => !gone.has(t.repId));
    const now = linked.get(productKey) ?? [];
    for (const id of changed) {
      if (!now.includes(id)) continue;
      const t = scoredTarget(base, next.market, id, productKey, today, view);
      if (t) list.splice(placeOf(list, t), 0, t);
    }
    next.scored.set(key, list);
  }
  return next;
}

/** Where `t` goes in `ranked` (byTargetRank order). */
function placeOf(ranked: readonly ScoredTarget[], t: ScoredTarget): number {
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byTargetRank(ranked[mid], t) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The people `changes` name, read again by id (absent: deleted); null when a change is not about one person. Read
 * once per refresh (`once`) for the three sections a person change touches (reps, companyOf, ourTies).
 */
async function changedPeople(store: GraphStore, changes: Change[], once: Once): Promise<Map<string, Person | null> | null> {
  if (changes.some((c) => c.type !== 'person')) return null;
  const ids = [...new Set(changes.map((c) => (c as { id: string }).id))];
  const people = await once(`people\u0000${ids.join('\u0000')}`, () => store.read.peopleByIds(ids));
  return new Map(ids.map((id, i) => [id, people[i]] as const));
}

/** Reps' facts: the changed people read again by id (a person change), or everything (anything else). */
async function patchReps(store: GraphStore, held: InsightBase['reps'], changes: Change[], _today: string, once: Once): Promise<InsightBase['reps']> {
  const people = await changedPeople(store, changes, once);
  if (!people) return baseReps(store.read);
  // the held facts with the changed reps over them, not a copy of every rep's
  return OverlayMap.with(held, [...people].map(([id, p]) => [id, p && isRep(p) ? {
    id, name: p.name, responseSpeed: p.responseSpeed ?? null, stance: p.stance ?? null, expertise: [...p.expertise], interests: [...p.interests],
    expertiseKeys: p.expertise.map(topicKey), interestKeys: p.interests.map(topicKey),
  } : undefined] as const));
}

/** Where everyone works: a person change alters it only by deleting the person (their employments go with them). */
async function patchCompanyOf(store: GraphStore, held: InsightBase['companyOf'], changes: Change[], today: string, once: Once): Promise<InsightBase['companyOf']> {
  const people = await changedPeople(store, changes, once);
  if (!people) return currentEmployers(store.read, today);
  const gone = [...people].filter(([id, p]) => !p && held.has(id));
  if (gone.length === 0) return held;
  const out = new Map(held);
  for (const [id] of gone) out.delete(id);
  return out;
}

/** Our managers' ties: a rep's change alters them only by deleting the rep; a manager's change reads them again. */
async function patchOurTies(store: GraphStore, held: InsightBase['ourTies'], changes: Change[], _today: string, once: Once): Promise<InsightBase['ourTies']> {
  const people = await changedPeople(store, changes, once);
  // a manager's change (their name is on their ties), a deletion (whoever it was), or not a person change
  if (!people || [...people.values()].some((p) => !p || !isRep(p))) return baseManagerTies(store.read);
  return held;
}

/**
 * What proposals and referrals read about the whole network, in memory, kept up to date by the change feed: after a
 * write only what it can have changed is read again (see insightWorlds).
 */
export function insightWorld(store: GraphStore, today: string): Promise<InsightWorld> {
  return insightWorlds.get(store, today);
}

/** A rep's own network (ties, chart, co-workers), kept until the next write on the embedded engine. */
const viaNetworks = new RevisionCache<ViaNetwork>(5000);

export async function referrals(
  store: GraphStore, via: { id: string; name: string }, options: { knownTrust: number; limit: number; today: string },
): Promise<{ candidates: ReferralCandidate[]; world: InsightWorld }> {
  const [world, net] = await Promise.all([
    insightWorld(store, options.today),
    viaNetworks.get(store, via.id, options.today, () => viaNetwork(store.read, via.id, via.name)),
  ]);
  const rankings = await keyPersonRankings(store, candidateCompanies(net, world.base), options.today);
  return { candidates: referralCandidates(net, world.base, rankings, options), world };
}

/**
 * The best `limit` reps to pitch a product to, ranked by the score of the caller's view; the ranking is kept with the
 * world it was computed from, one per view (an analyst's ranking is never another role's, nor the reverse).
 */
export function targetsFor(world: InsightWorld, productKey: string, limit: number, today: string, view: ProposalView): ProposalScore[] {
  const key = `${view}\u0000${productKey}`;
  let ranked = world.targets.get(key);
  if (!ranked) {
    let scored = world.scored.get(key);
    if (!scored) world.scored.set(key, (scored = scoredTargets(world.base, world.market, productKey, today, view)));
    world.targets.set(key, (ranked = describeTargets(world.base, world.market, productKey, scored.slice(0, MAX_INSIGHT_LIMIT), today, view)));
  }
  return ranked.slice(0, limit);
}
