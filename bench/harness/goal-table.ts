import { type BenchResult, type Metric, formatRatio, formatValue, markdownTable } from './results';

/** The network size the issues' goals are stated for. */
export const GOAL_PEOPLE = 100_000;

/** One goal of an issue, and where its figure is in a benchmark's results. */
interface GoalRow {
  issue: number;
  what: string;
  /** The goal as the issue words it. */
  goal: string;
  bench: string;
  /** Matches the metric's case (after its "N people: " prefix, if any). */
  case: RegExp;
  name: string | RegExp;
  /** Only on this engine (the other gets "n/a"). */
  engine?: 'kuzu' | 'neo4j';
  /** Whether the figure meets the goal; without it, the metric's own goal decides. */
  met?: (m: Metric) => boolean;
}

const ROWS: GoalRow[] = [
  { issue: 14, what: 'warm paths (top 5, 4 hops), p95', goal: '< 20 ms', bench: 'paths', case: /^manager → rep, top 5, maxHops 4 \(all pairs\)$/, name: 'p95 latency' },
  { issue: 14, what: 'warm paths against the naive Cypher enumeration (same pairs, median)', goal: '≥ 10× faster', bench: 'paths', case: /^same pairs as the baseline$/, name: 'median latency' },
  { issue: 14, what: 'team-wide warm paths, p95', goal: '< 50 ms', bench: 'paths', case: /^team-wide \(from omitted\)$/, name: 'p95 latency', met: (m) => m.value < 50 },
  { issue: 14, what: 'by-id through GraphQL, 10 clients', goal: '≥ 2,000 req/s', bench: 'foundation', case: /^by-id query, 10 clients$/, name: 'throughput vs published Apollo figure' },
  {
    issue: 14, what: 'a page of 50 companies with current reps (and their bosses) and owners, median', goal: '< 100 ms and ≤ 2× a page of 10',
    bench: 'foundation', case: /^page of companies with current reps/, name: 'median latency, 50 companies', met: (m) => m.value < 100 && (m.ratio ?? Infinity) <= 2,
  },
  { issue: 14, what: 'keyPersons, first request for a ~500-person company, p95', goal: '< 30 ms', bench: 'insights', case: /^keyPersons, company of ~500 people .*first request/, name: 'p95 latency', met: (m) => m.value < 30 },
  { issue: 14, what: 'proposalTargets, first request after a write (a tie between two reps)', goal: '< 100 ms', bench: 'insights', case: /^proposalTargets, first request after a write/, name: /latency/, met: (m) => m.value < 100 },
  { issue: 14, what: 'the same, after a rep\'s interests changed', goal: '< 100 ms', bench: 'insights', case: /^proposalTargets, first request after a rep/, name: /latency/, met: (m) => m.value < 100 },
  { issue: 14, what: 'brokers after a write (maxAgeSeconds 0)', goal: '< 500 ms', bench: 'insights', case: /^brokers after a write, maxAgeSeconds 0/, name: /latency/, met: (m) => m.value < 500 },
  { issue: 14, what: 'import of the whole network into an empty Neo4j, all or nothing', goal: '≥ 50,000 records/s', bench: 'foundation', case: /^import [\d,]+ records/, name: 'import rate (validate + write)', engine: 'neo4j', met: (m) => m.value >= 50_000 },
  { issue: 14, what: 'import into a populated graph', goal: '≥ 30,000 records/s', bench: 'foundation', case: /^import [\d,]+ records/, name: /^import rate into the populated graph/, met: (m) => m.value >= 30_000 },
  { issue: 14, what: 'peak RSS of the service with every cache warm', goal: '< 1.5 GB', bench: 'service-memory', case: /every cache warm/, name: 'peak RSS of the service process', met: (m) => m.value < 1536 },
  { issue: 15, what: 'dailyFollowUps for a manager who owns 50 partners, p95 (repeated: the change-feed memo)', goal: '< 50 ms', bench: 'health', case: /^dailyFollowUps(?!.*right after a write)/, name: 'p95 latency', met: (m) => m.value < 50 },
  { issue: 15, what: 'the same, each request right after a write', goal: '< 50 ms', bench: 'health', case: /^dailyFollowUps.*right after a write/, name: 'p95 latency', met: (m) => m.value < 50 },
  { issue: 15, what: 'relationshipRisks for the whole team, p95', goal: '< 500 ms', bench: 'health', case: /^relationshipRisks(?!.*right after a write)/, name: 'p95 latency', met: (m) => m.value < 500 },
  { issue: 15, what: 'partnerKpis for a partner with 1,000 deals, by month, p95 (repeated: the change-feed memo)', goal: '< 50 ms', bench: 'handover-kpis', case: /^partnerKpis(?!.*right after a write)/, name: 'p95 latency', met: (m) => m.value < 50 },
  { issue: 15, what: 'the same, each request right after a write', goal: '< 50 ms', bench: 'handover-kpis', case: /^partnerKpis.*right after a write/, name: 'p95 latency', met: (m) => m.value < 50 },
  { issue: 15, what: 'recordJobChange end to end, with the brief, p95', goal: '< 100 ms', bench: 'handover-kpis', case: /^recordJobChange/, name: 'p95 latency', met: (m) => m.value < 100 },
  { issue: 15, what: 'effectiveTrust with evidence, a tie with 200 interactions, p95', goal: '< 20 ms', bench: 'health', case: /^relationshipHealth/, name: 'p95 latency', met: (m) => m.value < 20 },
];

