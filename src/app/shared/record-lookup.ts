import { type Company } from '@/domain/company/company';
import { type Person } from '@/domain/person/person';
import { type GraphStore } from '@/store/graph-store';

/**
 * People and companies by id, for the insight use cases. A transport passes its own (GraphQL: the request's loaders,
 * batched and shared with the other fields); storeLookup reads the store directly.
 */
export interface RecordLookup {
  people(ids: readonly string[]): Promise<Map<string, Person>>;
  companies(ids: readonly string[]): Promise<Map<string, Company>>;
}

function byId<T extends { id: string }>(found: readonly (T | null)[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const v of found) if (v) out.set(v.id, v);
  return out;
}

export function storeLookup(store: GraphStore): RecordLookup {
  return {
    people: async (ids) => byId(await store.read.peopleByIds([...new Set(ids)])),
    companies: async (ids) => byId(await store.read.companiesByIds([...new Set(ids)])),
  };
}
