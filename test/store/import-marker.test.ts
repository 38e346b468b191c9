/**
 * Readers that keep or judge whole-graph state do not act on a graph that holds part of an import: `/ready` answers
 * "importing", the warm-path network does not load, and whole-network insight values computed meanwhile are not kept.
 * The marker is what a Neo4j import leaves when it is interrupted between batches (test/contract/snapshot-batches);
 * here it is written directly, as another process's unfinished import would be seen.
 */
import { loadConfig } from '@/config';
import { startServer } from '@/server';
import { type GraphStore } from '@/store/graph-store';
import { IMPORT_RUN_KEY, type ImportRun, ImportUnderwayError, startRun } from '@/store/import-run';
import { VersionedValue } from '@/store/insights/revision-cache';
import { NetworkCache } from '@/store/paths/network-cache';
import { describeEachEngine, openTestStore, testEngines } from '../helpers/engines';
import { importSnapshot } from '@/wiring/snapshot';
import { sampleSnapshot } from '../helpers/sample-snapshot';

const mark = (store: GraphStore, run: ImportRun): Promise<void> => store.write((ops) => ops.setMeta(IMPORT_RUN_KEY, JSON.stringify(run)));

describeEachEngine('an unfinished import', (store) => {
  const run = startRun('digest-of-a-snapshot');
  beforeAll(async () => {
    await importSnapshot(store(), sampleSnapshot());
  });
  afterEach(async () => {
    await mark(store(), { ...run, finishedAt: new Date().toISOString() });
  });

  it('is answered by the store, and a finished run is not', async () => {
    await mark(store(), run);
    expect(await store().read.unfinishedImport()).toEqual(run);
    await mark(store(), { ...run, finishedAt: new Date().toISOString() });
    expect(await store().read.unfinishedImport()).toBeNull();
  });

  it('makes /ready answer 503 "importing" until it finishes', async () => {
    const config = loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN: 'test-admin-token-0123456789abcdefghij' });
    const server = await startServer(config, store());
    try {
      const ready = async () => {
        const res = await fetch(server.url.replace('/graphql', '/ready'));
        return { status: res.status, body: await res.json() };
      };
      expect(await ready()).toEqual({ status: 200, body: { status: 'ready', engine: store().engine } });
      await mark(store(), run);
      expect(await ready()).toEqual({ status: 503, body: { status: 'importing', engine: store().engine } });
      await mark(store(), { ...run, finishedAt: new Date().toISOString() });
      expect((await ready()).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('keeps the warm-path network from loading', async () => {
    await mark(store(), run);
    const err = await new NetworkCache(store()).ready().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportUnderwayError);
    await mark(store(), { ...run, finishedAt: new Date().toISOString() });
    expect((await new NetworkCache(store()).ready()).size).toBeGreaterThan(0);
  });
});

// The import record's start and finish are changes of the log (a Kuzu import never leaves one unfinished; here the
// record is written directly, as another process's batched import would).
describe.each(testEngines())('whole-network values during an unfinished import [%s]', (engine) => {
  it('serve the value from before it, keep nothing computed meanwhile, and compute again once it finished', async () => {
    const opened = await openTestStore(engine);
    try {
      const s = opened.store;
      await importSnapshot(s, sampleSnapshot());
      let clock = 1_000_000;
      const now = () => clock;
      let computed = 0;
      const compute = async () => ++computed;
      const values = new VersionedValue<number>();
      const get = (key: string) => values.get(s, key, '2026-01-01', compute, { now });
      expect(await get('before')).toMatchObject({ value: 1, upToDate: true });
      const run = startRun('digest');
      await mark(s, run);
      expect(await get('before')).toMatchObject({ value: 1, upToDate: false });
      expect(await get('during')).toMatchObject({ value: 2, upToDate: false });
      expect(await get('during')).toMatchObject({ value: 3, upToDate: false }); // not kept
      await mark(s, { ...run, finishedAt: new Date().toISOString() });
      clock += 1; // older than staleMs (0): not served once the graph changed
      expect(await get('before')).toMatchObject({ value: 4, upToDate: true });
      expect(await get('before')).toMatchObject({ value: 4, upToDate: true });
    } finally {
      await opened.close();
    }
  });
});
