import { type Company } from '@/domain/company/company';
import { type Person, isRep } from '@/domain/person/person';
import { type ReferralCandidate } from '@/domain/matching/referrals';
import { InvalidInput, NotFound } from '@/app/errors';
import { type ReadRequest } from '@/app/shared/read-request';
import { referrals } from './insight-world';

export interface ReferralCandidateView extends ReferralCandidate {
  rep: Person;
  company: Company;
}

/** Whom a trusted rep (`via`) could introduce us to, best first. */
export async function findReferralCandidates(
  r: ReadRequest, input: { via: string; knownTrust?: number | null; limit?: number | null },
): Promise<ReferralCandidateView[]> {
  const via = (await r.lookup.people([input.via])).get(input.via);
  if (!via) throw new NotFound('rep', input.via);
  if (!isRep(via)) throw InvalidInput.field('via', 'must be a rep (a person at a partner), not one of our managers');
  const { candidates } = await referrals(r.store, via, { knownTrust: input.knownTrust ?? 0.5, limit: input.limit ?? 10, today: r.today });
  const [people, companies] = await Promise.all([
    r.lookup.people(candidates.map((c) => c.personId)),
    r.lookup.companies(candidates.map((c) => c.companyId)),
  ]);
  return candidates.flatMap((c) => (people.has(c.personId) && companies.has(c.companyId)
    ? [{ ...c, rep: people.get(c.personId)!, company: companies.get(c.companyId)! }] : []));
}
