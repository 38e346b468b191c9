import { join } from 'node:path';
import { RESULTS_DIR } from './results';

export type BenchEngine = 'kuzu' | 'neo4j';

/** What every benchmark script is told: by the runner through BENCH_* variables, or by its own command line. */
export interface BenchOptions {
  engine: BenchEngine;
  people: number;
  seed: string;
  /** A 10,000-person smoke run with short load rounds; results go to bench/results/quick/. */
  quick: boolean;
  resultsDir: string;
}

export interface RunnerArgs {
  /** Benchmarks to run (file stems); empty: all of them. */
  names: string[];
  engines: BenchEngine[];
  people?: number;
  seed?: string;
  quick: boolean;
  list: boolean;
  help: boolean;
}

export const DEFAULT_PEOPLE = 100_000;
export const QUICK_PEOPLE = 10_000;
export const DEFAULT_SEED = '1';

export const USAGE = `usage: npm run bench [-- [NAME ...] [--engine kuzu|neo4j|both] [--people N] [--seed S] [--quick] [--list]]

  NAME            run only bench/NAME.bench.ts (several allowed); default: every benchmark
  --engine E      kuzu (default), neo4j (a Neo4j test server started for each benchmark, or NEO4J_URI),
                  or both / kuzu,neo4j: each benchmark on both engines, one after the other, in the same run
  --people N      network size (default ${DEFAULT_PEOPLE.toLocaleString('en-US')}; ${QUICK_PEOPLE.toLocaleString('en-US')} with --quick)
  --seed S        generator seed (default ${DEFAULT_SEED})
  --quick         smoke run: ${QUICK_PEOPLE.toLocaleString('en-US')} people, short rounds, results under bench/results/quick/
  --list          print the benchmarks and exit`;

export class UsageError extends Error {}

function parsePeople(raw: string | undefined): number {
  const text = (raw ?? '').replace(/[_,]/g, '');
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 10) throw new UsageError(`--people must be a whole number ≥ 10, got "${raw}"`);
  return n;
}

export function parseEngines(raw: string): BenchEngine[] {
  const parts = raw.toLowerCase() === 'both' ? ['kuzu', 'neo4j'] : raw.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean);
  const engines: BenchEngine[] = [];
  for (const p of parts) {
    const e = p === 'embedded' ? 'kuzu' : p;
    if (e !== 'kuzu' && e !== 'neo4j') throw new UsageError(`--engine must be kuzu, neo4j or both, got "${raw}"`);
    if (!engines.includes(e)) engines.push(e);
  }
  if (!engines.length) throw new UsageError('--engine needs a value');
  return engines;
}

/** The runner's command line (`npm run bench -- ...`). */
export function parseRunnerArgs(argv: readonly string[]): RunnerArgs {
  const out: RunnerArgs = { names: [], engines: ['kuzu'], quick: false, list: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--(engine|people|seed)(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${m[1]} needs a value`);
      if (m[1] === 'engine') out.engines = parseEngines(value);
      else if (m[1] === 'people') out.people = parsePeople(value);
      else out.seed = value;
    } else if (arg === '--quick') out.quick = true;
    else if (arg === '--list') out.list = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else out.names.push(arg.replace(/\.bench\.ts$/, '').replace(/^bench\//, ''));
  }
  return out;
}

/** The environment the runner hands a benchmark process. */
export function benchEnv(engine: BenchEngine, args: Pick<RunnerArgs, 'people' | 'seed' | 'quick'>): Record<string, string> {
  const env: Record<string, string> = { BENCH_ENGINE: engine, BENCH_QUICK: args.quick ? '1' : '0' };
  if (args.people !== undefined) env.BENCH_PEOPLE = String(args.people);
  if (args.seed !== undefined) env.BENCH_SEED = args.seed;
  return env;
}

/**
 * A benchmark's options: its own command line (when run directly) over BENCH_* variables (set by the runner)
 * over the defaults.
 */
export function benchOptions(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const cli = parseRunnerArgs(argv);
  const quick = cli.quick || env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
  const engineRaw = argv.some((a) => a.startsWith('--engine')) ? cli.engines.join(',') : env.BENCH_ENGINE ?? 'kuzu';
  const engines = parseEngines(engineRaw);
  if (engines.length > 1) throw new UsageError('a single benchmark runs on one engine; npm run bench -- --engine both runs it on each');
  const people = cli.people ?? (env.BENCH_PEOPLE ? parsePeople(env.BENCH_PEOPLE) : quick ? QUICK_PEOPLE : DEFAULT_PEOPLE);
  return {
    engine: engines[0],
    people,
    seed: cli.seed ?? env.BENCH_SEED ?? DEFAULT_SEED,
    quick,
    resultsDir: env.BENCH_RESULTS_DIR ?? (quick ? join(RESULTS_DIR, 'quick') : RESULTS_DIR),
  };
}
