import { type Company } from '@/domain/company/company';
import { type Person } from '@/domain/person/person';
import { type ProposalScore, proposalViewOf } from '@/domain/matching/proposals';
import { isKnownProduct } from '@/domain/matching/products';
import { searchKey as topicKey } from '@/domain/shared/search-text';
import { InvalidInput, NotFound } from '@/app/errors';
import { type ReadRequest } from '@/app/shared/read-request';
import { insightWorld, targetsFor } from './insight-world';

export interface ProposalTargetView {
  score: number;
  signals: ProposalScore['signals'];
  reasons: string[];
  product: string;
  rep: Person;
  company: Company | null;
}

/** Reps to pitch a product to, best first, scored in the actor's view (analysts' never read what is masked for them). */
export async function findProposalTargets(r: ReadRequest, input: { product: string; limit?: number | null }): Promise<ProposalTargetView[]> {
  const key = topicKey(input.product);
  if (!key) throw InvalidInput.field('product', 'must contain a letter or digit');
  const world = await insightWorld(r.store, r.today);
  if (!isKnownProduct(world.market, key)) {
    throw new NotFound('product', input.product, 'nobody sold it in a deal or lists it among their expertise or interests (the products query lists those known)');
  }
  const targets = targetsFor(world, key, input.limit ?? 10, r.today, proposalViewOf(r.actor));
  const [people, companies] = await Promise.all([
    r.lookup.people(targets.map((t) => t.repId)),
    r.lookup.companies(targets.flatMap((t) => (t.companyId ? [t.companyId] : []))),
  ]);
  return targets.flatMap((t) => (people.has(t.repId)
    ? [{ score: t.score, signals: t.signals, reasons: t.reasons, product: t.product, rep: people.get(t.repId)!, company: t.companyId ? companies.get(t.companyId) ?? null : null }] : []));
}
