import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Manager } from '@/domain/person/person';
import { PersonKind } from '@/domain/shared/enums';
import { PortfolioEntry } from '@/domain/shared/portfolio';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { toConnection } from '@/graphql/pagination/connection';
import { PageArgs } from '@/graphql/pagination/page.args';
import { ManagerInput, PersonFilterInput } from '@/graphql/person/person.input';
import { managerFromInput } from '@/graphql/person/person.records';
import { RecordKind, createRecord, deleteRecord, requireFields, updateRecord, withVersion } from '@/graphql/shared/write';
import { PortfolioEntryType } from '@/graphql/portfolio/portfolio.type';
import { ManagerConnection, ManagerType } from './manager.type';

function asManager(p: unknown): p is Manager {
  return !!p && (p as Manager).kind === PersonKind.MANAGER;
}

const MANAGER: RecordKind<Manager> = {
  what: 'manager',
  load: async (ops, id) => {
    const [p] = await ops.peopleByIds([id]);
    return asManager(p) ? p : null;
  },
  taken: async (ops, id) => !!(await ops.peopleByIds([id]))[0],
  save: (ops, m) => ops.savePerson(m),
  remove: (ops, id) => ops.deletePerson(id),
  normalise: (m) => ({ ...m, kind: PersonKind.MANAGER }),
  required: ['name'],
};

@Resolver(() => ManagerType)
export class ManagerResolver {
  @Query(() => ManagerType, { nullable: true })
  async manager(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Manager | null> {
    const p = await ctx.loaders.person.load(id);
    return asManager(p) ? p : null;
  }

  @Query(() => ManagerConnection, { description: 'Our managers by name; keyset-paginated' })
  async managers(
    @Arg('filter', () => PersonFilterInput, { nullable: true }) filter: PersonFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    if (filter?.companyId) throw BadUserInputError.field('filter.companyId', 'applies to reps only');
    const f = { search: filter?.search, team: filter?.team };
    const rows = await ctx.store.read.listPeople(PersonKind.MANAGER, f, { limit: page.first + 1, after: decodeCursor('managers', page.after) }, ctx.today);
    for (const p of rows) ctx.loaders.person.prime(p.id, p);
    return toConnection('managers', rows, page.first, (p) => ({ key: p.name, id: p.id }), () => ctx.store.read.countPeople(PersonKind.MANAGER, f, ctx.today));
  }

  @FieldResolver(() => [PortfolioEntryType], { description: 'The partners this manager owns' })
  portfolio(@Root() m: Manager, @Ctx() ctx: RequestContext): Promise<PortfolioEntry[]> {
    return ctx.loaders.portfolioByManager.load(m.id);
  }

  @Mutation(() => ManagerType)
  createManager(@Arg('input', () => ManagerInput) input: ManagerInput, @Ctx() ctx: RequestContext): Promise<Manager> {
    requireFields(input, ['name']);
    return createRecord(ctx, MANAGER, withVersion(managerFromInput(input, input.id ?? randomUUID()), 1));
  }

  @Mutation(() => ManagerType)
  updateManager(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ManagerInput) input: ManagerInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Manager> {
    return updateRecord(ctx, MANAGER, id, input, expectedVersion);
  }

  @Mutation(() => ID, { description: 'Deletes a manager with their ties and portfolio' })
  deleteManager(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteRecord(ctx, MANAGER, id);
  }
}
