import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { PersonKind } from '@/domain/shared/enums';
import { PortfolioEntry, ReportsTo } from '@/domain/shared/portfolio';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { NotFoundError } from '@/graphql/errors/not-found.error';
import { CompanyType } from '@/graphql/company/company.type';
import { ManagerType } from '@/graphql/manager/manager.type';
import { requireCompany, requirePeople } from '@/graphql/shared/references';
import { isIsoDate } from '@/graphql/shared/validators';
import { inTransaction } from '@/graphql/shared/write';
import { PortfolioEntryType } from './portfolio.type';

@Resolver(() => PortfolioEntryType)
export class PortfolioResolver {
  @FieldResolver(() => ManagerType, { nullable: true, description: 'Our manager; null if they are gone' })
  manager(@Root() p: PortfolioEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.person.load(p.managerId);
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'The partner company; null if it is gone' })
  company(@Root() p: PortfolioEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.company.load(p.companyId);
  }

  @Mutation(() => PortfolioEntryType, { description: 'A manager takes ownership of a partner' })
  async addToPortfolio(
    @Arg('managerId', () => ID, { description: 'Our manager' }) managerId: string,
    @Arg('companyId', () => ID, { description: 'The partner company' }) companyId: string,
    @Arg('since', () => String, { nullable: true, description: 'Since when, YYYY-MM-DD; null: not recorded' }) since: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PortfolioEntry> {
    if (since != null && !isIsoDate(since)) throw BadUserInputError.field('since', 'must be a date YYYY-MM-DD');
    return inTransaction(ctx, async (ops) => {
      await requirePeople(ops, [managerId], PersonKind.MANAGER, 'managerId');
      await requireCompany(ops, companyId, 'companyId');
      const entry = { managerId, companyId, since };
      await ops.savePortfolio(entry);
      return entry;
    });
  }

  @Mutation(() => Boolean, { description: 'The manager no longer owns the partner; true when done (NOT_FOUND when they did not own it)' })
  async removeFromPortfolio(
    @Arg('managerId', () => ID, { description: 'Our manager' }) managerId: string,
    @Arg('companyId', () => ID, { description: 'The partner company' }) companyId: string,
    @Ctx() ctx: RequestContext) {
    return inTransaction(ctx, async (ops) => {
      const [entries] = await ops.portfolioByManagerIds([managerId]);
      if (!entries.some((e) => e.companyId === companyId)) throw new NotFoundError('portfolio entry', `${managerId}/${companyId}`);
      await ops.deletePortfolio(managerId, companyId);
      return true;
    });
  }

  @Mutation(() => Boolean, { description: 'Records that a rep reports to a boss (both reps)' })
  async setReportsTo(
    @Arg('repId', () => ID, { description: 'The rep who reports' }) repId: string,
    @Arg('bossId', () => ID, { description: 'Their boss (a rep, not repId)' }) bossId: string,
    @Ctx() ctx: RequestContext) {
    if (repId === bossId) throw BadUserInputError.field('bossId', 'must be another person than repId');
    return inTransaction(ctx, async (ops) => {
      await requirePeople(ops, [repId, bossId], PersonKind.REP, 'repId/bossId');
      const edge: ReportsTo = { repId, bossId };
      await ops.saveReportsTo(edge);
      return true;
    });
  }

  @Mutation(() => Boolean, { description: 'Removes a reports-to link; true when done (NOT_FOUND when there was none)' })
  async removeReportsTo(
    @Arg('repId', () => ID, { description: 'The rep who reports' }) repId: string,
    @Arg('bossId', () => ID, { description: 'Their boss' }) bossId: string,
    @Ctx() ctx: RequestContext) {
    return inTransaction(ctx, async (ops) => {
      const [bosses] = await ops.bossesOf([repId]);
      if (!bosses.includes(bossId)) throw new NotFoundError('reports-to edge', `${repId}->${bossId}`);
      await ops.deleteReportsTo({ repId, bossId });
      return true;
    });
  }
}
