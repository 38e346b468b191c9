/** Pure statistics for benchmark samples: percentiles, summaries, medians across rounds, ratios. */

/**
 * The p-th percentile (0..100) of `values` by linear interpolation between closest ranks
 * (the method of numpy's default and of most spreadsheets). NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  if (values.length === 0) return NaN;
  const sorted = isSorted(values) ? values : [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((s, v) => s + v, 0) / values.length;
}

function isSorted(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1] > values[i]) return false;
  return true;
}

export interface LatencySummary {
  count: number;
  medianMs: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
}

/** Median, p90, p95, p99, mean and max of latencies in ms. */
export function summarizeLatencies(latenciesMs: readonly number[]): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianMs: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    meanMs: mean(sorted),
    maxMs: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
}

/** One timed load run against one subject (what the load generator reports back). */
export interface LoadRound {
  /** Successful responses (2xx, no GraphQL `errors`). */
  ok: number;
  /** Non-2xx, GraphQL errors, connection errors and timeouts. */
  failed: number;
  durationSec: number;
  latency: LatencySummary;
}

export interface LoadSummary {
  rounds: number;
  requests: number;
  failed: number;
  /** Successful requests per second: median over rounds. */
  throughputRps: number;
  medianMs: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/**
 * Rounds of the same measurement folded into one figure each: the median over rounds, so that one round
 * disturbed by a neighbour on a noisy machine does not move the result.
 */
export function summarizeRounds(rounds: readonly LoadRound[]): LoadSummary {
  const m = (f: (r: LoadRound) => number): number => median(rounds.map(f));
  return {
    rounds: rounds.length,
    requests: rounds.reduce((n, r) => n + r.ok, 0),
    failed: rounds.reduce((n, r) => n + r.failed, 0),
    throughputRps: m((r) => (r.durationSec > 0 ? r.ok / r.durationSec : 0)),
    medianMs: m((r) => r.latency.medianMs),
    p90Ms: m((r) => r.latency.p90Ms),
    p95Ms: m((r) => r.latency.p95Ms),
    p99Ms: m((r) => r.latency.p99Ms),
  };
}

/** value / baseline, or undefined when the baseline is zero or missing. */
export function ratio(value: number, baseline: number | undefined): number | undefined {
  if (baseline === undefined || !Number.isFinite(baseline) || baseline === 0 || !Number.isFinite(value)) return undefined;
  return value / baseline;
}

/** Records (or anything) per second for `count` items in `ms`. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : NaN;
}
