import { type KeyPersonScore } from '@/domain/key-persons/key-persons';
import { NotFound } from '@/app/errors';
import { type ReadRequest } from '@/app/shared/read-request';
import { sharedNetwork } from '@/app/health/trust-network';

/** One ranked key person of a company. */
export interface KeyPersonView {
  companyId: string;
  rank: number;
  score: KeyPersonScore;
}

export function toKeyPersonView(companyId: string, ranking: KeyPersonScore[], limit: number): KeyPersonView[] {
  return ranking.slice(0, limit).map((score, i) => ({ companyId, rank: i + 1, score }));
}

/**
 * Who matters most inside a company, most important first. `ranking` gives a company's ranking (a transport batches
 * these across a request; keyPersonRankings is the store's). NOT_FOUND for an unknown company.
 */
export async function findKeyPersons(
  r: ReadRequest, input: { companyId: string; limit?: number | null }, ranking: (companyId: string) => Promise<KeyPersonScore[]>,
): Promise<KeyPersonView[]> {
  const { companyId } = input;
  // a company the in-memory network holds exists (no read); one it does not hold may be newer than it: asked
  if (!sharedNetwork(r.store)?.companies.has(companyId) && !(await r.lookup.companies([companyId])).has(companyId)) throw new NotFound('company', companyId);
  // the people themselves are not read here: a transport reads what it shows of them (batched), or nothing when the
  // ranking's ids and names are all it shows
  return toKeyPersonView(companyId, await ranking(companyId), input.limit ?? 5);
}
