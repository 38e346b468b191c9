export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs one named query (from `cypher/`) and returns its rows as plain values. */
export interface QueryRunner {
  run(name: string, params?: Params): Promise<Row[]>;
  /** The same named query once per parameter set, as one call (one round trip) into the engine. */
  runEach?(name: string, paramsList: Params[]): Promise<Row[][]>;
  /**
   * A whole-graph list as parallel columns, each value put in its column as it arrives (no row object kept): on
   * Neo4j, materialising every record first held the nine lists of the 100,000-person network at once, about 1.3 GB
   * of heap before a collection (the service's peak RSS). Without it: parallelColumns over `run`.
   */
  runColumns?(name: string, params?: Params): Promise<Record<string, unknown[]>>;
}

/**
 * Calls into the database since start (benchmarks and the N+1 test read them): `roundTrips` counts calls from the
 * service, `queries` the statements they ran (more than one when a call runs point lookups, see GraphOperations).
 */
export class StoreStats {
  roundTrips = 0;
  queries = 0;
}
