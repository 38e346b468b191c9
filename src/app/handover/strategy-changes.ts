import { InvalidInput } from '@/app/errors';
import { type Actor } from '@/domain/auth/actor';
import { type Company } from '@/domain/company/company';
import { type StrategyChange } from '@/domain/handover/strategy-change';
import { type InsightBase, strategyKey } from '@/domain/matching/facts';
import { type ProductMarket, type ProposalScore, proposalViewOf, proposalsFor } from '@/domain/matching/proposals';
import { type GraphOperations } from '@/store/graph-operations';
import { strategyChangesSince } from '@/store/handover/strategy-changes';

/** A rep at a changed company whose best proposals changed: as they were before the change, and now. */
export interface ChangedProposals {
  repId: string;
  before: ProposalScore[];
  after: ProposalScore[];
}

export interface CompanyStrategyChange {
  company: Company;
  /** The latest change's time. */
  changedAt: string;
  /** Since `since`, oldest first. */
  changes: StrategyChange[];
  /** Reps working there now whose top proposals differ from those under the strategy before the first change. */
  proposals: ChangedProposals[];
}

export interface StrategyDeps {
  read: GraphOperations;
  actor: Actor;
  today: string;
  /** The insight base and market proposalsFor and proposalTargets answer from now (the adapter's cache). */
  insightWorld(): Promise<{ base: InsightBase; market: ProductMarket }>;
}

/** How many proposals per rep are compared, and how many reps per company are looked at. */
export const STRATEGY_LIMITS = { proposals: 5, reps: 50 } as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `since` as the UTC instant changes are stored in: a day is its start (UTC). */
export function sinceInstant(since: string): string {
  const day = since.slice(0, 10);
  const realDay = !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
  const ms = !realDay ? NaN : DAY.test(since) ? Date.parse(`${since}T00:00:00Z`) : INSTANT.test(since) ? Date.parse(since) : NaN;
  if (Number.isNaN(ms)) throw InvalidInput.field('since', 'must be a day YYYY-MM-DD or an ISO 8601 instant with offset');
  return new Date(ms).toISOString();
}

const sameList = (a: ProposalScore[], b: ProposalScore[]): boolean =>
  a.length === b.length && a.every((x, i) => x.productKey === b[i].productKey && x.score === b[i].score);

/**
 * strategyChanges: partners whose business policy or challenges changed since `since`, latest change first, each
 * with its changes and the proposals that changed: for each rep there now, proposalsFor under the strategy as it was
 * before the first change since `since`, and as it is (what proposalsFor answers on this request).
 */
export async function strategyChanges(deps: StrategyDeps, since: string): Promise<CompanyStrategyChange[]> {
  const changes = await strategyChangesSince(deps.read, sinceInstant(since));
  const byCompany = new Map<string, StrategyChange[]>();
  for (const c of changes) byCompany.set(c.companyId, [...(byCompany.get(c.companyId) ?? []), c]);
  if (byCompany.size === 0) return [];
  const ids = [...byCompany.keys()];
  const [companies, world] = await Promise.all([deps.read.companiesByIds(ids), deps.insightWorld()]);
  const view = proposalViewOf(deps.actor);
  const out: CompanyStrategyChange[] = [];
  ids.forEach((id, k) => {
    const company = companies[k];
    if (!company) return;
    const list = byCompany.get(id)!;
    const first = (field: string) => list.find((c) => c.field === field);
    const policy = first('businessPolicy') ? first('businessPolicy')!.before : company.businessPolicy;
    const challenges = first('challenges') ? first('challenges')!.before : company.challenges;
    const brief = world.base.companies.get(id);
    const proposals: ChangedProposals[] = [];
    if (brief) {
      const before: InsightBase = { ...world.base, companies: new Map(world.base.companies).set(id, { ...brief, strategy: strategyKey(policy, challenges) }) };
      const beforeMarket: ProductMarket = { ...world.market, fits: new Map() }; // fits are memoised per company: recomputed
      const reps = [...world.base.companyOf].filter(([, c]) => c === id).map(([r]) => r).sort().slice(0, STRATEGY_LIMITS.reps);
      for (const repId of reps) {
        const rep = world.base.reps.get(repId);
        if (!rep) continue;
        const now = proposalsFor(world.base, world.market, rep, STRATEGY_LIMITS.proposals, deps.today, view);
        const then = proposalsFor(before, beforeMarket, rep, STRATEGY_LIMITS.proposals, deps.today, view);
        if (!sameList(now, then)) proposals.push({ repId, before: then, after: now });
      }
    }
    out.push({ company, changedAt: list[list.length - 1].at, changes: list, proposals });
  });
  return out.sort((a, b) => b.changedAt.localeCompare(a.changedAt) || a.company.id.localeCompare(b.company.id));
}
