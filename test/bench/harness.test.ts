import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../bench/harness/child';
import { generatorFiles } from '../../bench/harness/network';
import { median, percentile, perSecond, ratio, summarizeLatencies, summarizeRounds, type LoadRound } from '../../bench/harness/stats';
import {
  type BenchResult, cell, engineComparison, formatNumber, formatValue, goalMet, indexMarkdown, markdownTable, metric,
  resultMarkdown, resultStem, writeResult,
} from '../../bench/harness/results';
import { goalTable } from '../../bench/harness/goal-table';
import { benchEnv, benchOptions, parseEngines, parseRunnerArgs, UsageError } from '../../bench/harness/options';
import { listBenchmarks } from '../../bench/run';

describe('stats', () => {
  it('interpolates percentiles between closest ranks, whatever the input order', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([4, 1, 3, 2], 0)).toBe(1);
    expect(percentile([4, 1, 3, 2], 100)).toBe(4);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('summarises latencies: median, p90, p95, p99, mean, max', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
    const s = summarizeLatencies(xs);
    expect(s.count).toBe(100);
    expect(s.medianMs).toBe(50.5);
    expect(s.p90Ms).toBeCloseTo(90.1);
    expect(s.p95Ms).toBeCloseTo(95.05);
    expect(s.p99Ms).toBeCloseTo(99.01);
    expect(s.meanMs).toBe(50.5);
    expect(s.maxMs).toBe(100);
  });

  it('folds rounds into medians, so one disturbed round does not move the figure', () => {
    const round = (ok: number, med: number): LoadRound => ({
      ok, failed: 0, durationSec: 10, latency: { count: ok, medianMs: med, p90Ms: med * 2, p95Ms: med * 3, p99Ms: med * 4, meanMs: med, maxMs: med * 5 },
    });
    const s = summarizeRounds([round(1000, 10), round(100, 200), round(1100, 9)]);
    expect(s.rounds).toBe(3);
    expect(s.requests).toBe(2200);
    expect(s.throughputRps).toBe(100);
    expect(s.medianMs).toBe(10);
    expect(s.p99Ms).toBe(40);
  });

  it('computes ratios and rates, with no ratio to a zero or missing baseline', () => {
    expect(ratio(12, 10)).toBeCloseTo(1.2);
    expect(ratio(1, 0)).toBeUndefined();
    expect(ratio(1, undefined)).toBeUndefined();
    expect(perSecond(1500, 1000)).toBe(1500);
    expect(perSecond(1, 0)).toBeNaN();
  });
});

const sample = (over: Partial<BenchResult> = {}): BenchResult => ({
  name: 'foundation',
  title: 'Foundation',
  engine: 'kuzu',
  people: 100_000,
  seed: '1',
  quick: false,
  startedAt: '2025-05-01T10:00:00.000Z',
  durationSec: 321.5,
  machine: { cpus: 2, cpuModel: 'Test CPU', memoryGiB: 24, node: 'v20.0.0', os: 'Linux', loadAverage: { start: 1.5, end: 2 } },
  metrics: [
    metric({ case: 'import', name: 'rate', unit: 'records/s', value: 120_000, baseline: { subject: 'COPY', value: 240_000 }, goal: { on: 'value', op: '>=', target: 100_000, text: '≥ 100,000 records/s' }, headline: true }),
    metric({ case: 'by-id | 10 clients', name: 'median latency', unit: 'ms', subject: 'TypeGraphQL', value: 2.4, baseline: { subject: 'graphql-js', value: 2 }, goal: { on: 'ratio', op: '<=', target: 1.2, text: 'within 1.2×' } }),
  ],
  notes: ['A note.'],
  ...over,
});

