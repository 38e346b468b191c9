import { nameSortKey } from '@/domain/shared/sort-key';
import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Company } from '@/domain/company/company';
import { createCompany } from '@/app/records/company/create-company';
import { deleteCompany } from '@/app/records/company/delete-company';
import { updateCompany } from '@/app/records/company/update-company';
import { dealKpis } from '@/domain/deal/kpis';
import { Manager, Rep } from '@/domain/person/person';
import { RequestContext } from '@/graphql/context';
import { loadBossesOf } from '@/graphql/loaders';
import { selectsField } from '@/graphql/shared/selects-field';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { PageArgs } from '@/graphql/pagination/page.args';
import { toConnection } from '@/graphql/pagination/connection';
import { writeRequestOf } from '@/graphql/shared/write';
import { DealKpis } from '@/graphql/shared/kpis.type';
import { ContractType } from '@/graphql/contract/contract.type';
import { DealType } from '@/graphql/deal/deal.type';
import { EmploymentType } from '@/graphql/employment/employment.type';
import { ManagerType } from '@/graphql/manager/manager.type';
import { RepType } from '@/graphql/rep/rep.type';
import { CompanyConnection, CompanyType } from './company.type';
import { CompanyFilter, CreateCompanyInput, UpdateCompanyInput } from './company.input';
import { EXPECTED_VERSION } from '@/graphql/shared/descriptions';

@Resolver(() => CompanyType)
export class CompanyResolver {
  @Query(() => CompanyType, { nullable: true, description: 'A company by id; null when there is none' })
  company(@Arg('id', () => ID, { description: 'Id of the company' }) id: string, @Ctx() ctx: RequestContext): Promise<Company | null> {
    return ctx.loaders.company.load(id);
  }

  @Query(() => CompanyConnection, { description: 'Companies by name, filtered; keyset-paginated' })
  async companies(
    @Arg('filter', () => CompanyFilter, { nullable: true, description: 'Which rows the list holds; omitted: all' }) filter: CompanyFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const f = filter ?? {};
    const after = decodeCursor('companies', page.after);
    const rows = await ctx.store.read.listCompanies(f, { limit: page.first + 1, after });
    for (const c of rows) ctx.loaders.company.prime(c.id, c);
    return toConnection('companies', rows, page, (c) => ({ key: nameSortKey(c.name, c.nameKana), id: c.id }), () => ctx.store.read.countCompanies(f));
  }

  @FieldResolver(() => [ContractType], { description: 'Contracts with this partner' })
  contracts(@Root() c: Company, @Ctx() ctx: RequestContext) {
    return ctx.loaders.contractsByCompany.load(c.id);
  }

  @FieldResolver(() => [DealType], { description: 'Proposals through this partner, newest first' })
  deals(@Root() c: Company, @Ctx() ctx: RequestContext) {
    return ctx.loaders.dealsByCompany.load(c.id);
  }

  @FieldResolver(() => DealKpis, { description: 'Deal KPIs; from/to (YYYY-MM-DD) limit them to a period' })
  async kpis(
    @Root() c: Company,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String, { nullable: true, description: 'First day of the period, YYYY-MM-DD; omitted: from the start' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last day of the period, YYYY-MM-DD; omitted: up to now' }) to?: string | null,
  ) {
    for (const [field, v] of [['from', from], ['to', to]] as const) {
      if (v != null && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw BadUserInputError.field(field, 'must be a date YYYY-MM-DD');
    }
    return dealKpis(await ctx.loaders.dealsByCompany.load(c.id), from, to);
  }

  @FieldResolver(() => [RepType], { description: 'People who work here now' })
  async currentReps(@Root() c: Company, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Rep[]> {
    const employments = await ctx.loaders.currentEmploymentsByCompany.load(c.id);
    const people = await ctx.loaders.person.loadMany([...new Set(employments.map((e) => e.repId))]);
    const reps = people.filter((p): p is Rep => !!p && !(p instanceof Error));
    // a page of companies: the bosses of all its reps in one batch, answered by Rep.reportsTo without a hop per rep
    if (selectsField(info, 'reportsTo')) await loadBossesOf(ctx.loaders, reps.map((r) => r.id));
    return reps;
  }

  @FieldResolver(() => [EmploymentType], { description: 'Employment periods here; former ones too with includeFormer' })
  employments(
    @Root() c: Company,
    @Ctx() ctx: RequestContext,
    @Arg('includeFormer', { defaultValue: false, description: 'Also periods that have ended' }) includeFormer: boolean,
  ) {
    return (includeFormer ? ctx.loaders.allEmploymentsByCompany : ctx.loaders.currentEmploymentsByCompany).load(c.id);
  }

  @FieldResolver(() => [ManagerType], { description: 'Our managers who own this partner' })
  async owners(@Root() c: Company, @Ctx() ctx: RequestContext): Promise<Manager[]> {
    const entries = await ctx.loaders.portfolioByCompany.load(c.id);
    const people = await ctx.loaders.person.loadMany(entries.map((e) => e.managerId));
    return people.filter((p): p is Manager => !!p && !(p instanceof Error));
  }

  @Mutation(() => CompanyType, { description: 'Adds a company; its id is yours or a new UUID (CONFLICT when taken)' })
  createCompany(@Arg('input', () => CreateCompanyInput, { description: 'The new company' }) input: CreateCompanyInput, @Ctx() ctx: RequestContext): Promise<Company> {
    return createCompany(writeRequestOf(ctx), input);
  }

  @Mutation(() => CompanyType, { description: 'Changes the fields given (null clears one); expectedVersion guards against lost updates' })
  updateCompany(
    @Arg('id', () => ID, { description: 'Id of the company to change' }) id: string,
    @Arg('input', () => UpdateCompanyInput, { description: 'The fields to change (a patch)' }) input: UpdateCompanyInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Company> {
    return updateCompany(writeRequestOf(ctx), id, input, expectedVersion);
  }

  @Mutation(() => ID, { description: 'Deletes a company with its contracts, revenue targets and strategy changes; refused (CONFLICT) while deals or employment history point at it' })
  deleteCompany(@Arg('id', () => ID, { description: 'Id of the company to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteCompany(writeRequestOf(ctx), id);
  }
}

