import { type FoundPath } from '@/domain/paths/k-best';
import { type Network } from '@/domain/paths/network';
import { type IndexedGraph } from '@/domain/paths/trust-graph';
import { type PersonKind } from '@/domain/shared/enums';

/**
 * Where a warm-path search reads the network from: the in-memory network (in-memory-neighbourhoods.ts) or the store,
 * neighbourhood by neighbourhood (store-neighbourhoods.ts). Both answer every search the same.
 */
export interface NeighbourhoodSource {
  /** What one search reads through, for the day `today` (who works where). */
  open(today: string): Neighbourhood;
  /**
   * Loads what the source keeps in memory now, computed for the day `today` when given (a server calls it at start);
   * resolves at once when it keeps nothing.
   */
  warmUp(today?: string): Promise<void>;
}

/** One search's view of the network. */
export interface Neighbourhood {
  /** The network the paths are explained from (people, ties, jobs, contacts). */
  readonly network: Network;
  /** Whether `id` names a person or a company (a person first); null when neither. */
  targetKind(id: string): Promise<'person' | 'company' | null>;
  personKind(id: string): Promise<PersonKind | null>;
  isCompany(id: string): Promise<boolean>;
  currentEmployees(companyId: string, today: string): Promise<string[]>;
  managerIds(): Promise<string[]>;
  /** The graph the search runs on: it holds every path from `sources` to `targets` within the bounds. */
  graph(sources: string[], targets: string[], maxHops: number, minTrust: number, avoid: ReadonlySet<string>): Promise<IndexedGraph>;
  /** Reads what explaining `paths` needs and the network lacks (names, jobs, contacts). */
  prepareToExplain(paths: readonly FoundPath[]): Promise<void>;
}
