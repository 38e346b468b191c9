import { nameSortKey } from '@/domain/shared/sort-key';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createManager } from '@/app/records/manager/create-manager';
import { deleteManager } from '@/app/records/manager/delete-manager';
import { updateManager } from '@/app/records/manager/update-manager';
import { Manager } from '@/domain/person/person';
import { PersonKind } from '@/domain/shared/enums';
import { PortfolioEntry } from '@/domain/shared/portfolio';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { toConnection } from '@/graphql/pagination/connection';
import { PageArgs } from '@/graphql/pagination/page.args';
import { CreateManagerInput, UpdateManagerInput, PersonFilterInput } from '@/graphql/person/person.input';
import { writeRequestOf } from '@/graphql/shared/write';
import { PortfolioEntryType } from '@/graphql/portfolio/portfolio.type';
import { ManagerConnection, ManagerType } from './manager.type';
import { EXPECTED_VERSION } from '@/graphql/shared/descriptions';

function asManager(p: unknown): p is Manager {
  return !!p && (p as Manager).kind === PersonKind.MANAGER;
}

@Resolver(() => ManagerType)
export class ManagerResolver {
  @Query(() => ManagerType, { nullable: true, description: 'One of our managers by id; null when there is none (or the id is a rep)' })
  async manager(@Arg('id', () => ID, { description: 'Id of the manager' }) id: string, @Ctx() ctx: RequestContext): Promise<Manager | null> {
    const p = await ctx.loaders.person.load(id);
    return asManager(p) ? p : null;
  }

  @Query(() => ManagerConnection, { description: 'Our managers by name; keyset-paginated' })
  async managers(
    @Arg('filter', () => PersonFilterInput, { nullable: true, description: 'Which rows the list holds; omitted: all' }) filter: PersonFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    if (filter?.companyId) throw BadUserInputError.field('filter.companyId', 'applies to reps only');
    const f = { search: filter?.search, team: filter?.team };
    const rows = await ctx.store.read.listPeople(PersonKind.MANAGER, f, { limit: page.first + 1, after: decodeCursor('managers', page.after) }, ctx.today);
    for (const p of rows) ctx.loaders.person.prime(p.id, p);
    return toConnection('managers', rows, page, (p) => ({ key: nameSortKey(p.name, p.nameKana), id: p.id }), () => ctx.store.read.countPeople(PersonKind.MANAGER, f, ctx.today));
  }

  @FieldResolver(() => [PortfolioEntryType], { description: 'The partners this manager owns' })
  portfolio(@Root() m: Manager, @Ctx() ctx: RequestContext): Promise<PortfolioEntry[]> {
    return ctx.loaders.portfolioByManager.load(m.id);
  }

  @Mutation(() => ManagerType, { description: 'Adds one of our managers (CONFLICT when the id is taken by a manager or a rep, or was a deleted manager\'s or rep\'s)' })
  createManager(@Arg('input', () => CreateManagerInput, { description: 'The new manager' }) input: CreateManagerInput, @Ctx() ctx: RequestContext): Promise<Manager> {
    return createManager(writeRequestOf(ctx), input);
  }

  @Mutation(() => ManagerType, { description: 'Changes the fields given (null clears one); expectedVersion guards against lost updates' })
  updateManager(
    @Arg('id', () => ID, { description: 'Id of the manager to change' }) id: string,
    @Arg('input', () => UpdateManagerInput, { description: 'The fields to change (a patch)' }) input: UpdateManagerInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Manager> {
    return updateManager(writeRequestOf(ctx), id, input, expectedVersion);
  }

  @Mutation(() => ID, { description: 'Deletes a manager with their ties (and the trust overrides of those ties), portfolio and revenue targets, and revokes their API tokens; their id is never given to anyone again' })
  deleteManager(@Arg('id', () => ID, { description: 'Id of the manager to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteManager(writeRequestOf(ctx), id);
  }
}
