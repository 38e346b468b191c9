import DataLoader from 'dataloader';
import { type GraphOperations } from '@/store/graph-operations';

const cacheKeyFn = (k: string): string => k;

/**
 * The DataLoaders of one request. Each turns the field resolvers of a whole GraphQL level into one store
 * round trip, whatever the page size. Built fresh per request and cleared after every write.
 */
export function createLoaders(read: GraphOperations, today: string) {
  const many = <T>(fn: (ids: readonly string[]) => Promise<T[]>) => new DataLoader<string, T>(fn, { cacheKeyFn, maxBatchSize: 1000 });
  return {
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export function clearLoaders(loaders: Loaders): void {
  for (const l of Object.values(loaders)) l.clearAll();
}
