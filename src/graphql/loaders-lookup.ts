import { type Company } from '@/domain/company/company';
import { type Person } from '@/domain/person/person';
import { type RecordLookup } from '@/app/shared/record-lookup';
import { type ReadRequest } from '@/app/shared/read-request';
import { type RequestContext } from '@/graphql/context';

/** Records by id through the request's loaders (batched by the store, shared with the other fields). */
async function byKey<T extends { id: string }>(
  ids: readonly string[], loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> },
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, T>();
  (await loader.loadMany(unique)).forEach((v, i) => {
    if (v && !(v instanceof Error)) out.set(unique[i], v);
  });
  return out;
}

export function loadersLookup(ctx: RequestContext): RecordLookup {
  return {
    people: (ids) => byKey<Person>(ids, ctx.loaders.person as never),
    companies: (ids) => byKey<Company>(ids, ctx.loaders.company as never),
  };
}

/** The read request of a GraphQL request: its actor and day, records through its loaders. */
export function readRequestOf(ctx: RequestContext): ReadRequest {
  return { store: ctx.store, actor: ctx.actor, today: ctx.today, lookup: loadersLookup(ctx) };
}
