import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EngineName } from '@/store/cypher/query-library';
import { type GraphStore } from '@/store/graph-store';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { Neo4jStore, type Neo4jStoreOptions } from '@/store/neo4j/neo4j-store';

/**
 * The engines the contract suite runs on: Kuzu always; Neo4j when scripts/test.mjs started one and set
 * NEO4J_TEST_URI (under CI it must, see scripts/test.mjs).
 */
export function testEngines(): EngineName[] {
  return process.env.NEO4J_TEST_URI ? ['kuzu', 'neo4j'] : ['kuzu'];
}

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
