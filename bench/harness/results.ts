import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { GOAL_PEOPLE, goalTable } from './goal-table';
import { ratio as ratioOf } from './stats';

/** A target a figure should meet, on the figure itself or on its ratio to the baseline. */
export interface Goal {
  on: 'value' | 'ratio';
  op: '<=' | '>=';
  target: number;
  /** How the issue words it, e.g. "≥ 100,000 records/s". */
  text: string;
}

/** One figure of a benchmark, with the baseline measured beside it in the same run. */
export interface Metric {
  /** What was measured, e.g. "by-id query, 10 clients". */
  case: string;
  /** Which figure, e.g. "throughput", "p95 latency". */
  name: string;
  unit: string;
  value: number;
  /** What produced `value` (e.g. "TypeGraphQL + Apollo"); omitted when obvious. */
  subject?: string;
  baseline?: { subject: string; value: number };
  /** value / baseline.value (filled in by `metric()`). */
  ratio?: number;
  goal?: Goal;
  /** Whether the goal was met; undefined without a goal. */
  met?: boolean;
  /** Shown in the results index. */
  headline?: boolean;
  note?: string;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the benchmark started and ended: how busy the machine was besides us. */
  loadAverage: { start: number; end: number };
}

export interface BenchResult {
  name: string;
  /** Set by `npm run bench` for every benchmark of one invocation: results of the same run can be set side by side. */
  runId?: string;
  title: string;
  engine: string;
  people: number;
  seed: string;
  quick: boolean;
  startedAt: string;
  durationSec: number;
  machine: MachineInfo;
  metrics: Metric[];
  notes: string[];
}

/** Builds a metric, computing its ratio to the baseline and whether its goal is met. */
export function metric(m: Omit<Metric, 'ratio' | 'met'>): Metric {
  const out: Metric = { ...m };
  if (m.baseline) out.ratio = ratioOf(m.value, m.baseline.value);
  if (m.goal) out.met = goalMet(m.goal, m.goal.on === 'ratio' ? out.ratio : m.value);
  return out;
}

export function goalMet(goal: Goal, x: number | undefined): boolean | undefined {
  if (x === undefined || !Number.isFinite(x)) return undefined;
  return goal.op === '<=' ? x <= goal.target : x >= goal.target;
}

export function machineInfo(loadAtStart: number): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: { start: round(loadAtStart, 2), end: round(os.loadavg()[0], 2) },
  };
}

