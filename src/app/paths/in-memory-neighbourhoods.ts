import { type Network } from '@/domain/paths/network';
import { type IndexedGraph } from '@/domain/paths/trust-graph';
import { type PersonKind } from '@/domain/shared/enums';
import { type NetworkCache } from '@/store/paths/network-cache';
import { type Neighbourhood, type NeighbourhoodSource } from './neighbourhood-source';

/** What a search needs of the cache: the network when it is fresh, and a way to wait for it. */
export type NetworkHolder = Pick<NetworkCache, 'asOf' | 'current' | 'ready'> & Partial<Pick<NetworkCache, 'lastLoad'>>;

/**
 * The whole network in memory (NetworkCache: kept exact by the store's change feed), so a search makes no store
 * round trip. While it is not loaded (first use, a reload after an import, a failed load) searches read through
 * `fallback` instead.
 */
export class InMemoryNeighbourhoods implements NeighbourhoodSource {
  constructor(readonly cache: NetworkHolder, private readonly fallback: NeighbourhoodSource) {}

  open(today: string): Neighbourhood {
    this.cache.asOf(today);
    const network = this.cache.current();
    if (!network) return this.fallback.open(today);
    return new InMemoryNeighbourhood(network);
  }

  async warmUp(today?: string): Promise<void> {
    if (today) this.cache.asOf(today);
    await this.cache.ready();
  }
}

class InMemoryNeighbourhood implements Neighbourhood {
  constructor(readonly network: Network) {}

  async targetKind(id: string): Promise<'person' | 'company' | null> {
    return this.network.people.has(id) ? 'person' : this.network.companies.has(id) ? 'company' : null;
  }

  async personKind(id: string): Promise<PersonKind | null> {
    return (this.network.people.get(id)?.kind as PersonKind | undefined) ?? null;
  }

  async isCompany(id: string): Promise<boolean> {
    return this.network.companies.has(id);
  }

  async currentEmployees(companyId: string, today: string): Promise<string[]> {
    return this.network.currentEmployees(companyId, today);
  }

  async managerIds(): Promise<string[]> {
    return [...this.network.managers()];
  }

  async graph(): Promise<IndexedGraph> {
    return this.network;
  }

  async prepareToExplain(): Promise<void> {} // the network has everything
}
