export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs one named query (from `cypher/`) and returns its rows as plain values. */
export interface QueryRunner {
  run(name: string, params?: Params): Promise<Row[]>;
}

/** Round trips to the database since start; benchmarks and the N+1 test read it. */
export class StoreStats {
  roundTrips = 0;
}
