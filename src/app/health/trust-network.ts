import { Network } from '@/domain/paths/network';
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';
import { readTiesOf } from '@/store/health/health.queries';
import { InMemoryNeighbourhoods } from '@/app/paths/in-memory-neighbourhoods';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';

/** The network around `ids` read from the store (everything their ties' trust depends on), on day `asOf`. */
export async function networkAround(read: GraphOperations, ids: readonly string[], asOf: string): Promise<Network> {
  const network = new Network();
  await readTiesOf(read, network, ids);
  network.asOf(asOf);
  return network;
}

/**
 * The network a tie's trust is computed from, on every engine: the whole network warm paths search
 * (NetworkCache, kept exact by the store's change feed, src/store/changes) when it is loaded, so health, follow-ups,
 * risks and handover briefs use exactly the trust warm paths use and read nothing; while it is not loaded (first use,
 * a reload after an import, warm paths switched off), the network around `ids` (read only then) read from the store. Both
 * give the same trust for every tie of `ids`.
 *
 * The in-memory network is shared by every request and set to one day at a time (Network.asOf), so `use` runs
 * synchronously right after it is set to `asOf`: nothing else can move it meanwhile.
 */
export async function withTrustNetwork<T>(
  store: GraphStore, ids: readonly string[] | (() => Promise<readonly string[]>), asOf: string, use: (network: Network) => T,
): Promise<T> {
  const network = sharedNetwork(store) ?? (await networkAround(store.read, typeof ids === 'function' ? await ids() : ids, asOf));
  network.asOf(asOf);
  return use(network);
}

/** The in-memory network when it is loaded and fresh, else null (it starts loading). */
export function sharedNetwork(store: GraphStore): Network | null {
  const source = neighbourhoodsOf(store);
  return source instanceof InMemoryNeighbourhoods ? source.cache.current() : null;
}
