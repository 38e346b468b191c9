import DataLoader from 'dataloader';
import { GraphOperations } from '@/store/graph-operations';

const cacheKeyFn = (k: string): string => k;

/**
 * The DataLoaders of one request. Each turns the field resolvers of a whole GraphQL level into one store
 * round trip, whatever the page size. Built fresh per request and cleared after every write.
 */
export function createLoaders(read: GraphOperations, today: string) {
  const many = <T>(fn: (ids: readonly string[]) => Promise<T[]>) => () => new DataLoader<string, T>(fn, { cacheKeyFn, maxBatchSize: 1000 });
  return lazily({
    company: many((ids) => read.companiesByIds(ids)),
    person: many((ids) => read.peopleByIds(ids)),
    contract: many((ids) => read.contractsByIds(ids)),
    deal: many((ids) => read.dealsByIds(ids)),
    interaction: many((ids) => read.interactionsByIds(ids)),
    contractsByCompany: many((ids) => read.contractsByCompanyIds(ids)),
    dealsByCompany: many((ids) => read.dealsByCompanyIds(ids)),
    dealsByPerson: many((ids) => read.dealsByPersonIds(ids)),
    interactionsByPerson: many((ids) => read.interactionsByPersonIds(ids)),
    employmentsByRep: many((ids) => read.employmentsByRepIds(ids)),
    currentEmploymentsByCompany: many((ids) => read.employmentsByCompanyIds(ids, true, today)),
    allEmploymentsByCompany: many((ids) => read.employmentsByCompanyIds(ids, false, today)),
    portfolioByManager: many((ids) => read.portfolioByManagerIds(ids)),
    portfolioByCompany: many((ids) => read.portfolioByCompanyIds(ids)),
    relationshipsByPerson: many((ids) => read.relationshipsByPersonIds(ids)),
    bossesOf: many((ids) => read.bossesOf(ids)),
    reportsOf: many((ids) => read.reportsOf(ids)),
    introductionsByPerson: many((ids) => read.introductionsByPersonIds(ids)),
  });
}

/** An object whose properties are made on first use: most requests need two or three of the loaders. */
function lazily<F extends Record<string, () => object>>(factories: F): { [K in keyof F]: ReturnType<F[K]> } {
  const made = {} as { [K in keyof F]: ReturnType<F[K]> };
  for (const key of Object.keys(factories) as (keyof F)[]) {
    Object.defineProperty(made, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = factories[key]();
        Object.defineProperty(made, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return made;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Clears the loaders made so far (without making the others). */
export function clearLoaders(loaders: Loaders): void {
  for (const key of Object.keys(loaders)) {
    const made = Object.getOwnPropertyDescriptor(loaders, key)?.value as DataLoader<string, unknown> | undefined;
    made?.clearAll();
  }
}
