import { randomUUID } from 'node:crypto';
import { type QueryLibrary } from '../cypher/query-library';
import { GraphOperations, type OperationsOptions } from '../graph-operations';
import { type Params, type QueryRunner, type Row } from '../runner';
import { type Change, changesOf, distinct } from './change';

/** A committed row of the change log: its sequence within the log's epoch, and what it changed. */
export interface Appended {
  epoch: string;
  seq: number;
  changes: Change[];
}

/** Log rows kept: a process further behind than this loads its caches again (a gap says so). */
export const KEPT_CHANGES = 10_000;
/** Every this many sequences, the append also drops rows beyond KEPT_CHANGES. */
const PRUNE_EVERY = 1000;

const WRITE_CLAUSE = /\b(CREATE|MERGE|SET|DELETE|REMOVE|COPY|DROP|ALTER)\b/i;

/**
 * Writes the change log, inside each write transaction: `record` notes the changes of the named write statements a
 * transaction runs (change.ts says which), and `append`, its last statement, adds one log row with the next sequence
 * (cypher/shared/changes/append.cypher). Both engines; the row commits or rolls back with the writes it describes.
 */
export class ChangeLog {
  private readonly isWriteByName = new Map<string, boolean>();

  constructor(private readonly library: QueryLibrary) {}

  /** Operations for one transaction attempt over `runner` that note what each write statement changes. */
  record(runner: QueryRunner, options?: OperationsOptions): { ops: GraphOperations; changes: Change[] } {
    const changes: Change[] = [];
    const recording: QueryRunner = {
      run: (name, params = {}) => {
        if (this.isWrite(name)) changes.push(...changesOf(name, params));
        return runner.run(name, params);
      },
      // point lookups by id only read
      runEach: runner.runEach?.bind(runner),
    };
    return { ops: new GraphOperations(recording, options), changes };
  }

  /** Appends one row for `changes` (none: nothing is appended, and null is returned). */
  async append(run: (name: string, params: Params) => Promise<Row[]>, changes: Change[]): Promise<Appended | null> {
    if (changes.length === 0) return null;
    const described = distinct(changes);
    const [row] = await run('changes/append', { epoch: randomUUID(), at: new Date().toISOString(), changes: JSON.stringify(described) });
    const seq = Number(row.seq);
    if (seq % PRUNE_EVERY === 0 && seq > KEPT_CHANGES) await run('changes/prune', { upTo: seq - KEPT_CHANGES });
    return { epoch: String(row.epoch), seq, changes: described };
  }

  private isWrite(name: string): boolean {
    let w = this.isWriteByName.get(name);
    if (w === undefined) {
      w = WRITE_CLAUSE.test(this.library.get(name));
      this.isWriteByName.set(name, w);
    }
    return w;
  }
}
