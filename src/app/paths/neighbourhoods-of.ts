import { type GraphStore } from '@/store/graph-store';
import { chooseNeighbourhoodSource } from './choose-neighbourhood-source';
import { type NeighbourhoodSource } from './neighbourhood-source';

const sources = new WeakMap<GraphStore, NeighbourhoodSource>();

/** The one neighbourhood source of a store (an in-memory network lives as long as its store). */
export function neighbourhoodsOf(store: GraphStore): NeighbourhoodSource {
  let s = sources.get(store);
  if (!s) {
    s = chooseNeighbourhoodSource(store);
    sources.set(store, s);
  }
  return s;
}
