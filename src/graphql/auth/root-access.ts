import { type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema, defaultFieldResolver } from 'graphql';
// the function execution itself uses to pick the root fields (fragments, @include/@skip on the coerced variables)
import { collectFields } from 'graphql/execution/collectFields';
import { Role } from '@/domain/auth/actor';
import { type RequestContext } from '@/graphql/context';
import { ForbiddenError } from '@/graphql/errors/forbidden.error';
import { type GraphOperations } from '@/store/graph-operations';
import { ADMIN_ONLY_QUERIES, mutationRefusal } from '@/app/access/mutation-policies';

/**
 * Access is decided where a root field resolves, on the arguments its resolver receives: coerced and checked by
 * graphql-js after variables, defaults, fragments, `@include`/`@skip`, aliases and operation selection. Never on the
 * request text.
 *
 * - Every root Mutation field (present and future) goes through its policy (default: ADMIN only) before its
 *   resolver runs; a refusal is FORBIDDEN and the resolver never starts, so nothing is written.
 * - An operation of a caller who is not an admin may have one root mutation field (counted with graphql-js's own
 *   field collection on the coerced variables); more are refused before any of them runs (`decideEveryRootField`).
 * - Admin-only queries (`ADMIN_ONLY_QUERIES`) refuse anyone else however they are reached (aliases, fragments).
 * - The mutation's write transaction decides once more on what it reads (`decideInTransaction`).
 *
 * The root resolvers are wrapped rather than given a TypeGraphQL global middleware: a global middleware runs on
 * every field of every object and turns each into a promise, which the large read responses pay for.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    wrap(field, async (ctx, info, args) => {
      if (ctx.actor.role !== Role.ADMIN) {
        const refusal = (await operationRefusal(ctx, info)) ?? (await mutationRefusal(info.fieldName, args, scopeOf(ctx)));
        if (refusal) throw new ForbiddenError(`Not allowed: ${refusal}`, info.fieldName);
      }
      ctx.currentMutation = { name: info.fieldName, args, targetIds: targetIds(args) };
    });
  }
  const queries = schema.getQueryType()?.getFields() ?? {};
  for (const name of ADMIN_ONLY_QUERIES) {
    if (!queries[name]) throw new Error(`ADMIN_ONLY_QUERIES names "${name}", which is not a query`);
    wrap(queries[name], async (ctx) => {
      if (ctx.actor.role !== Role.ADMIN) throw new ForbiddenError(`${name} is for admins only`, name);
    });
  }
  return schema;
}

type Check = (ctx: RequestContext, info: GraphQLResolveInfo, args: Record<string, unknown>) => Promise<void>;

function wrap(field: GraphQLField<unknown, RequestContext>, check: Check): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = async (source, args, ctx, info) => {
    await check(ctx, info, args);
    return resolve(source, args, ctx, info);
  };
}

const scopeOf = (ctx: RequestContext) => ({ actor: ctx.actor, read: ctx.store.read, today: ctx.today });

/** Per request (one operation each): the refusal of the whole operation, decided once, before its first field runs. */
const decided = new WeakMap<RequestContext, Promise<string | null>>();

function operationRefusal(ctx: RequestContext, info: GraphQLResolveInfo): Promise<string | null> {
  let decision = decided.get(ctx);
  if (!decision) {
    decision = decideEveryRootField(ctx, info);
    decided.set(ctx, decision);
  }
  return decision;
}

/**
 * Null when the operation has one root mutation field. Mutation fields run one after another, each in its own
 * transaction, so a second field could be refused (or fail) after the first had written, and the answer (403, data
 * null) would hide that write. Deciding every field up front is not enough: the second is decided again in its own
 * transaction, on the state the first left. So a caller who is not an admin sends one mutation per operation.
 */
async function decideEveryRootField(ctx: RequestContext, info: GraphQLResolveInfo): Promise<string | null> {
  const fields = collectFields(info.schema, info.fragments, info.variableValues, info.parentType, info.operation.selectionSet);
  const mutations = [...fields.values()].filter((nodes) => nodes[0].name.value !== '__typename');
  return mutations.length <= 1 ? null
    : `this operation has ${mutations.length} root mutation fields; send one mutation per operation (nothing of this operation ran)`;
}

/**
 * The decision again, inside the write transaction of the mutation that runs, on what that transaction reads: a write
 * committed between the first decision and this transaction (a deal moved to another partner) cannot widen it.
 */
export async function decideInTransaction(ctx: RequestContext, ops: GraphOperations): Promise<void> {
  if (ctx.actor.role === Role.ADMIN) return;
  const mutation = ctx.currentMutation;
  const refusal = mutation
    ? await mutationRefusal(mutation.name, mutation.args, { actor: ctx.actor, read: ops, today: ctx.today })
    : 'this write belongs to no mutation that was decided';
  if (refusal) throw new ForbiddenError(`Not allowed: ${refusal}`, mutation?.name ?? 'unknown');
}

/** Argument names that hold ids: `id`, `…Id`, `…Ids`, a tie's `a`/`b` and a warm path's `path`. */
const ID_KEY = /^(id|a|b|path)$|Ids?$/;

/**
 * The ids a mutation names in its coerced arguments and `input` (lists included), for the audit log; the id of what it
 * creates is added when its transaction returns it (`inTransaction`).
 */
export function targetIds(args: Record<string, unknown>): string[] {
  const out = new Set<string>();
  const take = (o: unknown) => {
    if (o === null || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      if (!ID_KEY.test(k)) continue;
      for (const id of Array.isArray(v) ? v : [v]) if (typeof id === 'string') out.add(id);
    }
  };
  take(args);
  take(args.input);
  return [...out];
}
