import { type CompanySubgraph, type KeyPersonScore, scoreKeyPersons } from '@/domain/key-persons/key-persons';
import { type GraphStore } from '@/store/graph-store';
import { companySubgraphs } from '@/store/insights/insights.queries';
import { RevisionCache } from '@/store/insights/revision-cache';

/** Every current member of a company, scored and ranked, per company (see README "Key persons"). */
const rankings = new RevisionCache<KeyPersonScore[]>(2000);

/**
 * The key-person ranking of each company, best first. Companies not cached are read together (six queries
 * for all of them) and scored in memory. Unknown companies give an empty ranking.
 */
export async function keyPersonRankings(store: GraphStore, companyIds: readonly string[], today: string): Promise<Map<string, KeyPersonScore[]>> {
  const ids = [...new Set(companyIds)];
  const fresh = rankings.fresh(store, ids, today);
  const missing = ids.filter((id) => !fresh.has(id));
  let batch: Promise<Map<string, CompanySubgraph>> | null = null;
  const read = (): Promise<Map<string, CompanySubgraph>> => (batch ??= companySubgraphs(store.read, missing, today));
  const scored = await Promise.all(
    ids.map((id) => rankings.get(store, id, today, async () => {
      const g = (await read()).get(id) ?? (await companySubgraphs(store.read, [id], today)).get(id)!;
      return scoreKeyPersons(g, today);
    })),
  );
  return new Map(ids.map((id, i) => [id, scored[i]] as const));
}

export const keyPersonCacheStats = (): { hits: number; misses: number } => ({ hits: rankings.hits, misses: rankings.misses });
