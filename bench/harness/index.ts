/**
 * The benchmark harness: what every `bench/<name>.bench.ts` uses. A benchmark is a script:
 *
 *   import { runBenchmark } from './harness';
 *   runBenchmark({ name: 'paths', title: 'Paths' }, async (b) => {
 *     const net = await b.loadNetwork();            // generated network, loaded into a fresh store of b.options.engine
 *     const server = await b.startServer(net);       // the service on a free port, reached at 127.0.0.1
 *     const load = await b.measure([{ label: 'service', url: server.url }], [{ query, variables }]);
 *     b.add(metric({ case: '…', name: 'throughput', unit: 'req/s', value: load.service.throughputRps, baseline: … }));
 *     await server.stop(); await net.close();
 *   });
 *
 * `npm run bench` runs each script in its own process (so its peak memory is its own) and passes the engine,
 * size, seed and --quick through BENCH_* variables; run directly, a script reads the same flags from its argv.
 */
import 'reflect-metadata';
import os from 'node:os';
import { type LoadOptions, type GraphQLRequest, type Subject, measureLoad } from './load';
import { MiB, ownPeakRss } from './memory';
import { type LoadedNetwork, loadNetwork } from './network-store';
import { type BenchOptions, benchOptions } from './options';
import { type BenchResult, type Metric, machineInfo, metric, resultMarkdown, writeResult } from './results';
import { type BenchServer, startServiceServer } from './server';
import { type LoadSummary } from './stats';

export { PROJECT_ROOT, runNode, runTs } from './child';
export type { ChildResult } from './child';
export * from './load';
export * from './memory';
export * from './network';
export * from './network-store';
export * from './options';
export * from './results';
export * from './sequential';
export * from './server';
export * from './stats';
export { openEngine } from './engine';
export type { EngineHandle } from './engine';

/** Load settings: full runs take longer rounds; --quick is a smoke test. */
export function defaultLoad(quick: boolean): LoadOptions {
  return quick
    ? { connections: 10, warmupSec: 1, roundSec: 2, rounds: 2 }
    : { connections: 10, warmupSec: 3, roundSec: 5, rounds: 3 };
}

export interface Bench {
  options: BenchOptions;
  load: LoadOptions;
  log(line: string): void;
  /** A line for the results page (what was measured how, caveats). */
  note(text: string): void;
  add(...metrics: Metric[]): void;
  /** The network of the run's size and seed loaded into a fresh store (a cached Kuzu load is reused unless `reuse: false`). */
  loadNetwork(opts?: { reuse?: boolean }): Promise<LoadedNetwork>;
  /** The service (src/server.ts) over the loaded store, on a free port. */
  startServer(net: LoadedNetwork): Promise<BenchServer>;
  /** Load on each subject in turn (see measureLoad), with the run's load settings unless overridden. */
  measure(subjects: Subject[], requests: GraphQLRequest[], load?: Partial<LoadOptions>): Promise<Record<string, LoadSummary>>;
}

export interface BenchMeta {
  /** File stem: bench/<name>.bench.ts writes bench/results/<name>.json and .md. */
  name: string;
  title: string;
}

/**
 * Runs one benchmark: parses its options, runs `body`, adds the process's peak RSS, writes the results
 * (JSON, Markdown, and the index), prints the table, and exits non-zero when `body` throws.
 */
export function runBenchmark(meta: BenchMeta, body: (b: Bench) => Promise<void>): void {
  const started = new Date();
  const loadAtStart = os.loadavg()[0];
  const t0 = performance.now();
  let options: BenchOptions;
  try {
    options = benchOptions();
  } catch (e) {
    process.stderr.write(`${meta.name}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const metrics: Metric[] = [];
  const notes: string[] = [];
  const log = (line: string): void => {
    process.stderr.write(`[${meta.name}] ${line}\n`);
  };
  const load = defaultLoad(options.quick);
  const bench: Bench = {
    options,
    load,
    log,
    note: (text) => void notes.push(text),
    add: (...ms) => void metrics.push(...ms),
    loadNetwork: async (opts) => {
      const net = await loadNetwork(options, { reuse: opts?.reuse ?? true, log });
      for (const n of net.handle.notes) if (!notes.includes(n)) notes.push(n);
      return net;
    },
    startServer: (net) => startServiceServer(net.store, net.handle.config),
    measure: (subjects, requests, override) => measureLoad(subjects, requests, { ...load, ...override }, log),
  };
  log(`${options.engine}, ${options.people.toLocaleString('en-US')} people, seed ${options.seed}${options.quick ? ', quick' : ''}`);
  body(bench).then(
    () => {
      metrics.push(metric({ case: 'whole benchmark process', name: 'peak RSS', unit: 'MiB', value: Math.round(ownPeakRss() / MiB) }));
      const result: BenchResult = {
        name: meta.name,
        ...(process.env.BENCH_RUN_ID ? { runId: process.env.BENCH_RUN_ID } : {}),
        title: meta.title,
        engine: options.engine,
        people: options.people,
        seed: options.seed,
        quick: options.quick,
        startedAt: started.toISOString(),
        durationSec: Math.round((performance.now() - t0) / 100) / 10,
        machine: machineInfo(loadAtStart),
        metrics,
        notes,
      };
      const files = writeResult(result, options.resultsDir);
      process.stdout.write(`\n${resultMarkdown(result)}\n`);
      log(`results: ${files.json}, ${files.markdown}`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`[${meta.name}] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
