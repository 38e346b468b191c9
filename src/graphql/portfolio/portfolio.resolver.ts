import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { addToPortfolio } from '@/app/records/portfolio/add-to-portfolio';
import { removeFromPortfolio } from '@/app/records/portfolio/remove-from-portfolio';
import { removeReportsTo } from '@/app/records/reports-to/remove-reports-to';
import { setReportsTo } from '@/app/records/reports-to/set-reports-to';
import { PortfolioEntry } from '@/domain/shared/portfolio';
import { RequestContext } from '@/graphql/context';
import { CompanyType } from '@/graphql/company/company.type';
import { ManagerType } from '@/graphql/manager/manager.type';
import { writeRequestOf } from '@/graphql/shared/write';
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
  addToPortfolio(
    @Arg('managerId', () => ID, { description: 'Our manager' }) managerId: string,
    @Arg('companyId', () => ID, { description: 'The partner company' }) companyId: string,
    @Arg('since', () => String, { nullable: true, description: 'Since when, YYYY-MM-DD; null: not recorded' }) since: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PortfolioEntry> {
    return addToPortfolio(writeRequestOf(ctx), managerId, companyId, since);
  }

  @Mutation(() => Boolean, { description: 'The manager no longer owns the partner; true when done (NOT_FOUND when they did not own it)' })
  removeFromPortfolio(
    @Arg('managerId', () => ID, { description: 'Our manager' }) managerId: string,
    @Arg('companyId', () => ID, { description: 'The partner company' }) companyId: string,
    @Ctx() ctx: RequestContext) {
    return removeFromPortfolio(writeRequestOf(ctx), managerId, companyId);
  }

  @Mutation(() => Boolean, { description: 'Records that a rep reports to a boss (both reps)' })
  async setReportsTo(
    @Arg('repId', () => ID, { description: 'The rep who reports' }) repId: string,
    @Arg('bossId', () => ID, { description: 'Their boss (a rep, not repId)' }) bossId: string,
    @Ctx() ctx: RequestContext) {
    await setReportsTo(writeRequestOf(ctx), repId, bossId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Removes a reports-to link; true when done (NOT_FOUND when there was none)' })
  removeReportsTo(
    @Arg('repId', () => ID, { description: 'The rep who reports' }) repId: string,
    @Arg('bossId', () => ID, { description: 'Their boss' }) bossId: string,
    @Ctx() ctx: RequestContext) {
    return removeReportsTo(writeRequestOf(ctx), repId, bossId);
  }
}
