import { type Contract, renewalDate } from '@/domain/contract/contract';
import {
  type PartnerFacts, type Risk, type RiskKind, type Severity, competitorCounts, lossWindow, partnerDealFacts, partnerRisks, rankRisks, topPartners,
} from '@/domain/health/relationship-risk';
import { type Network } from '@/domain/paths/network';
import { findWarmPaths } from '@/app/paths/find-warm-paths';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { type DealFacts } from '@/store/deal/deal-operations';
import { type GraphStore } from '@/store/graph-store';
import { readManagerIds } from '@/store/paths/paths.queries';
import { type HealthContext } from './health-ports';
import { FieldProblems } from '@/app/validation/field-problems';
import { ID_REASON, ID_RULE } from '@/domain/shared/id-rule';
import { requireManager } from './follow-ups';
import { keyPersonTops } from '@/app/key-persons/key-person-rankings';
import { asOfProblem, checkAsOf } from './relationship-health';
import { changeMemo } from './change-memo';
import { tieTrend } from './tie-trends';
import { sharedNetwork, withTrustNetwork } from './trust-network';

export interface RiskNextStep {
  /** Whom to meet; null when no warm path reaches anyone to meet. */
  personId: string | null;
  personName: string | null;
  action: string;
  path: { people: { id: string; name: string }[]; strength: number } | null;
}

export interface RiskView {
  kind: RiskKind;
  severity: Severity;
  companyId: string;
  companyName: string;
  why: string;
  nextStep: RiskNextStep;
}

export interface RelationshipRisksInput {
  /** One manager's portfolio; null or absent: the whole team's. */
  managerId?: string | null;
  asOf?: string | null;
  limit?: number | null;
}

const ACTION: Record<RiskKind, string> = {
  SINGLE_THREADED: 'Meet a second person there, so the partner does not hang on one tie',
  WEAK_KEY_PERSON: 'Get to know the key person',
  FALLING_TRUST: 'Meet them soon and find out what changed',
  CONTRACT_LAPSING: 'Meet the key person about the renewal',
  REPEATED_LOSSES: 'Meet the key person about why deals go to the competitor',
};

/**
 * Threats to partner relationships in a manager's portfolio or the whole team's (README, "Relationship risks"), most
 * severe first, each with a next step: a person to meet and the warm path to them. No masked field is read, so every
 * role gets the same answer.
 */
export async function relationshipRisks(ctx: HealthContext, input: RelationshipRisksInput): Promise<RiskView[]> {
  const limit = input.limit ?? 20;
  // both at once (found by an outsider: a bad asOf hid a bad limit)
  new FieldProblems()
    .check(input.managerId == null || ID_RULE.test(input.managerId), 'managerId', ID_REASON)
    .addIf('asOf', asOfProblem(input.asOf))
    .check(Number.isInteger(limit) && limit >= 1 && limit <= 100, 'limit', 'must be from 1 to 100')
    .throwIfAny();
  const asOf = checkAsOf(input.asOf, ctx.today);
  const m = input.managerId ?? null;
  if (m !== null) await requireManager(ctx, m);
  // the ranked risks are one value of the graph as it is now: kept until the next change the feed tells (while the
  // in-memory network is loaded; a promise, so concurrent callers share one computation)
  const key = `${m ?? ''}\u0000${asOf}`;
  const memo = changeMemo<Promise<RankedRisks>>(ctx.store, 'relationship-risks');
  const facts = sharedNetwork(ctx.store) ? memo.get(key, () => rankedRisks(ctx, m, asOf)) : rankedRisks(ctx, m, asOf);
  const { risks, names, owners, personNames } = await facts.catch((e: unknown) => {
    memo.delete(key);
    throw e;
  });
  return Promise.all(risks.slice(0, limit).map(async (r): Promise<RiskView> => {
    const from = m ?? owners.get(r.companyId) ?? null;
    const to = r.meetPersonId ?? r.companyId;
    const path = to === from ? null : await warmPathTo(ctx, asOf, { to, from, avoid: r.avoid }).catch(() => null);
    const target = path?.people[path.people.length - 1] ?? null;
    const personId = r.meetPersonId ?? target?.id ?? null;
    return {
      kind: r.kind, severity: r.severity, companyId: r.companyId, companyName: names.get(r.companyId)!, why: r.why,
      nextStep: { personId, personName: personId ? (target?.id === personId ? target.name : personNames.get(personId) ?? null) : null, action: ACTION[r.kind], path },
    };
  }));
}

interface RankedRisks {
  risks: Risk[];
  names: Map<string, string>;
  /** The owner of each partner (the first manager by id), whose warm paths a team-wide risk starts from. */
  owners: Map<string, string>;
  /** The names of the people the risks say to meet. */
  personNames: Map<string, string | null>;
}

