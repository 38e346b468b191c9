/**
 * The foundation's figures (npm run bench -- foundation):
 * - import rate and peak memory of `npm run import` loading the generated network (100,000 people, ~1.5M records);
 * - GraphQL throughput and latency of a by-id query and a 3-level nested list query, 10 concurrent clients,
 *   TypeGraphQL (the service) beside plain graphql-js resolvers over the same store, in the same run;
 * - store round trips and latency of a page of 10 vs 50 companies with reps and owners.
 * The import is measured into an empty database and again into the populated one (the same snapshot a second time:
 * every record is upserted). FOUNDATION_IMPORT_ONLY=1 measures only the import (the GraphQL cases are skipped, and
 * the results say so); FOUNDATION_GRAPHQL_ONLY=1 only the GraphQL cases, on a cached load of the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import { plainSchema } from './baselines/plain-graphql';
import { encodeCursor } from '@/graphql/pagination/cursor';
import { nameSortKey } from '@/domain/shared/sort-key';
import { getSchema } from '@/graphql/schema';
import {
  type Bench, type EngineHandle, type GraphQLRequest, type ImportRun, type Subject, type LoadSummary, type LoadedNetwork, MiB, RssSampler, graphql, importWithCli, metric, networkFile, openEngine, openLoaded, perSecond,
  runBenchmark,
  startApolloServerFor, startBareServerFor, startServiceServer,
} from './harness';
import { type BulkCopyResult, kuzuBulkCopyBaseline } from './baselines/kuzu-bulk-copy';
import { type BenchResult, resultStem } from './harness/results';
import { type GraphStore } from '@/store/graph-store';
import { DEFAULT_RECORD_CACHE_SIZE, type RecordCache } from '@/store/record-cache';
import { importSteps } from '@/store/snapshot-rows';
import { type Snapshot } from '@/domain/snapshot/snapshot';

const BY_ID = `query CompanyById($id: ID!) {
  company(id: $id) { id name partnerStatus industry prefecture employeeCount foundedYear version }
}`;

const NESTED = `query CompaniesNested($first: Int!, $after: String) {
  companies(first: $first, after: $after) {
    edges { node {
      id name
      currentReps { id name reportsTo { id name } }
      owners { id name }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SERVICE = 'the service';
const TG = 'TypeGraphQL + Apollo';
const PLAIN = 'graphql-js + Apollo';
const BARE = 'graphql-js, no Apollo';
const UNCACHED = 'the service, record cache off';

/** The same store, read without its record cache (Kuzu), so every request reaches the engine; null where it keeps none. */
function withoutRecordCache(store: GraphStore): GraphStore | null {
  const uncached = store.withoutRecordCache();
  return uncached === store ? null : uncached;
}

/** Every k-th of `xs`, up to n of them: a spread-out, deterministic sample. */
function spread<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  const step = xs.length / n;
  return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step)]);
}

const fmtMiB = (bytes: number | undefined): number => Math.round((bytes ?? NaN) / MiB);

/** Imports into Kuzu per run of the foundation benchmark (each beside a run of its baseline): the median is reported. */
const KUZU_IMPORT_RUNS = 3;

const median = <T>(runs: T[], by: (r: T) => number): T => [...runs].sort((x, y) => by(x) - by(y))[Math.floor((runs.length - 1) / 2)];

/** CPU seconds a process has used so far (Linux /proc), or undefined where it cannot be read. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // clock ticks (USER_HZ, 100 on Linux)
  } catch {
    return undefined;
  }
}

interface MeasuredImport extends ImportRun {
  /** CPU seconds the engine's server process (the Neo4j JVM) used during the import, where measured. */
  engineCpuSec?: number;
  /** Load average (1 min) at the start and end of the import. */
  load: [number, number];
}

async function measuredImport(handle: EngineHandle, file: string): Promise<MeasuredImport> {
  const load0 = os.loadavg()[0];
  const cpu0 = cpuSeconds(handle.pids.neo4j);
  const run = await importWithCli(handle, file);
  const cpu1 = cpuSeconds(handle.pids.neo4j);
  return { ...run, engineCpuSec: cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined, load: [load0, os.loadavg()[0]] };
}

