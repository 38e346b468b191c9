import { isRep } from '@/domain/person/person';
import { type ProposalScore, proposalViewOf, proposalsFor } from '@/domain/matching/proposals';
import { searchKey as topicKey } from '@/domain/shared/search-text';
import { InvalidInput, NotFound } from '@/app/errors';
import { type ReadRequest } from '@/app/shared/read-request';
import { insightWorld } from './insight-world';

export interface ProductProposalView {
  score: number;
  signals: ProposalScore['signals'];
  reasons: string[];
  product: string;
  productKey: string;
}

/** Products to pitch a rep, best first (the same score as proposal targets, in the actor's view). */
export async function findProposalsFor(r: ReadRequest, input: { repId: string; limit?: number | null }): Promise<ProductProposalView[]> {
  const person = (await r.lookup.people([input.repId])).get(input.repId);
  if (!person) throw new NotFound('rep', input.repId);
  if (!isRep(person)) throw InvalidInput.field('repId', 'must be a rep (a person at a partner), not one of our managers');
  const { base, market } = await insightWorld(r.store, r.today);
  const rep = base.reps.get(person.id) ?? {
    id: person.id, name: person.name, responseSpeed: person.responseSpeed, stance: person.stance, expertise: person.expertise,
    interests: person.interests, expertiseKeys: person.expertise.map(topicKey), interestKeys: person.interests.map(topicKey),
  };
  return proposalsFor(base, market, rep, input.limit ?? 5, r.today, proposalViewOf(r.actor))
    .map((s) => ({ score: s.score, signals: s.signals, reasons: s.reasons, product: s.product, productKey: s.productKey }));
}
