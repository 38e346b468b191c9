import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type GraphStore } from '@/store/graph-store';
import { PROJECT_ROOT, runNode } from './child';
import { type EngineHandle, openEngine, startsNeo4jTestServer } from './engine';
import { RssSampler } from './memory';
import { CACHE_DIR, type Network, hashFiles, networkFile } from './network';
import { type BenchEngine, type BenchOptions } from './options';

export interface ImportRun {
  /** Records in the snapshot, as the import CLI counted them. */
  records: number;
  /** Validation + write, as the import CLI timed it (from the parsed JSON to the commit). */
  importMs: number;
  /** The whole `npm run import` process: start, reading and parsing the file, validation, write, close. */
  wallMs: number;
  /** Peak RSS of the import process. */
  peakRssBytes?: number;
  /** Peak RSS of the engine's own processes during the import (the Neo4j JVM). */
  enginePeakRssBytes: Record<string, number>;
  counts: string;
  /** Settings the import ran with beyond the engine's (said in the results). */
  settings: Record<string, string>;
}

/** The node flags of `npm run import` (package.json), so that the benchmark runs the import exactly as users do. */
const IMPORT_NODE_FLAGS: string[] = (() => {
  const script: string = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts.import;
  const m = /^node((?: --[\w-]+(?:=\S+)?)*) -r @swc-node\/register src\/cli\/import\.ts$/.exec(script);
  if (!m) throw new Error(`package.json's import script is not "node [--flags] -r @swc-node/register src/cli/import.ts": ${script}`);
  return m[1].trim() ? m[1].trim().split(' ') : [];
})();

/** Extra environment for the import CLI: none, the import runs with the service's own settings. */
export const IMPORT_SETTINGS: Record<string, string> = {};

/**
 * Loads a snapshot file with the project's own CLI (`npm run import -- FILE`) in a child process, with its progress
 * shown, and returns its figures. The store must not be open in this process (Kuzu allows one opener).
 */
export async function importWithCli(handle: EngineHandle, file: string, settings: Record<string, string> = IMPORT_SETTINGS): Promise<ImportRun> {
  const sampler = new RssSampler(handle.pids, 250).start();
  const run = await runNode([...IMPORT_NODE_FLAGS, '-r', '@swc-node/register', 'src/cli/import.ts', file], { env: { ...handle.env, ...settings } });
  const peaks = sampler.stop();
  const m = /imported (\d+) records in ([\d.]+) s \((\d+) records\/s\): (.*)/.exec(run.stdout);
  if (run.code !== 0 || !m) throw new Error(`npm run import failed (exit ${run.code ?? run.signal}): ${run.stdout.trim().slice(-500)}`);
  delete peaks.node;
  return {
    records: Number(m[1]),
    importMs: Number(m[2]) * 1000,
    wallMs: run.wallMs,
    peakRssBytes: run.peakRssBytes,
    enginePeakRssBytes: peaks,
    counts: m[4].trim(),
    settings,
  };
}

export interface LoadedNetwork {
  network: Network;
  handle: EngineHandle;
  store: GraphStore;
  /** Figures of the import, or null when a cached Kuzu database was copied instead. */
  imported: ImportRun | null;
  close(): Promise<void>;
}

/** What a loaded database of one engine depends on: the network file, and the engine's schema, import queries and store code. */
export function storeCacheKey(network: Network, engine: BenchEngine): string {
  const files = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)) : [];
  // what decides the stored data: the schema (bootstrap, migrations), the import queries, the store's import code;
  // not the engine's read queries (a new read query made the 100,000-person Neo4j load, 7 minutes, stale)
  const code = hashFiles([
    join(PROJECT_ROOT, 'cypher', engine, 'bootstrap.cypher'),
    ...files(join(PROJECT_ROOT, 'cypher', engine, 'migrations')),
    ...files(join(PROJECT_ROOT, 'cypher', engine, 'import')),
    ...files(join(PROJECT_ROOT, 'cypher', 'shared', 'import')),
    ...files(join(PROJECT_ROOT, 'src', 'store', engine)),
    ...files(join(PROJECT_ROOT, 'src', 'store', 'columns')),
    join(PROJECT_ROOT, 'src', 'store', 'snapshot-rows.ts'),
  ].filter(existsSync).sort());
  return `${engine}-${basename(network.file, '.json')}-${code}`;
}

