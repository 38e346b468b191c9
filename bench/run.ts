/**
 * npm run bench [-- [NAME ...] [--engine kuzu|neo4j|both] [--people N] [--seed S] [--quick] [--list]]
 *
 * Runs each bench/<NAME>.bench.ts in its own process (`node -r @swc-node/register`, with the runner's node flags), so that each benchmark's peak
 * memory is its own, on each engine asked for, one after the other. Each benchmark writes
 * bench/results/<NAME>[.neo4j].json and .md and refreshes bench/results/README.md; this runner adds a line for
 * any benchmark that failed or wrote nothing, and prints a summary.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { processRss } from './harness/memory';
import { type BenchEngine, QUICK_PEOPLE, type RunnerArgs, USAGE, UsageError, benchEnv, parseRunnerArgs } from './harness/options';
import { RESULTS_DIR, resultStem, writeIndex } from './harness/results';

const BENCH_DIR = __dirname;
const ROOT = join(__dirname, '..');

export function listBenchmarks(dir: string = BENCH_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''))
    .sort((a, b) => (a === 'foundation' ? -1 : b === 'foundation' ? 1 : a.localeCompare(b)));
}

interface Outcome {
  name: string;
  engine: BenchEngine;
  code: number | null;
  seconds: number;
  peakRssMiB: number | null;
  wroteResult: boolean;
}

/** Runs one benchmark process; samples its peak RSS (VmHWM) in case it does not report its own. */
function runOne(name: string, engine: BenchEngine, args: RunnerArgs, runId: string): Promise<Outcome> {
  const file = join(BENCH_DIR, `${name}.bench.ts`);
  const resultsDir = args.quick ? join(RESULTS_DIR, 'quick') : RESULTS_DIR;
  const resultFile = join(resultsDir, `${resultStem(name, engine)}.json`);
  const before = existsSync(resultFile) ? statSync(resultFile).mtimeMs : 0;
  const started = performance.now();
  return new Promise((resolve) => {
    // the runner's own node flags (e.g. --expose-gc from the npm script) apply to every benchmark too
    const nodeArgs = process.execArgv.includes('@swc-node/register') ? process.execArgv : [...process.execArgv, '-r', '@swc-node/register'];
    const child = spawn(process.execPath, [...nodeArgs, file], {
      cwd: ROOT,
      env: { ...process.env, ...benchEnv(engine, args), BENCH_RESULTS_DIR: resultsDir, BENCH_RUN_ID: runId },
      stdio: 'inherit',
    });
    let peak = 0;
    const timer = setInterval(() => {
      const hwm = child.pid ? processRss(child.pid, 'VmHWM') : undefined;
      if (hwm && hwm > peak) peak = hwm;
    }, 500);
    const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('close', (code) => {
      clearInterval(timer);
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({
        name,
        engine,
        code,
        seconds: Math.round((performance.now() - started) / 100) / 10,
        peakRssMiB: peak ? Math.round(peak / 2 ** 20) : null,
        wroteResult: existsSync(resultFile) && statSync(resultFile).mtimeMs > before,
      });
    });
  });
}

async function main(): Promise<number> {
  let args: RunnerArgs;
  try {
    args = parseRunnerArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`bench: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const all = listBenchmarks();
  if (args.help) {
    process.stdout.write(`${USAGE}\n\nbenchmarks: ${all.join(', ')}\n`);
    return 0;
  }
  if (args.list) {
    process.stdout.write(`${all.join('\n')}\n`);
    return 0;
  }
  const unknown = args.names.filter((n) => !all.includes(n));
  if (unknown.length) {
    process.stderr.write(`bench: no benchmark named ${unknown.join(', ')} (there are: ${all.join(', ')})\n`);
    return 2;
  }
  const names = args.names.length ? args.names : all;
  const people = args.people ?? (args.quick ? QUICK_PEOPLE : undefined);
  process.stderr.write(`[bench] ${names.join(', ')} on ${args.engines.join(' and ')}${people ? `, ${people.toLocaleString('en-US')} people` : ''}${args.quick ? ' (quick)' : ''}\n`);
  const outcomes: Outcome[] = [];
  const runId = new Date().toISOString();
  for (const name of names) {
    for (const engine of args.engines) {
      process.stderr.write(`\n[bench] ===== ${name} (${engine}) =====\n`);
      outcomes.push(await runOne(name, engine, { ...args, people }, runId));
    }
  }
  const dir = args.quick ? join(RESULTS_DIR, 'quick') : RESULTS_DIR;
  if (existsSync(dir)) writeIndex(dir);
  process.stderr.write('\n[bench] summary\n');
  for (const o of outcomes) {
    const status = o.code === 0 ? (o.wroteResult ? 'ok' : 'ok, but wrote no result file') : `FAILED (exit ${o.code})`;
    process.stderr.write(`  ${o.name.padEnd(14)} ${o.engine.padEnd(6)} ${String(o.seconds).padStart(7)} s  peak RSS ${o.peakRssMiB ?? '?'} MiB  ${status}\n`);
  }
  process.stderr.write(`  results: ${join(dir, 'README.md')}\n`);
  return outcomes.every((o) => o.code === 0) ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
