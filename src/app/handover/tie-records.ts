import { type TieRecords } from '@/domain/handover/tie-trust';
import { type GraphOperations } from '@/store/graph-operations';

/** The ties of `ids` and every record that is evidence on them (their interactions, introductions and deals). */
export async function tieRecordsOf(read: GraphOperations, ids: readonly string[]): Promise<TieRecords> {
  if (ids.length === 0) return { relationships: [], interactions: [], introductions: [], deals: [] };
  const [relationships, interactions, introductions, deals] = await Promise.all([
    read.relationshipsByPersonIds(ids), read.interactionsByPersonIds(ids), read.introductionsByPersonIds(ids), read.dealsByPersonIds(ids),
  ]);
  const unique = <T extends { id: string }>(lists: T[][]): T[] => [...new Map(lists.flat().map((x) => [x.id, x] as const)).values()];
  const ties = new Map(relationships.flat().map((r) => [`${r.a}~${r.b}`, r] as const));
  return { relationships: [...ties.values()], interactions: unique(interactions), introductions: unique(introductions), deals: unique(deals) };
}