/**
 * The Neo4j baseline: the snapshot's rows, as the import writes them (every step's rows, one node each), sent with
 * nothing but `UNWIND $rows AS s CREATE (x:BenchBaseline) SET x = s` in transactions of 5,000 rows into the same
 * server, then deleted. No validation, no lookups, no relationships, no uniqueness checks: the ceiling of batched
 * UNWIND on this server and machine.
 */
async function neo4jUnwindBaseline(handle: EngineHandle, file: string): Promise<{ rows: number; ms: number; cpuSec?: number }> {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const rows = importSteps(snapshot).filter((st) => !st.step.startsWith('clear-')).flatMap((st) => st.rows)
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v)))));
  const driver = neo4j.driver(handle.env.NEO4J_URI, neo4j.auth.basic(handle.env.NEO4J_USER, handle.env.NEO4J_PASSWORD), { disableLosslessIntegers: true });
  const session = driver.session({ database: handle.env.NEO4J_DATABASE });
  try {
    const cpu0 = cpuSeconds(handle.pids.neo4j);
    const t0 = performance.now();
    for (let i = 0; i < rows.length; i += 5000) {
      await session.executeWrite((tx) => tx.run('UNWIND $rows AS s CREATE (x:BenchBaseline) SET x = s', { rows: rows.slice(i, i + 5000) }));
    }
    const ms = performance.now() - t0;
    const cpu1 = cpuSeconds(handle.pids.neo4j);
    await session.run('MATCH (x:BenchBaseline) CALL { WITH x DELETE x } IN TRANSACTIONS OF 10000 ROWS');
    return { rows: rows.length, ms, cpuSec: cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined };
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Like b.loadNetwork({ reuse: false }) on Neo4j, with the JVM's CPU time and the load average around the import. */
async function freshNeo4jNetwork(b: Bench): Promise<LoadedNetwork> {
  const network = await networkFile(b.options.people, b.options.seed);
  const handle = await openEngine('neo4j');
  try {
    b.log(`[bench] importing ${network.file} into neo4j`);
    const imported = await measuredImport(handle, network.file);
    return await openLoaded(network, handle, imported);
  } catch (e) {
    await handle.close();
    throw e;
  }
}

async function importFigures(b: Bench, net: LoadedNetwork): Promise<void> {
  const { options } = b;
  const { network } = net;
  if (!net.imported) throw new Error('the foundation benchmark measures a fresh import');
  b.note(`Network: ${options.people.toLocaleString('en-US')} people, seed ${options.seed}, ${(network.bytes / MiB).toFixed(0)} MiB of snapshot JSON (${network.reused ? 'reused from bench/.cache' : `generated in ${(network.generatedMs / 1000).toFixed(1)} s`}).`);
  for (const n of net.handle.notes) b.note(n);
  const say = (r: ImportRun): string =>
    `${r.records} records in ${(r.importMs / 1000).toFixed(1)} s = ${Math.round(perSecond(r.records, r.importMs))} records/s (process ${(r.wallMs / 1000).toFixed(1)} s, peak RSS ${fmtMiB(r.peakRssBytes)} MiB)`;
  const first: MeasuredImport = 'load' in net.imported ? (net.imported as MeasuredImport) : { ...net.imported, load: [NaN, os.loadavg()[0]] };
  b.log(`import: ${say(first)}`);
  // On Kuzu (seconds per import) the import and its baseline run KUZU_IMPORT_RUNS times, taking turns, into fresh
  // databases, and the medians are reported: one run on these shared machines moves by ±15 %. Each fresh import but
  // the first is followed by the same snapshot again, into the graph it populated.
  const runs: MeasuredImport[] = [first];
  const again: MeasuredImport[] = [];
  const copies: BulkCopyResult[] = [];
  let unwind: Awaited<ReturnType<typeof neo4jUnwindBaseline>> | undefined;
  if (options.engine === 'kuzu') {
    for (let i = 0; i < KUZU_IMPORT_RUNS; i++) {
      b.log(`import baseline (${i + 1}/${KUZU_IMPORT_RUNS}): Kuzu bulk COPY FROM of the same rows into empty tables`);
      copies.push(await kuzuBulkCopyBaseline(network.file, b.log));
      if (runs.length < KUZU_IMPORT_RUNS) {
        const handle = await openEngine('kuzu');
        try {
          const fresh = await measuredImport(handle, network.file);
          b.log(`import (${runs.length + 1}/${KUZU_IMPORT_RUNS}): ${say(fresh)}`);
          runs.push(fresh);
          const populated = await measuredImport(handle, network.file);
          b.log(`import into the populated graph (${again.length + 1}): ${say(populated)}`);
          again.push(populated);
        } finally {
          await handle.close();
        }
      }
    }
  } else {
    b.log('import into the populated graph: the same snapshot again');
    const populated = await measuredImport(net.handle, network.file);
    b.log(`import into the populated graph: ${say(populated)}`);
    again.push(populated);
    b.log('import baseline: batched UNWIND CREATE of the same rows, no checks, no lookups');
    unwind = await neo4jUnwindBaseline(net.handle, network.file);
    b.log(`import baseline: ${unwind.rows} rows in ${(unwind.ms / 1000).toFixed(1)} s`);
  }
  const run = median(runs, (r) => r.importMs);
  const rate = perSecond(run.records, run.importMs);
  if (runs.length > 1) {
    b.note(`Import: median of ${runs.length} runs into fresh databases: ${runs.map((r) => `${(r.importMs / 1000).toFixed(1)} s`).join(', ')} (validate + write); peak RSS and process time are the median run's.`);
  }
  let baseline: { subject: string; value: number } | undefined;
  if (copies.length) {
    const copy = median(copies, (c) => c.copyMs);
    baseline = { subject: 'Kuzu bulk COPY FROM', value: Math.round(perSecond(copy.records, copy.copyMs)) };
    b.note(
      `Import baseline "Kuzu bulk COPY FROM" (bench/baselines/kuzu-bulk-copy.ts): the same rows, laid out as the target tables, loaded with COPY FROM into ` +
        `empty node and relationship tables in one transaction: ${(copy.copyMs / 1000).toFixed(1)} s for ${copy.rows.toLocaleString('en-US')} table rows ` +
        `(${Object.entries(copy.perTableMs).map(([t, ms]) => `${t} ${ms}`).join(', ')} ms; the median of ${copies.length} runs: ${copies.map((c) => `${(c.copyMs / 1000).toFixed(1)} s`).join(', ')}). Validation, staging and upserts are not in it: it is the engine's ceiling here.`,
    );
  }
  if (unwind) {
    baseline = { subject: 'batched UNWIND CREATE', value: Math.round(perSecond(unwind.rows, unwind.ms)) };
    b.note(
      `Import baseline "batched UNWIND CREATE" (neo4jUnwindBaseline in this file): every row of the shared import steps, each link a row of its own ` +
        `(${unwind.rows.toLocaleString('en-US')} rows for ${run.records.toLocaleString('en-US')} records; Neo4j's import sends one row a record, ` +
        `a record's topics, participants and deal people folded into it), sent as \`UNWIND $rows AS s CREATE (x:BenchBaseline) SET x = s\` in transactions ` +
        `of 5,000 rows to the same server right after the imports: ${(unwind.ms / 1000).toFixed(1)} s` +
        (unwind.cpuSec !== undefined ? `, ${unwind.cpuSec.toFixed(1)} CPU s of the Neo4j JVM (${Math.round((unwind.cpuSec * 1e6) / unwind.rows)} µs a row)` : '') +
        '. Its unit is rows, the import\'s records; no validation, index lookups, relationships or uniqueness checks: the ceiling of batched UNWIND here.',
    );
  }
  const importCase = `import ${run.records.toLocaleString('en-US')} records (npm run import)`;
  const emptyGoal = options.engine === 'kuzu'
    ? { on: 'value' as const, op: '>=' as const, target: 100_000, text: '≥ 100,000 records/s' }
    : { on: 'value' as const, op: '>=' as const, target: 50_000, text: '≥ 50,000 records/s (issue 14)' };
  const cpuNote = (r: MeasuredImport): string =>
    `load average ${r.load.map((x) => (Number.isFinite(x) ? x.toFixed(1) : '?')).join(' → ')}` +
    (r.engineCpuSec !== undefined ? `; Neo4j JVM ${r.engineCpuSec.toFixed(1)} CPU s, ${Math.round((r.engineCpuSec * 1e6) / r.records)} µs a record` : '');
  b.add(
    metric({
      case: importCase, name: 'import rate (validate + write)', unit: 'records/s', value: Math.round(rate), baseline,
      goal: emptyGoal, headline: true,
      note: `${(run.importMs / 1000).toFixed(1)} s; ${cpuNote(run)}`,
    }),
    metric({ case: importCase, name: 'import rate (whole CLI process, with JSON parse)', unit: 'records/s', value: Math.round(perSecond(run.records, run.wallMs)), note: `${(run.wallMs / 1000).toFixed(1)} s` }),
    metric({ case: importCase, name: 'peak RSS of the import process', unit: 'MiB', value: fmtMiB(run.peakRssBytes), headline: true }),
    ...Object.entries(run.enginePeakRssBytes).map(([proc, bytes]) => metric({ case: importCase, name: `peak RSS of ${proc} during the import`, unit: 'MiB', value: fmtMiB(bytes) })),
  );
  if (again.length) {
    const pop = median(again, (r) => r.importMs);
    b.add(metric({
      case: importCase, name: 'import rate into the populated graph (the same snapshot again)', unit: 'records/s',
      value: Math.round(perSecond(pop.records, pop.importMs)), baseline,
      goal: { on: 'value', op: '>=', target: 30_000, text: '≥ 30,000 records/s (issue 14)' }, headline: true,
      note: `${(pop.importMs / 1000).toFixed(1)} s${again.length > 1 ? ` (median of ${again.map((r) => `${(r.importMs / 1000).toFixed(1)} s`).join(', ')})` : ''}; ${cpuNote(pop)}`,
    }));
  }
  b.note(`Import counts: ${run.counts}.`);
  if (Object.keys(run.settings).length) {
    b.note(`The import ran with ${Object.entries(run.settings).map(([k, v]) => `${k}=${v}`).join(' ')}.`);
  }
}

/** The service with its record cache off against the service as deployed (Kuzu only). */
function cacheOffMetrics(caseName: string, summaries: Record<string, LoadSummary>): ReturnType<typeof metric>[] {
  const [service, off] = [summaries[SERVICE], summaries[UNCACHED]];
  if (!off) return [];
  return [
    metric({ case: caseName, name: 'throughput', unit: 'req/s', subject: UNCACHED, value: off.throughputRps, baseline: { subject: SERVICE, value: service.throughputRps }, note: 'every record read from Kuzu' }),
    metric({ case: caseName, name: 'median latency', unit: 'ms', subject: UNCACHED, value: off.medianMs, baseline: { subject: SERVICE, value: service.medianMs } }),
    metric({ case: caseName, name: 'p90 latency', unit: 'ms', subject: UNCACHED, value: off.p90Ms, baseline: { subject: SERVICE, value: service.p90Ms } }),
  ];
}

function loadMetrics(caseName: string, summaries: Record<string, LoadSummary>, headline: boolean): ReturnType<typeof metric>[] {
  const [service, tg, plain, bare] = [SERVICE, TG, PLAIN, BARE].map((k) => summaries[k]);
  const within = 1.2;
  const rps = (x: LoadSummary): number => x.throughputRps;
  return [
    metric({ case: caseName, name: 'throughput', unit: 'req/s', subject: TG, value: rps(tg), baseline: { subject: PLAIN, value: rps(plain) }, goal: { on: 'ratio', op: '>=', target: 1 / within, text: 'TypeGraphQL overhead within 1.2× (ratio ≥ 0.83)' }, headline }),
    metric({ case: caseName, name: 'median latency', unit: 'ms', subject: TG, value: tg.medianMs, baseline: { subject: PLAIN, value: plain.medianMs }, goal: { on: 'ratio', op: '<=', target: within, text: 'within 1.2×' } }),
    metric({ case: caseName, name: 'p95 latency', unit: 'ms', subject: TG, value: tg.p95Ms, baseline: { subject: PLAIN, value: plain.p95Ms } }),
    metric({ case: caseName, name: 'p99 latency', unit: 'ms', subject: TG, value: tg.p99Ms, baseline: { subject: PLAIN, value: plain.p99Ms } }),
    metric({ case: caseName, name: 'throughput', unit: 'req/s', subject: SERVICE, value: rps(service), baseline: { subject: PLAIN, value: rps(plain) }, note: 'end to end: with authentication, limits, access checks' }),
    metric({ case: caseName, name: 'median latency', unit: 'ms', subject: SERVICE, value: service.medianMs, baseline: { subject: PLAIN, value: plain.medianMs }, headline }),
    metric({ case: caseName, name: 'p95 latency', unit: 'ms', subject: SERVICE, value: service.p95Ms, baseline: { subject: PLAIN, value: plain.p95Ms } }),
    metric({ case: caseName, name: 'p99 latency', unit: 'ms', subject: SERVICE, value: service.p99Ms, baseline: { subject: PLAIN, value: plain.p99Ms } }),
    metric({ case: caseName, name: 'throughput', unit: 'req/s', subject: PLAIN, value: rps(plain), baseline: { subject: BARE, value: rps(bare) }, note: 'what Apollo Server costs' }),
    metric({ case: caseName, name: 'median latency', unit: 'ms', subject: PLAIN, value: plain.medianMs, baseline: { subject: BARE, value: bare.medianMs } }),
  ];
}

async function graphqlFigures(b: Bench, net: LoadedNetwork): Promise<void> {
  const { store } = net;
  const sampler = new RssSampler(net.handle.pids).start();
  const config = net.handle.config;
  const service = await startServiceServer(store, config);
  const typegraphql = await startApolloServerFor(await getSchema(), store, config);
  const plain = await startApolloServerFor(plainSchema, store, config);
  const bare = await startBareServerFor(plainSchema, store, config);
  const uncachedStore = withoutRecordCache(store);
  const uncached = uncachedStore ? await startServiceServer(uncachedStore, config) : null;
  try {
    const subjects: Subject[] = [
      { label: SERVICE, url: service.url, headers: service.headers },
      { label: TG, url: typegraphql.url },
      { label: PLAIN, url: plain.url },
      { label: BARE, url: bare.url },
    ];
    const cacheOff: Subject[] = uncached ? [{ label: UNCACHED, url: uncached.url, headers: uncached.headers }] : [];
    // Requests: company ids spread over the whole graph; list pages starting at cursors spread over all companies
    // (a cursor holds the list's sort key, the name's reading: see the companies resolver).
    const companies = await store.read.listCompanies({}, { limit: 100_000 });
    if (companies.length < 60) throw new Error(`only ${companies.length} companies: the network is too small`);
    const byId: GraphQLRequest[] = spread(companies, 500).map((c) => ({ query: BY_ID, variables: { id: c.id } }));
    const starts = spread(companies.slice(0, companies.length - 50), 50).map((c, i) => (i === 0 ? null : encodeCursor('companies', { key: nameSortKey(c.name, c.nameKana), id: c.id })));
    const nested = (first: number): GraphQLRequest[] => starts.map((after) => ({ query: NESTED, variables: { first, after } }));

    // The three servers must give the same answers, or the comparison means nothing.
    // Every page is full (a stale cursor would give empty pages, and the list figures would measure nothing).
    for (const first of [10, 50]) {
      for (const request of nested(first)) {
        const page = (await graphql(subjects[0], request)) as { companies: { edges: unknown[] } };
        if (page.companies.edges.length !== first) throw new Error(`a page of ${first} companies from ${JSON.stringify(request.variables)} has ${page.companies.edges.length}`);
      }
    }
    for (const request of [byId[1], nested(10)[1]]) {
      const all = [...subjects, ...cacheOff];
      const answers = await Promise.all(all.map((s) => graphql(s, request)));
      for (let i = 1; i < answers.length; i++) {
        if (!isDeepStrictEqual(answers[0], answers[i])) throw new Error(`${all[i].label} answers ${request.query.split('(')[0]} differently from ${subjects[0].label}`);
      }
    }

    // Round trips: one request at a time, counted by the store.
    const roundTrips = async (request: GraphQLRequest): Promise<number> => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        store.clearCaches();
        const before = store.stats.roundTrips;
        await graphql(subjects[0], request);
        counts.push(store.stats.roundTrips - before);
      }
      return Math.max(...counts);
    };
    const rt10 = await roundTrips(nested(10)[3]);
    const rt50 = await roundTrips(nested(50)[3]);
    const rtById = await roundTrips(byId[3]);
    const pageCase = 'page of companies with current reps (and whom they report to) and owners';
    b.add(
      metric({ case: pageCase, name: 'store round trips, 50 companies', unit: '', value: rt50, baseline: { subject: '10 companies', value: rt10 }, goal: { on: 'ratio', op: '<=', target: 1, text: 'equal (no N+1)' }, headline: true }),
      metric({ case: 'by-id query', name: 'store round trips', unit: '', value: rtById }),
    );

    b.log('load: by-id query');
    // the service with its record cache off on its own, after the others: its slow requests still running when its
    // round ends would otherwise slow the round after it
    const measureApart = async (requests: GraphQLRequest[], others: Subject[]): Promise<Record<string, LoadSummary>> => ({
      ...(await b.measure(others, requests)),
      ...(cacheOff.length ? await b.measure(cacheOff, requests) : {}),
    });
    const byIdLoad = await measureApart(byId, subjects);
    b.add(...loadMetrics(`by-id query, ${b.load.connections} clients`, byIdLoad, true));
    b.add(...cacheOffMetrics(`by-id query, ${b.load.connections} clients`, byIdLoad));
    const serviceById = byIdLoad[SERVICE];
    b.add(
      metric({ case: `by-id query, ${b.load.connections} clients`, name: 'throughput vs published Apollo figure', unit: 'req/s', subject: SERVICE, value: serviceById.throughputRps, goal: { on: 'value', op: '>=', target: 2000, text: 'beat ~2,000 req/s (Apollo Server, simple query, one process)' }, headline: true }),
      metric({ case: `by-id query, ${b.load.connections} clients`, name: 'p90 latency vs published Apollo figure', unit: 'ms', subject: SERVICE, value: serviceById.p90Ms, goal: { on: 'value', op: '<=', target: 6, text: 'p90 under 6 ms' } }),
    );

    // The nested list query on the four servers, and the service with pages of 50, all in the same rotation.
    b.log('load: nested list query (first: 10; and first: 50 on the service)');
    const PAGE50 = `${SERVICE}, 50 companies`;
    const nestedLoad = await measureApart(nested(10), [...subjects, { ...subjects[0], label: PAGE50, requests: nested(50) }]);
    b.add(...loadMetrics(`3-level nested list query (10 companies), ${b.load.connections} clients`, nestedLoad, true));
    b.add(...cacheOffMetrics(`3-level nested list query (10 companies), ${b.load.connections} clients`, nestedLoad));
    const p10 = nestedLoad[SERVICE];
    const p50 = nestedLoad[PAGE50];
    for (const [name, key] of [['median latency', 'medianMs'], ['p95 latency', 'p95Ms'], ['p99 latency', 'p99Ms']] as const) {
      b.add(metric({ case: pageCase, name: `${name}, 50 companies`, unit: 'ms', subject: SERVICE, value: p50[key], baseline: { subject: '10 companies', value: p10[key] }, headline: name === 'median latency' }));
    }
    b.add(metric({ case: pageCase, name: 'throughput, 50 companies', unit: 'req/s', subject: SERVICE, value: p50.throughputRps, baseline: { subject: '10 companies', value: p10.throughputRps } }));
    // what the record cache held after the pages (its hit rate over the whole load, and what it cost the heap)
    const cache = (store as unknown as { recordCache: RecordCache }).recordCache; // both engines' stores keep one
    const hitRate = cache.hits / Math.max(1, cache.hits + cache.misses);
    global.gc?.();
    const heapWith = process.memoryUsage().heapUsed;
    const entries = cache.size;
    cache.clear();
    global.gc?.();
    const heldMiB = (heapWith - process.memoryUsage().heapUsed) / 2 ** 20;
    b.add(
      metric({ case: pageCase, name: 'record cache entries after the loads', unit: '', value: entries, note: `of RECORD_CACHE_SIZE ${cache.maxEntries.toLocaleString('en-US')}; hit rate over every load phase ${(hitRate * 100).toFixed(1)}%` }),
      metric({ case: pageCase, name: 'JS heap held by the record cache', unit: 'MiB', value: Math.round(heldMiB), note: global.gc ? `${Math.round((heldMiB * 2 ** 20) / Math.max(1, entries))} bytes an entry (after a full GC, before and after emptying it)` : 'no --expose-gc: not measured' }),
    );
    for (const [caseName, load] of [['by-id query', byIdLoad], ['3-level nested list query', nestedLoad]] as const) {
      for (const [subject, x] of Object.entries(load)) {
        if (x.failed === 0) continue;
        b.add(metric({ case: `${caseName}, ${b.load.connections} clients`, name: 'failed requests', unit: '', subject, value: x.failed, goal: { on: 'value', op: '<=', target: 0, text: 'none' }, headline: true, note: `of ${x.requests + x.failed} (errors or time-outs: a store query over QUERY_TIMEOUT_MS, 10 s by default, or no answer in 30 s)` }));
      }
    }
  } finally {
    await service.stop();
    await typegraphql.stop();
    await plain.stop();
    await bare.stop();
    await uncached?.stop();
    const peaks = sampler.stop();
    b.add(metric({ case: 'serving GraphQL (all load phases)', name: 'peak RSS of the server process', unit: 'MiB', value: fmtMiB(peaks.node) }));
    if (peaks.neo4j) b.add(metric({ case: 'serving GraphQL (all load phases)', name: 'peak RSS of the Neo4j JVM', unit: 'MiB', value: fmtMiB(peaks.neo4j) }));
  }
  b.note(`Load: autocannon in its own process, ${b.load.connections} connections, ${b.load.warmupSec} s warm-up per server, then ${b.load.rounds} rounds of ${b.load.roundSec} s per server taking turns (a round that gets fewer answers than there are connections, requests too slow for it, is run again until exactly that many answers came back, without a time cut-off, so the slow tail is not censored; p95 and p99 of such rounds rest on few samples); each figure is the median over rounds. By-id requests cycle through 500 company ids; list requests through 50 start cursors.`);
  b.note(`Record cache (both engines): the service keeps records read by id (RECORD_CACHE_SIZE, ${DEFAULT_RECORD_CACHE_SIZE.toLocaleString('en-US')} by default) until the next commit, so after the warm-up the 500 companies of the by-id load and the people of the list pages come from memory; "${UNCACHED}" is the same service reading every record from Kuzu, loaded on its own after the other subjects (its slow requests still running when a round ends would slow the next subject's round). Store round trips are counted from an empty cache.`);
  b.note(`"${SERVICE}" is src/server.ts as deployed (bearer-token authentication, rate limiter off, document limits, access checks on the root fields, Apollo Server, the TypeGraphQL schema). "${TG}" is the same TypeGraphQL schema and "${PLAIN}" the hand-written graphql-js schema of bench/baselines/plain-graphql.ts, both behind one minimal node:http + Apollo Server transport (bench/harness/server.ts) so that they differ only in the schema layer; "${BARE}" runs the plain schema with graphql-js directly. All use the same store, DataLoaders and queries, and give identical answers (checked before the load).`);
}

