import { Mutex } from './mutex';

/**
 * Writes run side by side (`write`); a consistent read (`readAlone`) waits for the writes under way, holds new ones
 * back, and runs alone. Neo4j reads at READ COMMITTED, so one read transaction alone may see a write committed
 * between two of its statements; holding this service's writes back for its duration gives the read one state.
 */
export class WriteGate {
  private running = 0;
  private drained: (() => void) | null = null;
  private held: Promise<void> | null = null;
  private readonly readers = new Mutex();

  async write<T>(work: () => Promise<T>): Promise<T> {
    while (this.held) await this.held;
    this.running++;
    try {
      return await work();
    } finally {
      if (--this.running === 0) this.drained?.();
    }
  }

  readAlone<T>(work: () => Promise<T>): Promise<T> {
    return this.readers.runExclusive(async () => {
      let release!: () => void;
      this.held = new Promise((resolve) => (release = resolve));
      try {
        if (this.running > 0) await new Promise<void>((resolve) => (this.drained = resolve));
        return await work();
      } finally {
        this.drained = null;
        this.held = null;
        release();
      }
    });
  }
}
