/** Every stored record carries an optimistic-concurrency version, starting at 1. */
export interface Versioned {
  version: number;
}