const SIZE_PREFIX = /^([\d,]+) people: /;

/** The metric of a row in one result, looking only at cases of the result's own size where a case names its size. */
function find(r: BenchResult, row: GoalRow, people: number): Metric | undefined {
  return r.metrics.find((m) => {
    const size = SIZE_PREFIX.exec(m.case);
    if (size && Number(size[1].replace(/,/g, '')) !== people) return false;
    const c = size ? m.case.slice(size[0].length) : m.case;
    return row.case.test(c) && (typeof row.name === 'string' ? m.name === row.name : row.name.test(m.name));
  });
}

function isMet(row: GoalRow, m: Metric): boolean | undefined {
  return row.met ? row.met(m) : m.met;
}

function figure(row: GoalRow, m: Metric | undefined, r: BenchResult | undefined): string {
  if (!m || !r) return 'not measured';
  const met = isMet(row, m);
  const ratio = m.ratio !== undefined && m.baseline ? ` (${formatRatio(m.ratio)} ${m.baseline.subject})` : '';
  return `${formatValue(m.value, m.unit)}${ratio} ${met === undefined ? '' : met ? '✅' : '❌'}`.trim();
}

/**
 * Issue 14's §2 and issue 15's goal tables at 100,000 people, both engines side by side, from the latest full-size
 * results (bench/results), with the run each figure comes from. Null when no result is of that size.
 */
export function goalTable(results: BenchResult[], people = GOAL_PEOPLE): string | null {
  const sized = results.filter((r) => !r.quick && r.people === people);
  if (!sized.length) return null;
  const of = (bench: string, engine: string): BenchResult | undefined => sized.find((r) => r.name === bench && r.engine === engine);
  const rows: string[][] = [];
  const runs = new Set<BenchResult>();
  for (const row of ROWS) {
    const cells = (['kuzu', 'neo4j'] as const).map((engine) => {
      if (row.engine && row.engine !== engine) return 'n/a';
      const r = of(row.bench, engine);
      const m = r && find(r, row, people);
      if (m && r) runs.add(r);
      return figure(row, m, r);
    });
    rows.push([`#${row.issue}`, row.what, row.goal, ...cells, `[${row.bench}](${row.bench}.md)`]);
  }
  // Neo4j's warm-path p95 within 3× of Kuzu's on the same network and pairs
  const p95 = ROWS[0];
  const k = of('paths', 'kuzu');
  const n = of('paths', 'neo4j');
  const km = k && find(k, p95, people);
  const nm = n && find(n, p95, people);
  const within = km && nm ? nm.value / km.value : undefined;
  rows.push([
    '#14', "Neo4j's warm-path p95 against Kuzu's (same network, same pairs)", '≤ 3×', '', within === undefined ? 'not measured' : `${formatRatio(within)} ${within <= 3 ? '✅' : '❌'}`,
    '[paths](paths.md)',
  ]);
  const runLines = [...runs]
    .sort((a, b) => a.name.localeCompare(b.name) || a.engine.localeCompare(b.engine))
    .map((r) => `- ${r.name} on ${r.engine}: ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, load average ${r.machine.loadAverage.start} at start, ${r.machine.loadAverage.end} at end.`);
  return [
    markdownTable(['issue', 'what', 'goal', 'Kuzu', 'Neo4j', 'benchmark'], rows),
    '',
    'The runs these figures come from:',
    '',
    ...runLines,
  ].join('\n');
}
