import { nameSortKey } from '@/domain/shared/sort-key';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createRep } from '@/app/records/rep/create-rep';
import { deleteRep } from '@/app/records/rep/delete-rep';
import { updateRep } from '@/app/records/rep/update-rep';
import { dealKpis } from '@/domain/deal/kpis';
import { primaryEmployment } from '@/domain/employment/primary-employment';
import { Company } from '@/domain/company/company';
import { Rep, isRep } from '@/domain/person/person';
import { PersonKind } from '@/domain/shared/enums';
import { RequestContext } from '@/graphql/context';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { toConnection } from '@/graphql/pagination/connection';
import { PageArgs } from '@/graphql/pagination/page.args';
import { PersonFilterInput, CreateRepInput, UpdateRepInput } from '@/graphql/person/person.input';
import { writeRequestOf } from '@/graphql/shared/write';
import { CompanyType } from '@/graphql/company/company.type';
import { EmploymentType } from '@/graphql/employment/employment.type';
import { DealKpis } from '@/graphql/shared/kpis.type';
import { RepConnection, RepType } from './rep.type';
import { EXPECTED_VERSION } from '@/graphql/shared/descriptions';

@Resolver(() => RepType)
export class RepResolver {
  @Query(() => RepType, { nullable: true, description: 'A partner rep by id; null when there is none (or the id is a manager)' })
  async rep(@Arg('id', () => ID, { description: 'Id of the rep' }) id: string, @Ctx() ctx: RequestContext): Promise<Rep | null> {
    const p = await ctx.loaders.person.load(id);
    return p && isRep(p) ? p : null;
  }

  @Query(() => RepConnection, { description: 'Reps by name, filtered; keyset-paginated' })
  async reps(
    @Arg('filter', () => PersonFilterInput, { nullable: true, description: 'Which rows the list holds; omitted: all' }) filter: PersonFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const f = { search: filter?.search, companyId: filter?.companyId };
    const rows = await ctx.store.read.listPeople(PersonKind.REP, f, { limit: page.first + 1, after: decodeCursor('reps', page.after) }, ctx.today);
    for (const p of rows) ctx.loaders.person.prime(p.id, p);
    return toConnection('reps', rows, page, (p) => ({ key: nameSortKey(p.name, p.nameKana), id: p.id }), () => ctx.store.read.countPeople(PersonKind.REP, f, ctx.today));
  }

  @FieldResolver(() => [EmploymentType], { description: 'Employment history, newest first' })
  employments(@Root() r: Rep, @Ctx() ctx: RequestContext) {
    return ctx.loaders.employmentsByRep.load(r.id);
  }

  @FieldResolver(() => EmploymentType, { nullable: true, description: 'The current employment (the latest one when several)' })
  async currentEmployment(@Root() r: Rep, @Ctx() ctx: RequestContext) {
    return primaryEmployment(await ctx.loaders.employmentsByRep.load(r.id), ctx.today);
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'Where they work now' })
  async company(@Root() r: Rep, @Ctx() ctx: RequestContext): Promise<Company | null> {
    const e = primaryEmployment(await ctx.loaders.employmentsByRep.load(r.id), ctx.today);
    return e ? ctx.loaders.company.load(e.companyId) : null;
  }

  @FieldResolver(() => [RepType], { description: 'Whom they report to' })
  reportsTo(@Root() r: Rep, @Ctx() ctx: RequestContext) {
    // read ahead with the rep's list (see loadBossesOf), or on its own
    return ctx.loaders.knownBosses.get(r.id) ?? this.bossesOf(r, ctx);
  }

  private async bossesOf(r: Rep, ctx: RequestContext) {
    return (await ctx.loaders.person.loadMany(await ctx.loaders.bossesOf.load(r.id))).filter((p) => p && !(p instanceof Error));
  }

  @FieldResolver(() => [RepType], { description: 'Who reports to them' })
  async directReports(@Root() r: Rep, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.person.loadMany(await ctx.loaders.reportsOf.load(r.id))).filter((p) => p && !(p instanceof Error));
  }

  @FieldResolver(() => DealKpis, { description: 'KPIs of the deals they handled' })
  async kpis(@Root() r: Rep, @Ctx() ctx: RequestContext) {
    return dealKpis(await ctx.loaders.dealsByPerson.load(r.id));
  }

  @Mutation(() => RepType, { description: 'Adds a partner rep (CONFLICT when the id is taken by a manager or a rep, or was a deleted manager\'s or rep\'s)' })
  createRep(@Arg('input', () => CreateRepInput, { description: 'The new rep' }) input: CreateRepInput, @Ctx() ctx: RequestContext): Promise<Rep> {
    return createRep(writeRequestOf(ctx), input);
  }

  @Mutation(() => RepType, { description: 'Changes the fields given (null clears one); expectedVersion guards against lost updates' })
  updateRep(
    @Arg('id', () => ID, { description: 'Id of the rep to change' }) id: string,
    @Arg('input', () => UpdateRepInput, { description: 'The fields to change (a patch)' }) input: UpdateRepInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Rep> {
    return updateRep(writeRequestOf(ctx), id, input, expectedVersion);
  }

  @Mutation(() => ID, { description: 'Deletes a rep with their ties (and the trust overrides of those ties), employment history and introductions' })
  deleteRep(@Arg('id', () => ID, { description: 'Id of the rep to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteRep(writeRequestOf(ctx), id);
  }
}
