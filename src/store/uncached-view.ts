import { type GraphOperations } from './graph-operations';
import { type GraphStore } from './graph-store';

/**
 * `store` read through `uncached` (a GraphOperations without the record cache), for benchmarks and tests that compare
 * the two: every other member is the store's own (the view's prototype is the store), writes included.
 */
export function uncachedView(store: GraphStore, uncached: GraphOperations): GraphStore {
  const view: GraphStore = Object.create(store);
  Object.defineProperty(view, 'read', { value: uncached });
  return view;
}
