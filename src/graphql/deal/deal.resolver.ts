import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Deal } from '@/domain/deal/deal';
import { DealStage, PersonKind } from '@/domain/shared/enums';
import { GraphOperations } from '@/store/graph-operations';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { toConnection } from '@/graphql/pagination/connection';
import { PageArgs } from '@/graphql/pagination/page.args';
import { CompanyType } from '@/graphql/company/company.type';
import { ManagerType } from '@/graphql/manager/manager.type';
import { RepType } from '@/graphql/rep/rep.type';
import { requireCompany, requirePeople } from '@/graphql/shared/references';
import { RecordKind, createRecord, deleteRecord, recordFromInput, updateRecord, withVersion } from '@/graphql/shared/write';
import { DealFilterInput, CreateDealInput, UpdateDealInput } from './deal.input';
import { DealConnection, DealType } from './deal.type';
import { EXPECTED_VERSION } from '@/graphql/shared/descriptions';

const DEAL_DEFAULTS: Omit<Deal, 'id' | 'version'> = {
  companyId: '', product: '', stage: DealStage.OPEN,
  repId: null, managerId: null, amount: null, grossProfit: null, proposedAt: null, closedAt: null, lossReason: null, competitor: null,
};

/** A deal record (without version) from a create input; the snapshot import builds its records the same way. */
export function dealFromInput(input: CreateDealInput, id: string): Omit<Deal, 'version'> {
  return recordFromInput<Omit<Deal, 'version'>>(DEAL_DEFAULTS, input, id);
}

/** Rules a deal must keep whatever its source: dates in order. */
export function dealProblems(d: Pick<Deal, 'proposedAt' | 'closedAt'>): { field: string; reason: string }[] {
  return d.proposedAt && d.closedAt && d.closedAt < d.proposedAt ? [{ field: 'closedAt', reason: 'cannot be before proposedAt' }] : [];
}

async function checkReferences(ops: GraphOperations, d: Deal): Promise<void> {
  await requireCompany(ops, d.companyId, 'input.companyId');
  if (d.repId) await requirePeople(ops, [d.repId], PersonKind.REP, 'input.repId');
  if (d.managerId) await requirePeople(ops, [d.managerId], PersonKind.MANAGER, 'input.managerId');
  const problems = dealProblems(d).map((p) => ({ ...p, field: `input.${p.field}` }));
  if (problems.length) throw new BadUserInputError(`Invalid deal: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`, problems);
}

const DEAL: RecordKind<Deal> = {
  what: 'deal',
  load: async (ops, id) => (await ops.dealsByIds([id]))[0],
  save: (ops, d) => ops.saveDeal(d),
  remove: (ops, id) => ops.deleteDeal(id),
  check: checkReferences,
  required: ['companyId', 'product', 'stage'],
};

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
    return createRecord(ctx, DEAL, withVersion(dealFromInput(input, input.id ?? randomUUID()), 1));
  }

  @Mutation(() => DealType, { description: 'Changes the fields given; e.g. stage WON with closedAt, or LOST with a lossReason' })
  updateDeal(
    @Arg('id', () => ID, { description: 'Id of the deal to change' }) id: string,
    @Arg('input', () => UpdateDealInput, { description: 'The fields to change (a patch)' }) input: UpdateDealInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Deal> {
    return updateRecord(ctx, DEAL, id, input, expectedVersion);
  }

  @Mutation(() => ID, { description: 'Deletes a deal; returns its id (NOT_FOUND for an unknown id)' })
  deleteDeal(@Arg('id', () => ID, { description: 'Id of the deal to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteRecord(ctx, DEAL, id);
  }
}