/** Drops older loads of this network's size and seed (another generator, schema or store): they are stale. */
function dropStaleLoads(network: Network, engine: BenchEngine): void {
  const sameNetwork = `${engine}-network-${network.people}-${network.seed.replace(/[^\w.-]/g, '_')}-`;
  for (const old of readdirSync(CACHE_DIR)) if (old.startsWith(sameNetwork)) rmSync(join(CACHE_DIR, old), { recursive: true, force: true });
}

/**
 * The network of the benchmark's size and seed, loaded into a fresh database of its engine and opened.
 * On Kuzu, `reuse` copies a database loaded by an earlier run (bench/.cache/kuzu-*) instead of importing again;
 * a fresh import refreshes that cache. Benchmarks that measure the import itself pass `reuse: false`.
 */
export async function loadNetwork(
  options: BenchOptions,
  { reuse = true, log = (l: string): void => void process.stderr.write(`${l}\n`) }: { reuse?: boolean; log?: (line: string) => void } = {},
): Promise<LoadedNetwork> {
  const network = await networkFile(options.people, options.seed);
  if (options.engine === 'neo4j' && startsNeo4jTestServer()) return loadNeo4j(network, reuse, log);
  const handle = await openEngine(options.engine);
  try {
    let imported: ImportRun | null = null;
    const cached = options.engine === 'kuzu' ? join(CACHE_DIR, storeCacheKey(network, 'kuzu')) : null;
    const dataDir = handle.env.DATA_DIR;
    if (cached && reuse && existsSync(cached)) {
      log(`[bench] copying the loaded Kuzu database from ${basename(cached)}`);
      cpSync(cached, dataDir, { recursive: true });
    } else {
      log(`[bench] importing ${basename(network.file)} into ${options.engine}`);
      // a loaded machine can push one import batch past the service's per-query limit: BENCH_IMPORT_QUERY_TIMEOUT_MS lifts it for the import only
      const limit = process.env.BENCH_IMPORT_QUERY_TIMEOUT_MS;
      imported = await importWithCli(handle, network.file, limit ? { ...IMPORT_SETTINGS, QUERY_TIMEOUT_MS: limit } : IMPORT_SETTINGS);
      if (cached) {
        dropStaleLoads(network, 'kuzu');
        const tmp = `${cached}.tmp-${process.pid}`;
        mkdirSync(tmp, { recursive: true });
        cpSync(dataDir, tmp, { recursive: true });
        renameSync(tmp, cached);
      }
    }
    return await openLoaded(network, handle, imported);
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/**
 * On a Neo4j test server of our own, like Kuzu's cache: `reuse` starts the server on a copy of a store loaded by an
 * earlier run (bench/.cache/neo4j-*); otherwise the network is imported, the server stops and saves its store there
 * (a 100,000-person import takes minutes on Neo4j, and every benchmark needs the network), and a new server starts
 * on a copy, so that the saved store never sees the benchmark's own writes.
 */
async function loadNeo4j(network: Network, reuse: boolean, log: (line: string) => void): Promise<LoadedNetwork> {
  const cached = join(CACHE_DIR, storeCacheKey(network, 'neo4j'));
  let imported: ImportRun | null = null;
  if (reuse && existsSync(cached)) {
    log(`[bench] starting Neo4j on a copy of the loaded store ${basename(cached)}`);
  } else {
    // older loads of this size and seed are stale; dropped before the temporary folder exists, which has their prefix
    dropStaleLoads(network, 'neo4j');
    const tmp = `${cached}.tmp-${process.pid}`;
    const loading = await openEngine('neo4j', { saveTo: tmp });
    try {
      log(`[bench] importing ${basename(network.file)} into neo4j`);
      const limit = process.env.BENCH_IMPORT_QUERY_TIMEOUT_MS;
      imported = await importWithCli(loading, network.file, limit ? { ...IMPORT_SETTINGS, QUERY_TIMEOUT_MS: limit } : IMPORT_SETTINGS);
    } finally {
      await loading.close(); // saves the store to tmp
    }
    if (!existsSync(join(tmp, 'data'))) throw new Error(`the Neo4j test server did not save its store to ${tmp}`);
    renameSync(tmp, cached);
  }
  const handle = await openEngine('neo4j', { copyFrom: cached });
  try {
    return await openLoaded(network, handle, imported);
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** The store over an engine the network was just loaded into, closed with it. */
export async function openLoaded(network: Network, handle: EngineHandle, imported: ImportRun | null): Promise<LoadedNetwork> {
  const store = await handle.openStore();
  return {
    network,
    handle,
    store,
    imported,
    async close() {
      await store.close();
      await handle.close();
    },
  };
}
