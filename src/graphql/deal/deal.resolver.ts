import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createDeal } from '@/app/records/deal/create-deal';
import { deleteDeal } from '@/app/records/deal/delete-deal';
import { updateDeal } from '@/app/records/deal/update-deal';
import { Deal } from '@/domain/deal/deal';
import { RequestContext } from '@/graphql/context';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { toConnection } from '@/graphql/pagination/connection';
import { PageArgs } from '@/graphql/pagination/page.args';
import { CompanyType } from '@/graphql/company/company.type';
import { ManagerType } from '@/graphql/manager/manager.type';
import { RepType } from '@/graphql/rep/rep.type';
import { writeRequestOf } from '@/graphql/shared/write';
import { DealFilterInput, CreateDealInput, UpdateDealInput } from './deal.input';
import { DealConnection, DealType } from './deal.type';
import { EXPECTED_VERSION } from '@/graphql/shared/descriptions';

@Resolver(() => DealType)
export class DealResolver {
  @Query(() => DealType, { nullable: true, description: 'A deal by id; null when there is none' })
  deal(@Arg('id', () => ID, { description: 'Id of the deal' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.deal.load(id);
  }

  @Query(() => DealConnection, { description: 'Deals by id, filtered by company, stage or product; keyset-paginated' })
  async deals(
    @Arg('filter', () => DealFilterInput, { nullable: true, description: 'Which rows the list holds; omitted: all' }) filter: DealFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const f = filter ?? {};
    const rows = await ctx.store.read.listDeals(f, { limit: page.first + 1, after: decodeCursor('deals', page.after) });
    return toConnection('deals', rows, page, (d) => ({ key: d.id, id: d.id }), () => ctx.store.read.countDeals(f));
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'The partner company; null if it is gone' })
  company(@Root() d: Deal, @Ctx() ctx: RequestContext) {
    return ctx.loaders.company.load(d.companyId);
  }

  @FieldResolver(() => RepType, { nullable: true, description: 'The partner rep who handles it; null when none is recorded' })
  rep(@Root() d: Deal, @Ctx() ctx: RequestContext) {
    return d.repId ? ctx.loaders.person.load(d.repId) : null;
  }

  @FieldResolver(() => ManagerType, { nullable: true, description: 'Our manager who handles it; null when none is recorded' })
  manager(@Root() d: Deal, @Ctx() ctx: RequestContext) {
    return d.managerId ? ctx.loaders.person.load(d.managerId) : null;
  }

  @Mutation(() => DealType, { description: 'Adds a deal through a partner (CONFLICT when the id is taken)' })
  createDeal(@Arg('input', () => CreateDealInput, { description: 'The new deal' }) input: CreateDealInput, @Ctx() ctx: RequestContext): Promise<Deal> {
    return createDeal(writeRequestOf(ctx), input);
  }

  @Mutation(() => DealType, { description: 'Changes the fields given; e.g. stage WON with closedAt, or LOST with a lossReason' })
  updateDeal(
    @Arg('id', () => ID, { description: 'Id of the deal to change' }) id: string,
    @Arg('input', () => UpdateDealInput, { description: 'The fields to change (a patch)' }) input: UpdateDealInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Deal> {
    return updateDeal(writeRequestOf(ctx), id, input, expectedVersion);
  }

  @Mutation(() => ID, { description: 'Deletes a deal; returns its id (NOT_FOUND for an unknown id)' })
  deleteDeal(@Arg('id', () => ID, { description: 'Id of the deal to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteDeal(writeRequestOf(ctx), id);
  }
}
