import { GraphStore } from '@/store/graph-store';
import { NetworkCache } from '@/store/paths/network-cache';
import { writeFeedOf } from '@/store/paths/write-feed';
import { InMemoryNeighbourhoods } from './in-memory-neighbourhoods';
import { NeighbourhoodSource } from './neighbourhood-source';
import { StoreNeighbourhoods } from './store-neighbourhoods';

/** on: the in-memory network; off: store reads per search; auto: in memory when this process is the only writer. */
export type NeighbourhoodMode = 'auto' | 'on' | 'off';

/**
 * The one place that decides where warm-path searches read the network from. The in-memory network is only right
 * while every write reaches it, which holds when this process is the only writer (the embedded engine: one process
 * per data directory); with Neo4j other processes may write, so searches read the store.
 */
export function chooseNeighbourhoodSource(store: GraphStore, mode: NeighbourhoodMode = 'auto'): NeighbourhoodSource {
  const live = new StoreNeighbourhoods(store);
  const inMemory = mode === 'on' || (mode === 'auto' && store.engine === 'kuzu');
  return inMemory ? new InMemoryNeighbourhoods(new NetworkCache(store, writeFeedOf(store)), live) : live;
}
