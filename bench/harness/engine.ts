import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Config, loadConfig } from '@/config';
import { PersonKind } from '@/domain/shared/enums';
import { createStore } from '@/store/create-store';
import { type GraphStore } from '@/store/graph-store';
import { PROJECT_ROOT } from './child';
import { type BenchEngine } from './options';

/**
 * The benchmarks' Neo4j test server JVM (NEO4J_TEST_SERVER_JAVA_OPTS overrides it): C2, a parallel GC, a 2 GiB heap
 * and a 2 GiB page cache (server.memory.pagecache.size, through Launcher.java's -Dneo4j.settings).
 */
export const BENCH_NEO4J_JAVA_OPTS = '-XX:TieredStopAtLevel=4 -XX:-UseSerialGC -XX:+UseParallelGC -Xms2g -Xmx2g -Dneo4j.settings=server.memory.pagecache.size=2g';

/** An empty database of one engine for one benchmark, and how to reach it in-process and from a CLI. */
export interface EngineHandle {
  engine: BenchEngine;
  /** Service configuration for this database (PORT 0: any free port). */
  config: Config;
  /** Environment for a project CLI (npm run import) to open the same database. */
  env: Record<string, string>;
  /** Processes besides ours whose memory belongs to the engine (the Neo4j JVM). */
  pids: Record<string, number>;
  /** Said in the results, e.g. which Neo4j and with which settings. */
  notes: string[];
  openStore(): Promise<GraphStore>;
  /** Stops the test server or deletes the Kuzu directory. */
  close(): Promise<void>;
}

interface TestServer {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

// The test server is an ES module (with top-level await); a real dynamic import, not the require() swc makes of import().
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{
  startNeo4jTestServer(o: { timeoutMs: number; jvmArgs?: string[]; killAfterMs?: number }): Promise<TestServer>;
}>;

/** How a Neo4j test server starts and stops: on a copy of a saved store, and saving its store when it stops. */
export interface Neo4jStoreCopy {
  /** A folder written by `saveTo`: the server starts on a copy of that store instead of an empty one. */
  copyFrom?: string;
  /** A folder the server copies its store to when it stops (after shutting the databases down). */
  saveTo?: string;
}

/** A fresh, empty database: a new Kuzu directory, or a Neo4j test server (or the empty NEO4J_URI database). */
export async function openEngine(engine: BenchEngine, neo4j: Neo4jStoreCopy = {}): Promise<EngineHandle> {
  return engine === 'kuzu' ? openKuzu() : openNeo4j(neo4j);
}

/** Whether this run starts its own Neo4j test server (so a store copy can be used), not a NEO4J_URI one. */
export const startsNeo4jTestServer = (): boolean => !process.env.NEO4J_URI;

/** Settings of the service a benchmark run passes on when set in its environment (to measure what they change). */
const PASSED_ON = ['RECORD_CACHE_SIZE', 'KUZU_BUFFER_POOL_MB'] as const;

/** What this run set for the service, said in its results. */
function passedOnNotes(): string[] {
  return PASSED_ON.flatMap((k) => (process.env[k] === undefined ? [] : [`The service ran with ${k}=${process.env[k]} (set for this run).`]));
}

/** Service settings for benchmarks: a random admin token to call with, no rate limit (we are the only client). */
function serviceEnv(): Record<string, string> {
  const passed = Object.fromEntries(PASSED_ON.flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]!]])));
  return { PORT: '0', ADMIN_TOKEN: `bench-${randomBytes(24).toString('hex')}`, RATE_LIMIT_PER_MINUTE: '0', ...passed };
}

function openKuzu(): EngineHandle {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-kuzu-'));
  const env = { GRAPH_ENGINE: 'kuzu', DATA_DIR: dataDir, ...serviceEnv() };
  return {
    engine: 'kuzu',
    config: loadConfig(env),
    env,
    pids: {},
    notes: passedOnNotes(),
    openStore: () => createStore(loadConfig(env)),
    async close() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function openNeo4j({ copyFrom, saveTo }: Neo4jStoreCopy): Promise<EngineHandle> {
  let server: TestServer | null = null;
  const notes: string[] = passedOnNotes();
  let uri = process.env.NEO4J_URI;
  if (uri) {
    notes.push(`Neo4j at NEO4J_URI (${uri}).`);
  } else {
    // The test server is tuned for fast starts (C1 only, Serial GC, a 64 MiB page cache); a benchmark runs it as a
    // production server would be set up: the optimising compiler, a parallel GC, a fixed heap and a page cache that
    // holds the whole store (the 10,000-person store is ~115 MB, the 100,000-person one ~1.1 GB).
    process.env.NEO4J_TEST_SERVER_JAVA_OPTS ??= BENCH_NEO4J_JAVA_OPTS;
    const { startNeo4jTestServer } = await importEsm(pathToFileURL(join(PROJECT_ROOT, 'scripts', 'neo4j-test-server.mjs')).href);
    const started = Date.now();
    const jvmArgs = [...(copyFrom ? [`-DcopyFrom=${copyFrom}`] : []), ...(saveTo ? [`-DsaveTo=${saveTo}`] : [])];
    // saving a 100,000-person store takes longer than the default 10 s a stop may take
    server = await startNeo4jTestServer({ timeoutMs: 600_000, jvmArgs, killAfterMs: saveTo ? 600_000 : undefined });
    uri = server.uri;
    notes.push(
      `Neo4j 5 Community test server (scripts/neo4j-test-server.mjs) with production-like settings for the benchmark ` +
        `(the tests run it with C1 only, Serial GC and a 64 MiB page cache): JVM options "${process.env.NEO4J_TEST_SERVER_JAVA_OPTS}", ` +
        `started in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  }
  const env = {
    GRAPH_ENGINE: 'neo4j',
    NEO4J_URI: uri,
    NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? 'unused-auth-disabled',
    ...(process.env.NEO4J_DATABASE ? { NEO4J_DATABASE: process.env.NEO4J_DATABASE } : {}),
    ...serviceEnv(),
  };
  const config = loadConfig(env);
  if (!server) await refuseNonEmpty(config);
  if (copyFrom) notes.push('The network was loaded once by an earlier run and saved (bench/.cache/neo4j-*); this server started on a copy of that store.');
  return {
    engine: 'neo4j',
    config,
    env,
    pids: server ? { neo4j: server.pid } : {},
    notes,
    openStore: () => createStore(config),
    async close() {
      await server?.stop();
    },
  };
}

/** A benchmark loads its own network: it will not mix it into a database that holds data, unless told to wipe it. */
async function refuseNonEmpty(config: Config): Promise<void> {
  const store = await createStore(config);
  try {
    const today = new Date().toISOString().slice(0, 10);
    const count = (await store.read.countPeople(PersonKind.REP, {}, today)) + (await store.read.countCompanies({}));
    if (count === 0) return;
    if (process.env.BENCH_NEO4J_WIPE !== '1') {
      throw new Error(`The Neo4j database at NEO4J_URI holds data (${count} reps and companies); a benchmark needs an empty one. Set BENCH_NEO4J_WIPE=1 to let it delete everything there.`);
    }
    await store.write((ops) => ops.run('test/wipe'));
  } finally {
    await store.close();
  }
}
