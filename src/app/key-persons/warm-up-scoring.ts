import { type PeopleNetwork, companySubgraphFromNetwork } from '@/domain/key-persons/company-subgraph';
import { scoreKeyPersons } from '@/domain/key-persons/key-persons';

/** How many of the largest companies the warm-up scores. */
export const WARM_UP_COMPANIES = 12;

/**
 * Scores the key persons of the largest companies once and keeps nothing (no ranking is cached): the first
 * keyPersons requests after a start then run code the engine has already compiled. At 100,000 people the first dozen
 * first requests for ~500-person companies took twice as long as the next dozen (Kuzu median 24 ms against 11; in
 * process on Neo4j 21.9 against 6.2), whatever the company; three companies were not enough to close the gap on Neo4j.
 * About 0.3 s at start. Returns the companies scored.
 */
export function warmUpKeyPersonScoring(network: PeopleNetwork & { companies: ReadonlyMap<string, unknown> }, today: string): string[] {
  const sizes: [string, number][] = [];
  for (const id of network.companies.keys()) sizes.push([id, network.employmentsAtCompany(id).length]);
  const largest = sizes.sort((a, b) => b[1] - a[1]).slice(0, WARM_UP_COMPANIES).map(([id]) => id);
  for (const id of largest) scoreKeyPersons(companySubgraphFromNetwork(network, id, today), today);
  return largest;
}
