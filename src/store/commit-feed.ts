import { QueryLibrary } from './cypher/query-library';
import { GraphOperations, OperationsOptions } from './graph-operations';
import { Params, QueryRunner } from './runner';

export interface WriteStatement {
  name: string;
  params: Params;
}

/** What one committed transaction wrote: its named write statements with their parameters, or "an import". */
export type WriteBatch = { kind: 'statements'; statements: WriteStatement[] } | { kind: 'import' };

export interface WriteFeed {
  /** Called after every commit of this store, before the writer's promise resolves; returns an unsubscribe. */
  subscribe(listener: (batch: WriteBatch) => void): () => void;
}

const WRITE_CLAUSE = /\b(CREATE|MERGE|SET|DELETE|REMOVE|COPY|DROP|ALTER)\b/i;

/**
 * The after-commit feed of one store. In-memory views (the warm-path network, insight caches) keep themselves exact
 * from it. A transaction that rolls back tells nothing; a retried one (Neo4j) tells only its last attempt.
 */
export class CommitFeed implements WriteFeed {
  private readonly listeners = new Set<(batch: WriteBatch) => void>();
  private readonly isWriteByName = new Map<string, boolean>();

  constructor(private readonly library: QueryLibrary) {}

  subscribe(listener: (batch: WriteBatch) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Operations for one transaction attempt over `runner` that note each named write statement they run. */
  record(runner: QueryRunner, options?: OperationsOptions): { ops: GraphOperations; statements: WriteStatement[] } {
    const statements: WriteStatement[] = [];
    const recording: QueryRunner = {
      run: (name, params = {}) => {
        if (this.isWrite(name)) statements.push({ name, params });
        return runner.run(name, params);
      },
      // point lookups by id only read
      runEach: runner.runEach?.bind(runner),
    };
    return { ops: new GraphOperations(recording, options), statements };
  }

  committed(statements: WriteStatement[]): void {
    if (statements.length) this.emit({ kind: 'statements', statements });
  }

  /** Told after an import, even a failed one: it rolled back, and a reload costs only time. */
  imported(): void {
    this.emit({ kind: 'import' });
  }

  private isWrite(name: string): boolean {
    let w = this.isWriteByName.get(name);
    if (w === undefined) {
      w = WRITE_CLAUSE.test(this.library.get(name));
      this.isWriteByName.set(name, w);
    }
    return w;
  }

  private emit(batch: WriteBatch): void {
    for (const listener of this.listeners) listener(batch);
  }
}
