/**
 * Kuzu only (an embedded-engine mechanism: KuzuStore.largeTransaction). Kuzu checkpoints inside the COMMIT of an
 * import; that checkpoint waits 5 s for running transactions, then fails, and the COMMIT throws although the import
 * is in the WAL. The store then checkpoints again itself; if that fails too, it refuses every further write until it
 * is reopened, and the reopen sets the import aside. Both paths are driven here by the real engine, no seam: a
 * read-only transaction (store.readConsistent, as a long GET /snapshot holds one) is opened while the import runs,
 * once its marker exists, and held across the COMMIT.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectSnapshot, generateSnapshot } from '@/generator';
import { importSnapshot } from '@/wiring/snapshot';
import { log } from '@/log';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { exportSnapshot } from '@/store/snapshot-export';

type Company = { id: string; name: string };
const [before, after] = ['a', 'b'].map((seed) => collectSnapshot(generateSnapshot({ people: 300, seed: `durability-${seed}` })));
const REFUSED = 'An import committed but could not be checkpointed; restart the service (the restart sets that import aside) before writing again';

let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'tsunagu-checkpoint-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/** A store holding `before` (imported into an empty graph) and a small write acknowledged after it. */
async function populated(name: string): Promise<{ dir: string; store: KuzuStore }> {
  const dir = join(root, name);
  const store = await KuzuStore.open({ dataDir: dir });
  await importSnapshot(store, before);
  await store.write((ops) => ops.setMeta('acknowledged-before-the-import', 'kept'));
  return { dir, store };
}

/**
 * Opens a read-only transaction as soon as the import's marker exists (after its first CHECKPOINT, before its COMMIT)
 * and holds it until `release` resolves. Resolves once the read has ended.
 */
async function readAcrossTheCommit(store: KuzuStore, dir: string, release: Promise<void>): Promise<void> {
  const marker = join(dir, 'graph.kuzu.large-write');
  const give = Date.now() + 120_000;
  while (!existsSync(marker)) {
    if (Date.now() > give) throw new Error('the import never wrote its marker');
    await new Promise((r) => setTimeout(r, 2));
  }
  await store.readConsistent(async (ops) => {
    await ops.getMeta('acknowledged-before-the-import');
    await release;
  });
}

/** Which snapshot's companies the graph holds: the names of all of them compared. */
async function companies(store: KuzuStore): Promise<'before' | 'after' | 'a mix'> {
  const exported = (await store.readConsistent(exportSnapshot)) as { companies: Company[] };
  const names = new Map(exported.companies.map((c) => [c.id, c.name]));
  const same = (s: Record<string, unknown>) => (s.companies as Company[]).every((c) => names.get(c.id) === c.name);
  return same(before) ? 'before' : same(after) ? 'after' : 'a mix';
}

function walBytes(dir: string): number {
  const wal = join(dir, 'graph.kuzu.wal');
  return existsSync(wal) ? statSync(wal).size : 0;
}

it('COMMIT throws on its checkpoint (a read held past 5 s): the import is checkpointed again, acknowledged, and kept after a restart', async () => {
  const { dir, store } = await populated('retried');
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const warn = jest.spyOn(log, 'warn').mockImplementation((message) => {
    if (/committed but its checkpoint failed/.test(message)) release(); // the read ends: the second checkpoint can run
  });
  const reading = readAcrossTheCommit(store, dir, released);
  const result = await importSnapshot(store, after);
  await reading;
  expect(warn).toHaveBeenCalledWith('the import committed but its checkpoint failed; checkpointing again', expect.objectContaining({ error: expect.anything() }));
  expect(result.total).toBeGreaterThan(0);
  // acknowledged only once checkpointed: no marker, no copy, an empty WAL
  expect(readdirSync(dir).filter((f) => /large-write|discarded/.test(f))).toEqual([]);
  expect(walBytes(dir)).toBe(0);
  expect(await companies(store)).toBe('after');
  await store.write((ops) => ops.setMeta('acknowledged-after-the-import', 'kept too'));
  await store.close();

  const reopened = await KuzuStore.open({ dataDir: dir });
  expect(await companies(reopened)).toBe('after');
  expect(await reopened.read.getMeta('acknowledged-before-the-import')).toBe('kept');
  expect(await reopened.read.getMeta('acknowledged-after-the-import')).toBe('kept too');
  await reopened.close();
}, 240_000);

it('the checkpoint after COMMIT fails too: the import fails, every later write is refused with a clear error, reads go on; a restart, clean or after kill -9, sets the import aside and takes writes again', async () => {
  const { dir, store } = await populated('refused');
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  jest.spyOn(log, 'warn').mockImplementation(() => undefined);
  const reading = readAcrossTheCommit(store, dir, released);
  const failed = await importSnapshot(store, after).then(() => null, (e: unknown) => e);
  expect(failed).toBeInstanceOf(Error); // never acknowledged
  expect(String((failed as Error).cause ?? failed)).toMatch(/Timeout waiting for active transactions/i);

  // what a kill -9 now would leave: the marker, the copy, the import committed in the WAL but never checkpointed
  const crashed = join(root, 'refused-crash-image');
  mkdirSync(crashed);
  for (const f of readdirSync(dir).filter((f) => f.startsWith('graph.kuzu'))) copyFileSync(join(dir, f), join(crashed, f));
  expect(readdirSync(crashed).sort()).toEqual(['graph.kuzu', 'graph.kuzu.before-large-write', 'graph.kuzu.large-write', 'graph.kuzu.wal']);
  expect(walBytes(crashed)).toBeGreaterThan(0);

  release();
  await reading;
  await expect(store.write((ops) => ops.setMeta('refused', 'x'))).rejects.toThrow(REFUSED);
  await expect(importSnapshot(store, before)).rejects.toThrow(REFUSED);
  expect(await store.read.getMeta('acknowledged-before-the-import')).toBe('kept'); // reads are served
  expect(await store.read.getMeta('refused')).toBeNull();
  await store.close();

  for (const restarted of [dir, crashed]) {
    const reopened = await KuzuStore.open({ dataDir: restarted });
    expect({ restarted, graph: await companies(reopened) }).toEqual({ restarted, graph: 'before' });
    expect(await reopened.read.getMeta('acknowledged-before-the-import')).toBe('kept');
    await reopened.write((ops) => ops.setMeta('after-the-restart', 'written'));
    expect(await reopened.read.getMeta('after-the-restart')).toBe('written');
    await reopened.close();
    expect(readdirSync(restarted).filter((f) => /large-write/.test(f))).toEqual([]);
  }
  // the kill -9 image's WAL held the import: set aside and kept, not deleted
  expect(readdirSync(crashed).some((f) => f.startsWith('graph.kuzu.wal.discarded-'))).toBe(true);
}, 300_000);
