export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs one named query (from `cypher/`) and returns its rows as plain values. */
export interface QueryRunner {
  run(name: string, params?: Params): Promise<Row[]>;
  /** The same named query once per parameter set, as one call (one round trip) into the engine. */
  runEach?(name: string, paramsList: Params[]): Promise<Row[][]>;
}

/**
 * Calls into the database since start (benchmarks and the N+1 test read them): `roundTrips` counts calls from the
 * service, `queries` the statements they ran (more than one when a call runs point lookups, see GraphOperations).
 */
export class StoreStats {
  roundTrips = 0;
  queries = 0;
}