/**
 * FOUNDATION_GRAPHQL_ONLY=1 measures the GraphQL cases alone: the import figures of the last full run of the same
 * engine and size are carried over from its results file, each said to be from that run, so that one file still holds
 * every figure.
 */
function keepImportFigures(b: Bench): void {
  const file = join(b.options.resultsDir, `${resultStem('foundation', b.options.engine)}.json`);
  const last = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResult) : null;
  const kept = last && last.people === b.options.people ? last.metrics.filter((m) => m.case.startsWith('import ')) : [];
  const from = kept.length ? (kept[0].note?.match(/^\(from the run of [^)]*\) /)?.[0] ?? `(from the run of ${last!.startedAt.slice(0, 16).replace('T', ' ')} UTC) `) : '';
  b.add(...kept.map((m) => ({ ...m, note: `${from}${(m.note ?? '').replace(/^\(from the run of [^)]*\) /, '')}` })));
  b.note(`FOUNDATION_GRAPHQL_ONLY=1: only the GraphQL cases were measured in this run (on a cached load of the network)${kept.length ? `; the import figures are the last full run's, ${from.slice(1, -2)}` : '; the import was not'}.`);
}

runBenchmark({ name: 'foundation', title: 'Foundation: import, GraphQL overhead, round trips' }, async (b) => {
  const graphqlOnly = process.env.FOUNDATION_GRAPHQL_ONLY === '1';
  // A fresh import through the CLI, with its progress shown (it also refreshes the cached Kuzu load other benchmarks
  // reuse); FOUNDATION_GRAPHQL_ONLY=1 reuses a cached load and measures only the GraphQL cases.
  const net = graphqlOnly ? await b.loadNetwork() : b.options.engine === 'kuzu' ? await b.loadNetwork({ reuse: false }) : await freshNeo4jNetwork(b);
  try {
    if (graphqlOnly) keepImportFigures(b);
    else await importFigures(b, net);
    if (process.env.FOUNDATION_IMPORT_ONLY === '1') b.note('FOUNDATION_IMPORT_ONLY=1: only the import was measured in this run; the GraphQL cases were not run.');
    else await graphqlFigures(b, net);
  } finally {
    await net.close();
  }
});
