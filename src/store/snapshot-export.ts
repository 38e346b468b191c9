import { isRep } from '@/domain/person/person';
import { GraphOperations } from './graph-operations';

/**
 * The whole graph as a snapshot (docs/snapshot.schema.json, plus the optional fields this service keeps:
 * chart texts, rep notes, relationship recordedAt). Importing it gives the same graph, on either engine.
 */
export async function exportSnapshot(read: GraphOperations): Promise<Record<string, unknown>> {
  const [companies, people, contracts, employments, portfolio, relationships, reportsTo, introductions, interactions, deals] = await Promise.all([
    read.allCompanies(), read.allPeople(), read.allContracts(), read.allEmployments(), read.allPortfolio(), read.allRelationships(),
    read.allReportsTo(), read.allIntroductions(), read.allInteractions(), read.allDeals(),
  ]);
  const drop = <T extends object>(o: T, ...keys: string[]): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
  return {
    version: 1,
    companies: companies.map((c) => drop(c, 'version')),
    contracts: contracts.map((k) => drop(k, 'version')),
    managers: people.filter((p) => !isRep(p)).map((p) => drop(p, 'version', 'kind')),
    reps: people.filter(isRep).map((p) => drop(p, 'version', 'kind')),
    employments: employments.map((e) => drop(e, 'id')),
    portfolio,
    relationships: relationships.map((r) => drop(r, 'id', 'version')),
    reportsTo,
    introductions: introductions.map((i) => drop(i, 'id')),
    interactions: interactions.map((i) => drop(i, 'version')),
    deals: deals.map((d) => drop(d, 'version')),
  };
}
