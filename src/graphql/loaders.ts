import DataLoader from 'dataloader';
import { type Person } from '@/domain/person/person';
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
    knownBosses: new KnownBosses(),
  };
}

/**
 * The bosses of reps whose list was read as a whole (a page of companies' current reps, see loadBossesOf), by rep id:
 * Rep.reportsTo answers from here at once instead of with two loader hops and a promise per rep (a page of 50
 * companies has ~1,450 reps at 10,000 people). Cleared with the loaders after every write.
 */
export class KnownBosses {
  private readonly byRep = new Map<string, Person[]>();
  get(repId: string): Person[] | undefined {
    return this.byRep.get(repId);
  }
  set(repId: string, bosses: Person[]): void {
    this.byRep.set(repId, bosses);
  }
  clearAll(): void {
    this.byRep.clear();
  }
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Loads the bosses of `repIds` (their records, in the order bossesOf gives, people not found left out: what
 * Rep.reportsTo answers) into `loaders.knownBosses`, through the same loaders, so that the calls of one GraphQL level
 * are still one batch each.
 */
export async function loadBossesOf(loaders: Loaders, repIds: readonly string[]): Promise<void> {
  const missing = repIds.filter((id) => loaders.knownBosses.get(id) === undefined);
  if (!missing.length) return;
  const bossIds = await loaders.bossesOf.loadMany(missing);
  const wanted = [...new Set(bossIds.flatMap((ids) => (ids instanceof Error ? [] : ids)))];
  const people = new Map<string, Person>();
  for (const p of await loaders.person.loadMany(wanted)) if (p && !(p instanceof Error)) people.set(p.id, p);
  missing.forEach((repId, i) => {
    const ids = bossIds[i];
    if (ids instanceof Error) return; // Rep.reportsTo reads them itself, and fails as it would have
    loaders.knownBosses.set(repId, ids.flatMap((id) => people.get(id) ?? []));
  });
}

export function clearLoaders(loaders: Loaders): void {
  for (const l of Object.values(loaders)) l.clearAll();
}
