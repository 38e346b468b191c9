/** Errors a store raises that the service turns into client-facing codes. Driver details stay in `cause`. */
export class StoreError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = new.target.name;
  }
}
/** Another process holds the database (Kuzu allows one process per data directory). */
export class StoreLockedError extends StoreError {}
/** A query ran longer than the configured limit and was stopped. */
export class StoreTimeoutError extends StoreError {}
/**
 * The engine ran out of the memory it is allowed for one operation (Kuzu's buffer pool, Neo4j's transaction memory):
 * the operation was stopped and rolled back. `setting` is what to raise.
 */
export class StoreMemoryFullError extends StoreError {
  constructor(message: string, readonly setting: string, cause?: unknown) {
    super(message, cause);
  }
}
/** The database is not reachable (Neo4j down, wrong URI or credentials). */
export class StoreUnavailableError extends StoreError {}
/** A uniqueness constraint refused a write. */
export class StoreConflictError extends StoreError {}
