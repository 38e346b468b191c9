import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EngineName } from '@/store/cypher/query-library';
import { type GraphStore } from '@/store/graph-store';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { Neo4jStore, type Neo4jStoreOptions } from '@/store/neo4j/neo4j-store';

const ENGINE_NAMES: readonly EngineName[] = ['kuzu', 'neo4j'];

/**
 * The engines the contract suite runs on: Kuzu always; Neo4j when scripts/test.mjs started one and set
 * NEO4J_TEST_URI (under CI it must, see scripts/test.mjs). TEST_ENGINES (`kuzu` or `neo4j`) narrows a run to one of
 * them: `npm test` runs the Neo4j halves of the shared files in one lane and their Kuzu halves in the other.
 */
export function testEngines(): EngineName[] {
  const available: EngineName[] = process.env.NEO4J_TEST_URI ? ['kuzu', 'neo4j'] : ['kuzu'];
  const only = process.env.TEST_ENGINES;
  if (only === undefined || only === '') return available;
  const wanted = only.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !ENGINE_NAMES.includes(name as EngineName));
  if (unknown.length) throw new Error(`TEST_ENGINES: unknown engine ${unknown.join(', ')} (allowed: ${ENGINE_NAMES.join(', ')})`);
  const missing = wanted.filter((name) => !available.includes(name as EngineName));
  if (missing.length) throw new Error(`TEST_ENGINES asks for ${missing.join(', ')}, but NEO4J_TEST_URI is not set`);
  return wanted as EngineName[];
}

/**
 * Tests that open no store run in the lane that runs Kuzu (always, unless TEST_ENGINES leaves Kuzu out), so that a
 * file split over two lanes runs them once.
 */
export const describeEngineFree: jest.Describe = testEngines().includes('kuzu') ? describe : describe.skip;

export interface OpenedStore {
  store: GraphStore;
  close(): Promise<void>;
}

/**
 * A fresh, empty store: a new Kuzu directory, or the shared test Neo4j wiped clean (tests on it run in band).
 * `neo4j` options apply to a Neo4j store only (Kuzu imports in one transaction, whatever the batch size).
 */
export async function openTestStore(engine: EngineName, neo4j: Pick<Neo4jStoreOptions, 'importBatchRows'> = {}): Promise<OpenedStore> {
  if (engine === 'kuzu') {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-test-'));
    const store = await KuzuStore.open({ dataDir: dir, readConnections: 2 });
    return {
      store,
      async close() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const store = await Neo4jStore.open({ uri: process.env.NEO4J_TEST_URI!, user: 'neo4j', password: 'unused-auth-disabled', ...neo4j });
  await store.write((ops) => ops.run('test/wipe'));
  return { store, close: () => store.close() };
}

/**
 * `describe` once per engine with a fresh store for the block: the same tests prove the same behaviour on both.
 * `get()` returns the open store inside tests.
 */
export function describeEachEngine(title: string, body: (get: () => GraphStore, engine: EngineName) => void): void {
  describe.each(testEngines())(`${title} [%s]`, (engine) => {
    let opened: OpenedStore;
    beforeAll(async () => {
      opened = await openTestStore(engine);
    });
    afterAll(async () => {
      await opened?.close();
    });
    body(() => opened.store, engine);
  });
}

/** `describe` for what only Neo4j has (two processes or stores on one server); skipped where Neo4j is not tested. */
export function describeOnNeo4j(title: string, body: () => void): void {
  (testEngines().includes('neo4j') ? describe : describe.skip)(`${title} [neo4j]`, body);
}
