import { type GraphStore } from '@/store/graph-store';
import { NetworkCache } from '@/store/paths/network-cache';
import { InMemoryNeighbourhoods } from './in-memory-neighbourhoods';
import { type NeighbourhoodSource } from './neighbourhood-source';
import { StoreNeighbourhoods } from './store-neighbourhoods';

/** on and auto: the in-memory network; off: store reads per search (benchmarks compare the two). */
export type NeighbourhoodMode = 'auto' | 'on' | 'off';

/**
 * The one place that decides where warm-path searches read the network from. The store's change feed keeps the
 * in-memory network exact on every engine: before a search it catches up with every write committed since, by this
 * process or another one on the same database (README, "Consistency").
 */
export function chooseNeighbourhoodSource(store: GraphStore, mode: NeighbourhoodMode = 'auto'): NeighbourhoodSource {
  const live = new StoreNeighbourhoods(store);
  return mode !== 'off' ? new InMemoryNeighbourhoods(new NetworkCache(store), live) : live;
}