describe('results', () => {
  it('fills in ratio and whether the goal is met, on the value or on the ratio', () => {
    const [rate, latency] = sample().metrics;
    expect(rate.ratio).toBe(0.5);
    expect(rate.met).toBe(true);
    expect(latency.ratio).toBeCloseTo(1.2);
    expect(latency.met).toBe(true);
    expect(metric({ case: 'c', name: 'n', unit: 'ms', value: 3, baseline: { subject: 'b', value: 2 }, goal: { on: 'ratio', op: '<=', target: 1.2, text: '' } }).met).toBe(false);
    expect(goalMet({ on: 'value', op: '>=', target: 1, text: '' }, undefined)).toBeUndefined();
    expect(metric({ case: 'c', name: 'n', unit: '', value: 1 })).toEqual({ case: 'c', name: 'n', unit: '', value: 1 });
  });

  it('formats figures with separators and fewer decimals the larger they are', () => {
    expect(formatNumber(1234567.8)).toBe('1,234,568');
    expect(formatNumber(123.456)).toBe('123.5');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(1.2345)).toBe('1.23');
    expect(formatNumber(0.01234)).toBe('0.012');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(NaN)).toBe('–');
    expect(formatNumber(undefined)).toBe('–');
    expect(formatValue(2000, 'req/s')).toBe('2,000 req/s');
    expect(formatValue(6, '')).toBe('6');
  });

  it('escapes table cells and builds a Markdown table', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
    expect(markdownTable(['x', 'y'], [['1', '2']])).toBe('| x | y |\n| --- | --- |\n| 1 | 2 |');
  });

  it('renders a result page with the machine, every metric, its baseline, ratio and goal', () => {
    const md = resultMarkdown(sample());
    expect(md).toContain('# Foundation');
    expect(md).toContain('kuzu, 100,000 people (seed 1)');
    expect(md).toContain('load average 1.5 at start, 2 at end');
    expect(md).toContain('| import | rate |  | 120,000 records/s | 240,000 records/s (COPY) | 0.50× | ✅ ≥ 100,000 records/s |  |');
    expect(md).toContain('| by-id \\| 10 clients | median latency | TypeGraphQL | 2.40 ms | 2 ms (graphql-js) | 1.20× | ✅ within 1.2× |  |');
    expect(md).toContain('- A note.');
  });

  it('indexes the latest results: goals met, headline figures, a link per result, engines of the same run side by side', () => {
    const neo = sample({ engine: 'neo4j', runId: 'r1', metrics: [metric({ ...sample().metrics[0], value: 60_000 })] });
    const md = indexMarkdown([neo, sample({ runId: 'r1' })]);
    expect(md.indexOf('(foundation.md)')).toBeLessThan(md.indexOf('(foundation.neo4j.md)'));
    expect(md).toContain('| [foundation](foundation.md) | kuzu | 100,000 | 2025-05-01 10:00 | 2/2 | import, rate: 120,000 records/s = 0.50× COPY ✅ |');
    expect(md).toContain('| [foundation](foundation.neo4j.md) | neo4j | 100,000 | 2025-05-01 10:00 | 0/1 |');
    expect(md).toContain('## Kuzu and Neo4j side by side');
    expect(engineComparison([sample({ runId: 'r1' }), neo])).toContain('| foundation | import | rate | 120,000 records/s | 60,000 records/s | 0.50× |');
    expect(engineComparison([sample({ runId: 'r2' }), neo])).toBeNull(); // different runs are not compared
    expect(engineComparison([sample()])).toBeNull();
  });

  it('writes JSON, Markdown and the index; file stems carry the engine unless it is Kuzu', () => {
    expect(resultStem('paths', 'kuzu')).toBe('paths');
    expect(resultStem('paths', 'neo4j')).toBe('paths.neo4j');
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    try {
      const files = writeResult(sample(), dir);
      expect(JSON.parse(readFileSync(files.json, 'utf8')).metrics).toHaveLength(2);
      expect(readFileSync(files.markdown, 'utf8')).toContain('# Foundation');
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('[foundation](foundation.md)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('options', () => {
  it('parses the runner command line', () => {
    expect(parseRunnerArgs([])).toEqual({ names: [], engines: ['kuzu'], quick: false, list: false, help: false });
    const a = parseRunnerArgs(['foundation', 'bench/paths.bench.ts', '--engine', 'both', '--people=20_000', '--seed', 's2', '--quick']);
    expect(a).toMatchObject({ names: ['foundation', 'paths'], engines: ['kuzu', 'neo4j'], people: 20000, seed: 's2', quick: true });
    expect(parseEngines('neo4j,kuzu,neo4j')).toEqual(['neo4j', 'kuzu']);
    expect(parseEngines('embedded')).toEqual(['kuzu']);
    expect(() => parseRunnerArgs(['--engine', 'mysql'])).toThrow(UsageError);
    expect(() => parseRunnerArgs(['--people', 'many'])).toThrow(UsageError);
    expect(() => parseRunnerArgs(['--frobnicate'])).toThrow(UsageError);
    expect(() => parseRunnerArgs(['--seed'])).toThrow(UsageError);
  });

  it('hands a benchmark its options through BENCH_* variables, which its own flags override', () => {
    const env = benchEnv('neo4j', { people: 5000, seed: 'x', quick: false });
    expect(env).toEqual({ BENCH_ENGINE: 'neo4j', BENCH_QUICK: '0', BENCH_PEOPLE: '5000', BENCH_SEED: 'x' });
    expect(benchOptions([], env)).toMatchObject({ engine: 'neo4j', people: 5000, seed: 'x', quick: false });
    expect(benchOptions(['--engine', 'kuzu', '--people', '300'], env)).toMatchObject({ engine: 'kuzu', people: 300 });
    expect(benchOptions([], {})).toMatchObject({ engine: 'kuzu', people: 100_000, seed: '1', quick: false });
    const quick = benchOptions(['--quick'], {});
    expect(quick).toMatchObject({ people: 10_000, quick: true });
    expect(quick.resultsDir).toMatch(/bench[/\\]results[/\\]quick$/);
    expect(() => benchOptions(['--engine', 'both'], {})).toThrow(UsageError);
  });
});

describe('runner', () => {
  it('finds bench/*.bench.ts, the foundation first, then by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-list-'));
    try {
      for (const f of ['paths.bench.ts', 'foundation.bench.ts', 'install.bench.ts', 'run.ts', 'notes.md']) writeFileSync(join(dir, f), '');
      expect(listBenchmarks(dir)).toEqual(['foundation', 'install', 'paths']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cached networks', () => {
  it('are keyed on the generator code where it lives: a change to src/generator rebuilds them', () => {
    const files = generatorFiles().map((f) => relative(PROJECT_ROOT, f));
    expect(files).toEqual(expect.arrayContaining(['src/generator/world.ts', 'src/generator/records.ts', 'src/cli/generate.ts']));
  });
});

describe('goal table at 100,000 people', () => {
  const result = (name: string, engine: string, people: number, metrics: BenchResult['metrics'], quick = false): BenchResult => ({
    name, engine, people, seed: '1', quick, title: name, startedAt: '2026-12-06T17:00:00.000Z', durationSec: 1,
    machine: { cpus: 2, cpuModel: 'x', memoryGiB: 24, node: 'v20', os: 'Linux', loadAverage: { start: 1, end: 2 } }, metrics, notes: [],
  });
  const p95 = (people: number, value: number): BenchResult['metrics'][number] =>
    metric({ case: `${people.toLocaleString('en-US')} people: manager → rep, top 5, maxHops 4 (all pairs)`, name: 'p95 latency', unit: 'ms', value, goal: { on: 'value', op: '<=', target: 20, text: 'p95 < 20 ms' } });

  it('takes the 100,000-person case, not the 10,000 one of the same run, and compares the engines', () => {
    const table = goalTable([
      result('paths', 'kuzu', 100_000, [p95(10_000, 99), p95(100_000, 2)]),
      result('paths', 'neo4j', 100_000, [p95(10_000, 1), p95(100_000, 8)]),
      result('health', 'kuzu', 10_000, [metric({ case: 'dailyFollowUps, a manager with 50 partners', name: 'p95 latency', unit: 'ms', value: 10 })], true),
    ])!;
    const line = (what: string): string => table.split('\n').find((l) => l.includes(what))!;
    expect(line('warm paths (top 5, 4 hops), p95')).toContain('| 2 ms ✅ | 8 ms ✅ |');
    // 8 / 2 = 4× is more than 3×
    expect(line("Neo4j's warm-path p95 against Kuzu's")).toMatch(/4(\.0+)?× ❌/);
    // a quick (10,000-person) result does not fill a 100,000-person goal
    expect(line('dailyFollowUps')).toContain('| not measured | not measured |');
  });

  it('keeps the repeated request and the request right after a write apart', () => {
    const health = result('health', 'kuzu', 100_000, [
      metric({ case: 'dailyFollowUps, a manager with 50 partners', name: 'p95 latency', unit: 'ms', value: 8 }),
      metric({ case: 'dailyFollowUps, a manager with 50 partners, right after a write', name: 'p95 latency', unit: 'ms', value: 300 }),
    ]);
    const lines = goalTable([health])!.split('\n');
    expect(lines.find((l) => l.includes('dailyFollowUps for a manager'))).toContain('| 8 ms ✅ |');
    expect(lines[lines.findIndex((l) => l.includes('dailyFollowUps for a manager')) + 1]).toContain('| 300 ms ❌ |');
  });

  it('shows every kind of write a goal is measured after, not only the cheapest', () => {
    const insights = result('insights', 'kuzu', 100_000, [
      metric({ case: 'proposalTargets, first request after a write (a tie between two reps)', name: 'latency', unit: 'ms', value: 23 }),
      metric({ case: 'proposalTargets, first request after a rep\'s interests changed', name: 'latency', unit: 'ms', value: 796 }),
    ]);
    const lines = goalTable([insights])!.split('\n');
    const tie = lines.findIndex((l) => l.includes('proposalTargets, first request after a write'));
    expect(lines[tie]).toContain('| 23 ms ✅ |');
    expect(lines[tie + 1]).toContain('| 796 ms ❌ |');
  });

  it('is absent when no full-size result exists', () => {
    expect(goalTable([result('paths', 'kuzu', 10_000, [p95(10_000, 2)], true)])).toBeNull();
  });
});
