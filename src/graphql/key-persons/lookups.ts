import { Company } from '@/domain/company/company';
import { Person } from '@/domain/person/person';
import { RequestContext } from '@/graphql/context';

/** People and companies by id for the insight resolvers, through the request's loaders (batched by the store). */
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

export function peopleById(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, Person>> {
  return byKey(ids, ctx.loaders.person as never);
}

export function companiesById(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, Company>> {
  return byKey(ids, ctx.loaders.company as never);
}
