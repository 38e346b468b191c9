import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { ProposalScore, proposalViewOf, proposalsFor } from '@/domain/matching/proposals';
import { Product, isKnownProduct, productCatalogue } from '@/domain/matching/products';
import { isRep } from '@/domain/person/person';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { NotFoundError } from '@/graphql/errors/not-found.error';
import { topicKey } from '@/store/graph-operations';
import { companiesById, peopleById } from '@/graphql/key-persons/lookups';
import { ProposalTargetsArgs, ProposalsForArgs, ReferralArgs } from './matching.args';
import { insightWorld, referrals, targetsFor } from './matching.service';
import { ProductProposalType, ProductType, ProposalTargetType, ReferralCandidateType } from './matching.type';

const shown = (s: ProposalScore) => ({ score: s.score, signals: s.signals, reasons: s.reasons });

@Resolver()
export class MatchingResolver {
  @Query(() => [ReferralCandidateType], {
    description: 'Whom a trusted rep could introduce us to, best first (README, "Referrals")',
  })
  async referralCandidates(@Args() args: ReferralArgs, @Ctx() ctx: RequestContext) {
    const via = (await peopleById(ctx, [args.via])).get(args.via);
    if (!via) throw new NotFoundError('rep', args.via);
    if (!isRep(via)) throw BadUserInputError.field('via', 'must be a rep (a person at a partner), not one of our managers');
    const { candidates } = await referrals(ctx.store, via, { knownTrust: args.knownTrust ?? 0.5, limit: args.limit ?? 10, today: ctx.today });
    const [people, companies] = await Promise.all([
      peopleById(ctx, candidates.map((c) => c.personId)),
      companiesById(ctx, candidates.map((c) => c.companyId)),
    ]);
    return candidates.flatMap((c) => (people.has(c.personId) && companies.has(c.companyId)
      ? [{ ...c, rep: people.get(c.personId), company: companies.get(c.companyId) }] : []));
  }

  @Query(() => [ProposalTargetType], {
    description: 'Reps to pitch a product to, best first: expertise and interests, company fit, our trust, responsiveness, past wins (README, "Proposals")',
  })
  async proposalTargets(@Args() args: ProposalTargetsArgs, @Ctx() ctx: RequestContext) {
    const key = topicKey(args.product);
    if (!key) throw BadUserInputError.field('product', 'must contain a letter or digit');
    const world = await insightWorld(ctx.store, ctx.today);
    if (!isKnownProduct(world.market, key)) {
      throw new NotFoundError('product', args.product, 'nobody sold it in a deal or lists it among their expertise or interests (the products query lists those known)');
    }
    // Scored in the caller's view: analysts' scores, order and reasons never read what is masked for them.
    const targets = targetsFor(world, key, args.limit ?? 10, ctx.today, proposalViewOf(ctx.actor));
    const [people, companies] = await Promise.all([
      peopleById(ctx, targets.map((t) => t.repId)),
      companiesById(ctx, targets.flatMap((t) => (t.companyId ? [t.companyId] : []))),
    ]);
    return targets.flatMap((t) => (people.has(t.repId)
      ? [{ ...shown(t), product: t.product, rep: people.get(t.repId), company: t.companyId ? companies.get(t.companyId) ?? null : null }] : []));
  }

  @Query(() => [ProductType], { description: 'Products proposalTargets knows (sold in a deal or listed by a rep), most dealt first' })
  async products(@Ctx() ctx: RequestContext): Promise<Product[]> {
    const { base, market } = await insightWorld(ctx.store, ctx.today);
    return productCatalogue(base, market);
  }

  @Query(() => [ProductProposalType], { description: 'Products to pitch this rep, best first (same score as proposalTargets)' })
  async proposalsFor(@Args() args: ProposalsForArgs, @Ctx() ctx: RequestContext) {
    const person = (await peopleById(ctx, [args.repId])).get(args.repId);
    if (!person) throw new NotFoundError('rep', args.repId);
    if (!isRep(person)) throw BadUserInputError.field('repId', 'must be a rep (a person at a partner), not one of our managers');
    const { base, market } = await insightWorld(ctx.store, ctx.today);
    const rep = base.reps.get(person.id) ?? {
      id: person.id, name: person.name, responseSpeed: person.responseSpeed, stance: person.stance, expertise: person.expertise,
      interests: person.interests, expertiseKeys: person.expertise.map(topicKey), interestKeys: person.interests.map(topicKey),
    };
    return proposalsFor(base, market, rep, args.limit ?? 5, ctx.today, proposalViewOf(ctx.actor))
      .map((s) => ({ ...shown(s), product: s.product, productKey: s.productKey }));
  }
}