// ------------------------------------------------------------------------------------------ formatting

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A figure for a table: thousands separators, and fewer decimals the larger it is. */
export function formatNumber(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '-∞';
  const abs = Math.abs(x);
  const digits = abs >= 1000 || Number.isInteger(x) ? 0 : abs >= 100 ? 1 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatValue(x: number | undefined, unit: string): string {
  const n = formatNumber(x);
  if (n === '–' || !unit) return n;
  return unit === '×' ? `${n}×` : `${n} ${unit}`;
}

export function formatRatio(r: number | undefined): string {
  return r === undefined ? '' : `${r.toFixed(2)}×`;
}

function formatGoal(m: Metric): string {
  if (!m.goal) return '';
  const mark = m.met === undefined ? '?' : m.met ? '✅' : '❌';
  return `${mark} ${m.goal.text}`;
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function describeRun(r: BenchResult): string {
  return `${r.engine}, ${r.people.toLocaleString('en-US')} people (seed ${r.seed})${r.quick ? ', quick' : ''}`;
}

/** The Markdown page of one benchmark result. */
export function resultMarkdown(r: BenchResult): string {
  const m = r.machine;
  const rows = r.metrics.map((x) => [
    x.case,
    x.name,
    x.subject ?? '',
    formatValue(x.value, x.unit),
    x.baseline ? `${formatValue(x.baseline.value, x.unit)} (${x.baseline.subject})` : '',
    formatRatio(x.ratio),
    formatGoal(x),
    x.note ?? '',
  ]);
  return [
    `# ${r.title}`,
    '',
    `${describeRun(r)}; run ${r.startedAt}, ${formatNumber(r.durationSec)} s.`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}; ` +
      `load average ${m.loadAverage.start} at start, ${m.loadAverage.end} at end.`,
    '',
    markdownTable(['case', 'metric', 'subject', 'value', 'baseline (same run)', 'ratio', 'goal', 'note'], rows),
    '',
    ...(r.notes.length ? ['Notes:', '', ...r.notes.map((n) => `- ${n}`), ''] : []),
    NOISE_CAVEAT,
    '',
  ].join('\n');
}

export const NOISE_CAVEAT =
  '_Shared, noisy machines: figures are medians over rounds, and every comparison is against a baseline measured ' +
  'in the same run on the same machine. Read the ratios; absolute figures move with the load around them._';

/** File stem of a result: `<name>` on Kuzu (the default engine), `<name>.<engine>` otherwise. */
export function resultStem(name: string, engine: string): string {
  return engine === 'kuzu' ? name : `${name}.${engine}`;
}

/** The index of the latest results (bench/results/README.md). */
export function indexMarkdown(results: BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.name.localeCompare(b.name) || a.engine.localeCompare(b.engine));
  const rows = sorted.map((r) => {
    const goals = r.metrics.filter((m) => m.goal);
    const met = goals.filter((m) => m.met).length;
    const headline = r.metrics
      .filter((m) => m.headline)
      .map((m) => `${m.case}, ${m.name}${m.subject ? ` (${m.subject})` : ''}: ${formatValue(m.value, m.unit)}${m.ratio !== undefined ? ` = ${formatRatio(m.ratio)} ${m.baseline!.subject}` : ''}${m.goal ? ` ${m.met ? '✅' : '❌'}` : ''}`)
      .join('<br>');
    const stem = resultStem(r.name, r.engine);
    return [
      `[${r.name}](${stem}.md)`,
      r.engine,
      r.people.toLocaleString('en-US') + (r.quick ? ' (quick)' : ''),
      r.startedAt.slice(0, 16).replace('T', ' '),
      goals.length ? `${met}/${goals.length}` : '',
      headline,
    ];
  });
  const out = [
    '# Benchmark results',
    '',
    'The latest result of each benchmark, written by `npm run bench` (see the benchmark section of the project README).',
    '',
    markdownTable(['benchmark', 'engine', 'people', 'run (UTC)', 'goals met', 'headline'], rows),
    '',
  ];
  const goals = goalTable(sorted);
  if (goals) {
    out.push(
      `## The issues' goals at ${GOAL_PEOPLE.toLocaleString('en-US')} people, both engines`,
      '',
      'Issue 14\'s and issue 15\'s goal tables, filled in from the latest full-size results above (each figure links to its benchmark; ✅ met, ❌ not).',
      '',
      goals,
      '',
    );
  }
  const comparison = engineComparison(sorted);
  if (comparison) out.push('## Kuzu and Neo4j side by side', '', 'Both engines in the same run (`npm run bench -- --engine both`), one after the other on the same machine.', '', comparison, '');
  out.push(NOISE_CAVEAT, '');
  return out.join('\n');
}

/** Metrics that both engines measured, Neo4j over Kuzu, when a benchmark has a result on each from the same run. */
export function engineComparison(results: BenchResult[]): string | null {
  const rows: string[][] = [];
  for (const k of results.filter((r) => r.engine === 'kuzu' && r.runId)) {
    const n = results.find((r) => r.engine === 'neo4j' && r.name === k.name && r.people === k.people && r.runId === k.runId);
    if (!n) continue;
    for (const km of k.metrics) {
      const nm = n.metrics.find((x) => x.case === km.case && x.name === km.name && x.subject === km.subject);
      if (!nm) continue;
      rows.push([k.name, km.case, `${km.name}${km.subject ? ` (${km.subject})` : ''}`, formatValue(km.value, km.unit), formatValue(nm.value, nm.unit), formatRatio(ratioOf(nm.value, km.value))]);
    }
  }
  return rows.length ? markdownTable(['benchmark', 'case', 'metric', 'Kuzu', 'Neo4j', 'Neo4j / Kuzu'], rows) : null;
}

// ------------------------------------------------------------------------------------------ files

export const RESULTS_DIR = join(__dirname, '..', 'results');

/** Writes `<dir>/<stem>.json` and `<stem>.md`, then rebuilds the index of `<dir>`. */
export function writeResult(r: BenchResult, dir: string = RESULTS_DIR): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const stem = resultStem(r.name, r.engine);
  const json = join(dir, `${stem}.json`);
  const markdown = join(dir, `${stem}.md`);
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(markdown, resultMarkdown(r));
  writeIndex(dir);
  return { json, markdown };
}

export function readResults(dir: string = RESULTS_DIR): BenchResult[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const out: BenchResult[] = [];
  for (const f of files) {
    try {
      const r = JSON.parse(readFileSync(join(dir, f), 'utf8')) as BenchResult;
      if (r && typeof r.name === 'string' && Array.isArray(r.metrics)) out.push(r);
    } catch {
      // not a result file
    }
  }
  return out;
}

export function writeIndex(dir: string = RESULTS_DIR): void {
  writeFileSync(join(dir, 'README.md'), indexMarkdown(readResults(dir)));
}
