import { type GraphStore } from './graph-store';

/**
 * What a store's process is still preparing before it serves at full speed (the in-memory warm-path network, on
 * every engine). `/ready` answers 503 `warming` while anything is pending, so a load balancer sends no traffic to a
 * process whose first searches would wait for the load. A failed preparation ends too: searches then read live.
 */
export class Readiness {
  private readonly pending = new Set<string>();

  /** Marks `what` as warming until `work` settles; returns `work`. */
  track<T>(what: string, work: Promise<T>): Promise<T> {
    this.pending.add(what);
    const done = (): void => {
      this.pending.delete(what);
    };
    work.then(done, done);
    return work;
  }

  /** What is still warming, in the order it started; empty when ready. */
  get warming(): string[] {
    return [...this.pending];
  }
}

const byStore = new WeakMap<GraphStore, Readiness>();

export function readinessOf(store: GraphStore): Readiness {
  let r = byStore.get(store);
  if (!r) byStore.set(store, (r = new Readiness()));
  return r;
}
