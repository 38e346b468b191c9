import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Product } from '@/domain/matching/products';
import { findReferralCandidates } from '@/app/matching/find-referral-candidates';
import { findProposalTargets } from '@/app/matching/find-proposal-targets';
import { listProducts } from '@/app/matching/list-products';
import { findProposalsFor } from '@/app/matching/find-proposals-for';
import { RequestContext } from '@/graphql/context';
import { readRequestOf } from '@/graphql/loaders-lookup';
import { ProposalTargetsArgs, ProposalsForArgs, ReferralArgs } from './matching.args';
import { ProductProposalType, ProductType, ProposalTargetType, ReferralCandidateType } from './matching.type';

@Resolver()
export class MatchingResolver {
  @Query(() => [ReferralCandidateType], {
    description: 'Whom a trusted rep could introduce us to, best first (README, "Referrals")',
  })
  async referralCandidates(@Args() args: ReferralArgs, @Ctx() ctx: RequestContext) {
    return findReferralCandidates(readRequestOf(ctx), args);
  }

  @Query(() => [ProposalTargetType], {
    description: 'Reps to pitch a product to, best first: expertise and interests, company fit, our trust, responsiveness, past wins (README, "Proposals")',
  })
  async proposalTargets(@Args() args: ProposalTargetsArgs, @Ctx() ctx: RequestContext) {
    return findProposalTargets(readRequestOf(ctx), args);
  }

  @Query(() => [ProductType], { description: 'Products proposalTargets knows (sold in a deal or listed by a rep), most dealt first' })
  async products(@Ctx() ctx: RequestContext): Promise<Product[]> {
    return listProducts(readRequestOf(ctx));
  }

  @Query(() => [ProductProposalType], { description: 'Products to pitch this rep, best first (same score as proposalTargets)' })
  async proposalsFor(@Args() args: ProposalsForArgs, @Ctx() ctx: RequestContext) {
    return findProposalsFor(readRequestOf(ctx), args);
  }
}
