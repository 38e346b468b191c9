import { GraphOperations } from '@/store/graph-operations';
import { GraphStore } from '@/store/graph-store';
import { QueryLibrary } from '@/store/cypher/query-library';
import { Params } from '@/store/runner';

/**
 * What this process wrote, told after each commit: the named write statements of a transaction with their
 * parameters, or that a snapshot was imported. The warm-path cache keeps itself fresh from it.
 *
 * It observes one store instance by wrapping its `write` and `importSnapshot` methods (instance properties
 * shadowing the class methods; nothing else of the store changes). Listeners run after the commit and
 * before the caller's `write` promise resolves, so whatever runs after a mutation sees its effect. A
 * transaction that rolls back tells nothing. A first-class hook on GraphStore could replace the wrapping.
 */

export interface WriteStatement {
  name: string;
  params: Params;
}

export type WriteBatch = { kind: 'statements'; statements: WriteStatement[] } | { kind: 'import' };

export interface WriteFeed {
  subscribe(listener: (batch: WriteBatch) => void): () => void;
}

const WRITE_CLAUSE = /\b(CREATE|MERGE|SET|DELETE|REMOVE|COPY|DROP|ALTER)\b/i;

const feeds = new WeakMap<GraphStore, WriteFeed>();

/** The feed of `store`, created (and the store observed) on first use. */
export function writeFeedOf(store: GraphStore): WriteFeed {
  const existing = feeds.get(store);
  if (existing) return existing;

  const library = QueryLibrary.load(store.engine);
  const writes = new Map<string, boolean>();
  const isWrite = (name: string): boolean => {
    let w = writes.get(name);
    if (w === undefined) {
      w = WRITE_CLAUSE.test(library.get(name));
      writes.set(name, w);
    }
    return w;
  };

  const listeners = new Set<(batch: WriteBatch) => void>();
  const emit = (batch: WriteBatch): void => {
    for (const l of listeners) l(batch);
  };

  const write = store.write.bind(store);
  const importSnapshot = store.importSnapshot.bind(store);
  const observed = store as { -readonly [K in keyof GraphStore]: GraphStore[K] };
  observed.write = async <T>(work: (ops: GraphOperations) => Promise<T>): Promise<T> => {
    let statements: WriteStatement[] = [];
    const result = await write(async (ops) => {
      statements = []; // a retried transaction starts over
      const recording = new GraphOperations({
        run: (name, params = {}) => {
          if (isWrite(name)) statements.push({ name, params });
          return ops.run(name, params);
        },
      });
      return work(recording);
    });
    if (statements.length) emit({ kind: 'statements', statements });
    return result;
  };
  observed.importSnapshot = async (...args: Parameters<GraphStore['importSnapshot']>) => {
    try {
      await importSnapshot(...args);
    } finally {
      // told even when it failed: an import that fails part-way is rolled back, but a reload costs only time
      emit({ kind: 'import' });
    }
  };

  const feed: WriteFeed = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  feeds.set(store, feed);
  return feed;
}