/** Every risk of the portfolio (null: the whole team's), most severe first, with what their next steps need. */
async function rankedRisks(ctx: HealthContext, m: string | null, asOf: string): Promise<RankedRisks> {
  const entries = m !== null ? (await ctx.read.portfolioByManagerIds([m]))[0] : await ctx.read.allPortfolio();
  const companyIds = [...new Set(entries.map((e) => e.companyId))].sort();
  const owners = new Map<string, string>();
  for (const e of [...entries].sort((x, y) => (x.managerId < y.managerId ? -1 : 1))) if (!owners.has(e.companyId)) owners.set(e.companyId, e.managerId);
  if (companyIds.length === 0) return { risks: [], names: new Map(), owners, personNames: new Map() };
  // who works there and the names: from the in-memory network when loaded (it holds every employment), else read
  const inMemory = sharedNetwork(ctx.store) !== null;
  const [companies, employments, contracts, deals, keys] = await Promise.all([
    inMemory ? null : ctx.read.companiesByIds(companyIds),
    inMemory ? null : ctx.read.employmentsByCompanyIds(companyIds, true, asOf),
    ctx.read.contractsByCompanyIds(companyIds),
    dealFactsOfPartners(ctx, companyIds, asOf),
    keyPersonTops(ctx.store, companyIds, asOf),
  ]);
  const ids = async (): Promise<string[]> => readManagerIds(ctx.read);
  const ranked = await withTrustNetwork(ctx.store, ids, asOf, (network) => {
    const staff = (k: number): string[] => (employments ? [...new Set(employments[k].map((e) => e.repId))] : network.currentEmployees(companyIds[k], asOf));
    const names = new Map(companyIds.map((id, k) => [id, (companies ? companies[k]?.name : network.companies.get(id)) ?? id] as const));
    const risks = rankRisks(partnerRisksOf(ctx.store, network, companyIds, names, staff, contracts, deals, keys, asOf));
    const personNames = new Map(risks.flatMap((r) => (r.meetPersonId ? [[r.meetPersonId, network.people.get(r.meetPersonId)?.name ?? null] as const] : [])));
    return { risks, names, owners, personNames };
  });
  // a network read around our managers holds only the people tied to them: the others' names by id
  const unnamed = [...ranked.personNames].filter(([, n]) => n === null).map(([id]) => id);
  if (unnamed.length) for (const p of await ctx.read.peopleByIds(unnamed)) if (p) ranked.personNames.set(p.id, p.name);
  return ranked;
}

/**
 * Each partner's deal facts on `asOf` (in the order of `companyIds`), only what the rules need of its deals: from the
 * deals with each company that the in-memory network holds (kept exact by the change feed; key persons read the same)
 * when it is loaded, else added up by the store in its query. Every partner's deals were 156,794 at 100,000 people:
 * seconds for Neo4j to add up, on every request after a write.
 */
export async function dealFactsOfPartners(ctx: Pick<HealthContext, 'store' | 'read'>, companyIds: readonly string[], asOf: string): Promise<DealFacts[]> {
  const network = sharedNetwork(ctx.store);
  // the store's query counts losses by the name as stored: merged by competitor, as partnerDealFacts counts them
  if (!network) return (await ctx.read.dealFactsByCompanyIds(companyIds, lossWindow(asOf))).map((f) => ({ ...f, lostTo: competitorCounts(f.lostTo) }));
  return companyIds.map((id) => partnerDealFacts(network.dealsWithCompany(id), asOf));
}

/** The strongest warm path to a person or a company (the warm-path use case), null when none. */
async function warmPathTo(ctx: HealthContext, today: string, q: { to: string; from: string | null; avoid: string[] }): Promise<RiskNextStep['path']> {
  const [best] = await findWarmPaths(neighbourhoodsOf(ctx.store), { ...q, limit: 1, today });
  if (!best) return null;
  const names = new Map(best.members.map((p) => [p.personId, p.name] as const));
  return { strength: best.strength, people: best.people.map((id) => ({ id, name: names.get(id) ?? id })) };
}

/**
 * Everyone's strongest effective trust with any of our managers, from the managers' side: their ties as warm paths
 * hold them (Network.adjacency, computed once until something between the two changes, shared with the searches).
 */
function bestTrustWithUs(network: Network): Map<string, number> {
  const best = new Map<string, number>();
  for (const m of network.managers()) {
    const i = network.indexOf(m);
    if (i < 0) continue;
    const { to, trust } = network.adjacency(i);
    for (let j = 0; j < to.length; j++) {
      const id = network.idAt(to[j]);
      if (!((best.get(id) ?? -1) >= trust[j])) best.set(id, trust[j]);
    }
  }
  return best;
}

/** Each partner's facts on `asOf` (who works there, our best trust with each, falling trust) and the risks they give. */
function partnerRisksOf(
  store: GraphStore, network: Network, companyIds: string[], names: Map<string, string>, staff: (k: number) => string[], contracts: Contract[][], deals: DealFacts[],
  keys: Map<string, { personId: string; name: string }[]>, asOf: string,
): Risk[] {
  const managers = network.managers();
  const won = new Map(companyIds.map((id, k) => [id, deals[k].wonRevenue] as const));
  const top = topPartners(won);
  const ourBest = bestTrustWithUs(network);

  const risks: Risk[] = [];
  companyIds.forEach((companyId, k) => {
    const isTop = top.has(companyId);
    const people = [...staff(k)].sort().map((personId) => {
      const trust = ourBest.get(personId) ?? 0;
      let falling = false;
      let trendFrom = trust;
      if (isTop) {
        // in the order of the person's ties (Network.neighbours), as warm paths hold them
        const i = network.indexOf(personId);
        const to = i < 0 ? [] : network.adjacency(i).to;
        for (let j = 0; j < to.length; j++) {
          const id = network.idAt(to[j]);
          if (!managers.has(id)) continue;
          const h = tieTrend(store, network, id, personId, asOf);
          if (h?.trend === 'FALLING') {
            falling = true;
            trendFrom = h.trustThen;
            break;
          }
        }
      }
      return { personId, name: network.people.get(personId)?.name ?? personId, trust, falling, trendFrom };
    });
    const facts: PartnerFacts = {
      companyId, companyName: names.get(companyId)!, top: isTop, people,
      keyPerson: keys.get(companyId)?.[0] ?? null,
      contracts: contracts[k].filter((c) => c.status === 'ACTIVE' && renewalDate(c)).map((c) => ({ contractId: c.id, renewalDate: renewalDate(c)! })),
      lostTo: deals[k].lostTo,
    };
    risks.push(...partnerRisks(facts, asOf));
  });

  return risks;
}
