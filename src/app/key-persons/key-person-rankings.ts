import { type CompanySubgraph, type KeyPersonScore, scoreKeyPersons } from '@/domain/key-persons/key-persons';
import { type GraphStore } from '@/store/graph-store';
import { companySubgraphs } from '@/store/insights/insights.queries';
import { companySubgraphFromNetwork } from '@/domain/key-persons/company-subgraph';
import { sharedNetwork } from '@/app/health/trust-network';
import { RevisionCache, relevantRevision } from '@/store/insights/revision-cache';
import { type Change } from '@/store/changes/change';

/**
 * Changes that cannot move a key-person ranking: a company's subgraph (companySubgraphs) reads its members and their
 * employments, ties, org chart, introductions, its deals and name, never interactions, portfolios, contracts, trust
 * overrides, revenue targets or tokens. Any other change (and one of a kind added later) drops every ranking.
 */
const IRRELEVANT: ReadonlySet<Change['type']> = new Set(['interaction', 'portfolio', 'contract', 'contracts-of-company', 'trust-override', 'revenue-target', 'revenue-targets-of-scope', 'token', 'tokens-of-manager']);

/**
 * Every current member of a company, scored and ranked, per company (see README "Key persons"), kept until a change
 * that can move a ranking (so a day's notes and next actions do not make every partner's ranking computed again).
 */
const rankingRevision = relevantRevision('key-person-rankings', (c) => !IRRELEVANT.has(c.type));
const rankings = new RevisionCache<KeyPersonScore[]>(2000, rankingRevision);

/** How many of a company's key persons `keyPersonTops` keeps (follow-ups watch 3, risks the first). */
export const TOP_KEY_PERSONS = 5;

/**
 * The first key persons of every company asked, by the same rule and revision as the rankings, but a few ids and names
 * each instead of every member's score with its reasons: the team's risks ask for every partner (6,667 at 100,000
 * people), more rankings than the ranking cache holds, so each whole-team request after a write computed thousands of
 * rankings again (about 45 s on Kuzu at 100,000 people). These stay until a change that can move a ranking.
 */
const tops = new RevisionCache<{ personId: string; name: string }[]>(1_000_000, rankingRevision);

/**
 * The subgraphs of some companies: from the in-memory network (people, employments, ties, introductions, reports-to
 * links and deals with each company; kept exact by the change feed) when it is loaded, without a read; else from six
 * queries. Both give the same subgraph (test/contract/key-persons-network.contract.test.ts). At 100,000 people the
 * six queries were most of a first request (Kuzu: members, ties out and in, links and introductions each a two-step
 * expansion from the company, 50–140 ms apiece under load), and the two the network did not answer (reports-to links,
 * deals) still half of it.
 */
async function subgraphsOf(store: GraphStore, ids: readonly string[], today: string): Promise<Map<string, CompanySubgraph>> {
  // used synchronously: the network as of now, not moved by a change applied meanwhile
  const network = sharedNetwork(store);
  if (!network) return companySubgraphs(store.read, ids, today);
  return new Map(ids.map((id) => [id, companySubgraphFromNetwork(network, id, today)] as const));
}

/**
 * The key-person ranking of each company, best first. Companies not cached are read together (subgraphsOf: from the
 * in-memory network, or six queries for all of them) and scored in memory. Unknown companies give an empty ranking.
 */
export async function keyPersonRankings(store: GraphStore, companyIds: readonly string[], today: string): Promise<Map<string, KeyPersonScore[]>> {
  const ids = [...new Set(companyIds)];
  const fresh = rankings.fresh(store, ids, today);
  const missing = ids.filter((id) => !fresh.has(id));
  let batch: Promise<Map<string, CompanySubgraph>> | null = null;
  const read = (): Promise<Map<string, CompanySubgraph>> => (batch ??= subgraphsOf(store, missing, today));
  const scored = await Promise.all(
    ids.map((id) => rankings.get(store, id, today, async () => {
      const g = (await read()).get(id) ?? (await subgraphsOf(store, [id], today)).get(id)!;
      return scoreKeyPersons(g, today);
    })),
  );
  return new Map(ids.map((id, i) => [id, scored[i]] as const));
}

export const keyPersonCacheStats = (): { hits: number; misses: number } => ({ hits: rankings.hits, misses: rankings.misses });

/** The first TOP_KEY_PERSONS key persons of each company (id and name), best first; see `tops`. */
export async function keyPersonTops(store: GraphStore, companyIds: readonly string[], today: string): Promise<Map<string, { personId: string; name: string }[]>> {
  const ids = [...new Set(companyIds)];
  const fresh = tops.fresh(store, ids, today);
  const missing = ids.filter((id) => !fresh.has(id));
  let batch: Promise<Map<string, KeyPersonScore[]>> | null = null;
  const ranked = (): Promise<Map<string, KeyPersonScore[]>> => (batch ??= keyPersonRankings(store, missing, today));
  const listed = await Promise.all(ids.map((id) => tops.get(store, id, today, async () => {
    const r = (await ranked()).get(id) ?? (await keyPersonRankings(store, [id], today)).get(id)!;
    return r.slice(0, TOP_KEY_PERSONS).map((k) => ({ personId: k.personId, name: k.name }));
  })));
  return new Map(ids.map((id, i) => [id, listed[i]] as const));
}
