/**
 * The baseline the foundation benchmark measures TypeGraphQL against: the two benchmarked queries (`company(id)` and
 * `companies { edges { node { currentReps { reportsTo } owners } } }`) as a hand-written graphql-js schema with
 * plain resolvers over the same store, the same per-request DataLoaders (src/graphql/loaders.ts) and the same
 * GraphOperations reads, so that the only difference left is TypeGraphQL (its resolver wrappers, argument
 * class instances and class-validator validation). No type-graphql import here.
 */
import {
  GraphQLBoolean, GraphQLError, type GraphQLFieldConfigMap, GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull, type GraphQLNullableType,
  GraphQLObjectType, GraphQLSchema, GraphQLString,
} from 'graphql';
import { type Company } from '@/domain/company/company';
import { type Person } from '@/domain/person/person';
import { type RequestContext } from '@/graphql/context';
import { decodeCursor, encodeCursor } from '@/graphql/pagination/cursor';
import { nameSortKey } from '@/domain/shared/sort-key';

const MAX_PAGE_SIZE = 100;
const nonNull = <T extends GraphQLNullableType>(t: T) => new GraphQLNonNull(t);
const listOf = <T extends GraphQLNullableType>(t: T) => nonNull(new GraphQLList(nonNull(t)));

function present<T>(xs: (T | Error | null)[]): T[] {
  return xs.filter((x): x is T => x !== null && !(x instanceof Error));
}

const personFields = (): GraphQLFieldConfigMap<Person, RequestContext> => ({
  id: { type: nonNull(GraphQLID) },
  name: { type: nonNull(GraphQLString) },
});

const Manager = new GraphQLObjectType<Person, RequestContext>({ name: 'Manager', fields: personFields });

const Rep: GraphQLObjectType<Person, RequestContext> = new GraphQLObjectType<Person, RequestContext>({
  name: 'Rep',
  fields: () => ({
    ...personFields(),
    reportsTo: {
      type: listOf(Rep),
      resolve: async (r, _args, ctx) => present(await ctx.loaders.person.loadMany(await ctx.loaders.bossesOf.load(r.id))),
    },
  }),
});

const CompanyType = new GraphQLObjectType<Company, RequestContext>({
  name: 'Company',
  fields: () => ({
    id: { type: nonNull(GraphQLID) },
    name: { type: nonNull(GraphQLString) },
    partnerStatus: { type: GraphQLString },
    industry: { type: GraphQLString },
    prefecture: { type: GraphQLString },
    employeeCount: { type: GraphQLInt },
    foundedYear: { type: GraphQLInt },
    version: { type: nonNull(GraphQLInt) },
    currentReps: {
      type: listOf(Rep),
      resolve: async (c, _args, ctx) => {
        const employments = await ctx.loaders.currentEmploymentsByCompany.load(c.id);
        return present(await ctx.loaders.person.loadMany([...new Set(employments.map((e) => e.repId))]));
      },
    },
    owners: {
      type: listOf(Manager),
      resolve: async (c, _args, ctx) => {
        const entries = await ctx.loaders.portfolioByCompany.load(c.id);
        return present(await ctx.loaders.person.loadMany(entries.map((e) => e.managerId)));
      },
    },
  }),
});

const PageInfo = new GraphQLObjectType({
  name: 'PageInfo',
  fields: { hasNextPage: { type: nonNull(GraphQLBoolean) }, endCursor: { type: GraphQLString } },
});

const CompanyEdge = new GraphQLObjectType({
  name: 'CompanyEdge',
  fields: { cursor: { type: nonNull(GraphQLString) }, node: { type: nonNull(CompanyType) } },
});

interface CompaniesArgs {
  first: number;
  after?: string | null;
}

const CompanyConnection = new GraphQLObjectType<{ rows: Company[]; first: number }, RequestContext>({
  name: 'CompanyConnection',
  fields: {
    edges: {
      type: listOf(CompanyEdge),
      resolve: ({ rows, first }) => rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor('companies', { key: nameSortKey(node.name, node.nameKana), id: node.id }) })),
    },
    pageInfo: {
      type: nonNull(PageInfo),
      resolve: ({ rows, first }) => {
        const last = rows.slice(0, first).at(-1);
        return { hasNextPage: rows.length > first, endCursor: last ? encodeCursor('companies', { key: nameSortKey(last.name, last.nameKana), id: last.id }) : null };
      },
    },
    totalCount: { type: nonNull(GraphQLInt), resolve: (_c, _a, ctx) => ctx.store.read.countCompanies({}) },
  },
});

export const plainSchema = new GraphQLSchema({
  query: new GraphQLObjectType<unknown, RequestContext>({
    name: 'Query',
    fields: {
      company: {
        type: CompanyType,
        args: { id: { type: nonNull(GraphQLID) } },
        resolve: (_root, args: { id: string }, ctx) => ctx.loaders.company.load(args.id),
      },
      companies: {
        type: nonNull(CompanyConnection),
        args: { first: { type: GraphQLInt, defaultValue: 20 }, after: { type: GraphQLString } },
        resolve: async (_root, args: CompaniesArgs, ctx) => {
          if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
            throw new GraphQLError(`first must be 1 to ${MAX_PAGE_SIZE}`, { extensions: { code: 'BAD_USER_INPUT' } });
          }
          const rows = await ctx.store.read.listCompanies({}, { limit: args.first + 1, after: decodeCursor('companies', args.after) });
          for (const c of rows) ctx.loaders.company.prime(c.id, c);
          return { rows, first: args.first };
        },
      },
    },
  }),
});
