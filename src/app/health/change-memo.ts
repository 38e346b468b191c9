import { type GraphStore } from '@/store/graph-store';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';

/** Entries a memo keeps at most (many keys asked without a change in between): beyond it the memo starts over. */
const MAX_ENTRIES = 200_000;

const memos = new WeakMap<GraphStore, Map<string, Map<string, unknown>>>();

/**
 * A memo of values computed from the graph as it is now (on the in-memory network and store reads), one per store and
 * `name`, emptied at every change the store's change feed tells (this process's commits before the writer's promise
 * resolves, other processes' at the catch-up that starts each request): no value outlives the graph state it was
 * computed from. It subscribes after the in-memory network (created by neighbourhoodsOf), so the feed tells it a
 * change only once the network has applied it: a value computed meanwhile, on the network before, is forgotten too.
 */
export function changeMemo<T>(store: GraphStore, name: string): { get(key: string, compute: () => T): T; delete(key: string): void } {
  let byName = memos.get(store);
  if (!byName) {
    neighbourhoodsOf(store);
    const all = new Map<string, Map<string, unknown>>();
    store.changes.subscribe(() => {
      for (const m of all.values()) m.clear();
    });
    memos.set(store, (byName = all));
  }
  let memo = byName.get(name);
  if (!memo) byName.set(name, (memo = new Map()));
  const m = memo;
  return {
    get(key, compute) {
      if (m.has(key)) return m.get(key) as T;
      if (m.size >= MAX_ENTRIES) m.clear();
      const value = compute();
      m.set(key, value);
      return value;
    },
    delete(key) {
      m.delete(key);
    },
  };
}
