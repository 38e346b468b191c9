import { log } from '@/log';
import { type Row } from '../runner';
import { type Change } from './change';
import { type Appended } from './change-log';

/** One committed row of the change log, told to the feed's listeners in sequence order. */
export interface Delivery {
  seq: number;
  changes: Change[];
}

export type ChangeListener = (delivery: Delivery) => void | Promise<void>;

/** Where a process stands in the log: the log's epoch (null: no log yet) and the last sequence it applied. */
export interface FeedPosition {
  epoch: string | null;
  seq: number;
}

/**
 * The change log as this process follows it: every cache (the warm-path network, the record cache, the insight
 * caches) listens here and changes only from what it is told, in sequence order, one delivery at a time.
 *
 * - This process's own commits are told as they commit, before the writer's promise resolves.
 * - `catchUp()` reads what other processes committed since the last sequence: one indexed query
 *   (cypher/shared/changes/since.cypher) that finds nothing when nothing is newer. Callers that arrive while one
 *   runs share the next one (which starts after they arrived), so no caller is answered from an older read. A store
 *   that is the only writer of its database (`soleWriter`, the embedded engine) has nothing to read: every change
 *   was its own.
 *
 * A log that started over (another epoch: a wiped graph) or a gap (rows pruned while this process was behind) is
 * told as one `everything` change: whole-graph views load again.
 */
export class ChangeFeed {
  private epoch: string | null = null;
  private seq = 0;
  /** A snapshot import has started and not finished (batches, Neo4j): whole-graph views keep nothing meanwhile. */
  importing = false;
  private readonly listeners = new Set<ChangeListener>();
  private queue: Promise<void> = Promise.resolve();
  private pulling: Promise<void> | null = null;
  private nextPull: Promise<void> | null = null;
  /** Log reads and what they brought, for tests and the benchmark. */
  readonly stats = { reads: 0, rowsRead: 0, delivered: 0 };

  constructor(
    private readonly readSince: (since: number) => Promise<Row[]>,
    readonly soleWriter: boolean,
  ) {}

  /** At open: the log's head (no row: no log yet) and whether an import is unfinished. */
  start(head: Row | undefined, importing: boolean): void {
    this.epoch = head ? String(head.epoch) : null;
    this.seq = head ? Number(head.seq) : 0;
    this.importing = importing;
  }

  /** The state of the graph that the listeners have been told of; equal versions, equal graph. */
  get version(): string {
    return `${this.epoch ?? '-'}:${this.seq}`;
  }

  get position(): FeedPosition {
    return { epoch: this.epoch, seq: this.seq };
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every change committed before the call (by any process) has been told to the listeners. */
  catchUp(): Promise<void> {
    if (this.soleWriter) return this.queue;
    if (!this.pulling) {
      this.pulling = this.pull().finally(() => {
        this.pulling = null;
      });
      return this.pulling;
    }
    return (this.nextPull ??= this.pulling.then(noop, noop).then(() => {
      this.nextPull = null;
      return this.catchUp();
    }));
  }

  /** This process committed `appended`: told at once when it follows what was told, else read from the log. */
  committed(appended: Appended): Promise<void> {
    return this.enqueue(async () => {
      if (appended.epoch === this.epoch || (this.epoch === null && appended.seq === 1)) {
        this.epoch = appended.epoch;
        if (appended.seq <= this.seq) return; // a catch-up read it from the log already
        if (appended.seq === this.seq + 1) return this.deliver({ seq: appended.seq, changes: appended.changes });
      }
      await this.applyRows(await this.read(this.seq)); // other processes committed in between
    });
  }

  private async pull(): Promise<void> {
    const rows = await this.read(this.seq);
    await this.enqueue(() => this.applyRows(rows));
  }

  private async read(since: number): Promise<Row[]> {
    this.stats.reads++;
    const rows = await this.readSince(since);
    this.stats.rowsRead += rows.filter((r) => r.seq != null).length;
    return rows;
  }

  private async applyRows(rows: Row[]): Promise<void> {
    const head = rows[0];
    if (!head || head.head == null) {
      // no log (a graph wiped by a write that told nothing cannot happen: every write that changes data appends)
      if (this.seq !== 0) await this.startOver(null, 0, 'the change log is gone');
      return;
    }
    const epoch = String(head.epoch);
    const headSeq = Number(head.head);
    if (epoch !== this.epoch && !(this.epoch === null && this.seq === 0)) return this.startOver(epoch, headSeq, 'the change log started over');
    this.epoch = epoch;
    const newer = rows.filter((r) => r.seq != null && Number(r.seq) > this.seq);
    // The head can show a commit whose log row is not visible yet: Neo4j applies a commit record by record, and a
    // read at READ COMMITTED may meet it half applied. That commit has not been acknowledged to anyone yet (it is
    // acknowledged once applied), so it is read at the next catch-up; taking it for pruned rows made every cache load
    // again (with 10 writes a second on another replica, the warm-path network never finished loading).
    if (newer.length === 0) return;
    if (Number(newer[0].seq) !== this.seq + 1) return this.startOver(epoch, headSeq, 'changes this process missed were pruned');
    for (const r of newer) await this.deliver({ seq: Number(r.seq), changes: JSON.parse(String(r.changes)) as Change[] });
  }

  private startOver(epoch: string | null, seq: number, why: string): Promise<void> {
    this.epoch = epoch;
    return this.deliver({ seq, changes: [{ type: 'everything', statement: why }] });
  }

  private async deliver(d: Delivery): Promise<void> {
    this.seq = d.seq;
    for (const c of d.changes) if (c.type === 'import') this.importing = !c.finished;
    this.stats.delivered++;
    for (const listener of this.listeners) {
      try {
        await listener(d);
      } catch (error) {
        log.error('a cache could not apply a change', { seq: d.seq, error });
      }
    }
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    this.queue = run.catch(noop);
    return run;
  }
}

function noop(): void {}
