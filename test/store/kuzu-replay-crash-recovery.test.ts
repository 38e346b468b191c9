/**
 * Kuzu only (these are the embedded engine's files): the WAL left by small acknowledged writes is replayed in a child
 * process before the store opens (kuzu-recovery.ts). When that child crashes, the open must fail with a message that
 * says so and what the WAL holds, keep the WAL byte for byte, and leave a directory that opens (with every write) once
 * the replay succeeds; a child killed at any moment of a real replay must lose nothing either. The child's script is
 * swapped through recoverBeforeOpen's test seam (`replayScript`); KuzuStore.open always runs the real one.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { REPLAY, recoverBeforeOpen } from '@/store/kuzu/kuzu-recovery';
import { StoreError } from '@/store/store-errors';

const WRITES = 20;
let root: string;
/** A directory as a kill -9 leaves it after WRITES acknowledged small writes (a WAL, no checkpoint since). */
let image: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tsunagu-replay-crash-'));
  const live = join(root, 'live');
  const store = await KuzuStore.open({ dataDir: live });
  for (let i = 0; i < WRITES; i++) await store.write((ops) => ops.setMeta(`acknowledged-${i}`, `value ${i}`));
  // every write is acknowledged and nothing else runs: the files now are what a kill -9 at this moment would leave
  image = join(root, 'image');
  copyInto(live, image);
  await store.close();
  expect(statSync(join(image, 'graph.kuzu.wal')).size).toBeGreaterThan(0);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copyInto(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const f of ['graph.kuzu', 'graph.kuzu.wal']) copyFileSync(join(from, f), join(to, f));
}

let n = 0;
function freshCopy(): string {
  const dir = join(root, `case-${n++}`);
  copyInto(image, dir);
  return dir;
}

/** Opens the directory the way the service does (the real replay) and reads every acknowledged write back. */
async function expectEveryWrite(dir: string): Promise<void> {
  const store = await KuzuStore.open({ dataDir: dir });
  try {
    const values = await Promise.all(Array.from({ length: WRITES }, (_, i) => store.read.getMeta(`acknowledged-${i}`)));
    expect(values).toEqual(Array.from({ length: WRITES }, (_, i) => `value ${i}`));
  } finally {
    await store.close();
  }
}

it.each(['SIGSEGV', 'SIGBUS', 'SIGKILL'])('the replay child dies with %s: the open fails saying so, the WAL is kept byte for byte, the next open replays it', async (signal) => {
  const dir = freshCopy();
  const wal = join(dir, 'graph.kuzu.wal');
  const before = readFileSync(wal);
  const crash = `process.kill(process.pid, '${signal}')`;
  const failed = await recoverBeforeOpen(join(dir, 'graph.kuzu'), { replayScript: crash }).then(() => null, (e: unknown) => e);
  expect(failed).toBeInstanceOf(StoreError);
  const message = (failed as Error).message;
  expect(message).toContain(`Kuzu could not replay ${wal} (it crashed with ${signal})`);
  expect(message).toMatch(/holds writes committed since the last checkpoint; Tsunagu will not drop them/);
  expect(message).toMatch(/move the file aside/);
  expect(readFileSync(wal).equals(before)).toBe(true);
  await expectEveryWrite(dir);
}, 120_000);

it('the replay child fails with an error: the open fails with Kuzu\'s message, the WAL is kept', async () => {
  const dir = freshCopy();
  const wal = join(dir, 'graph.kuzu.wal');
  const before = readFileSync(wal);
  const failing = "process.stderr.write('Runtime exception: replay went wrong'); process.exit(3)";
  await expect(recoverBeforeOpen(join(dir, 'graph.kuzu'), { replayScript: failing })).rejects.toThrow(`Kuzu could not replay ${wal} (Runtime exception: replay went wrong)`);
  expect(readFileSync(wal).equals(before)).toBe(true);
  await expectEveryWrite(dir);
}, 120_000);

it('the real replay killed once Kuzu has opened (and replayed) the database, before its checkpoint: nothing is lost, the next open finishes it', async () => {
  const dir = freshCopy();
  const killedAfterOpen = REPLAY.replace('await db.init();', "await db.init(); process.kill(process.pid, 'SIGKILL');");
  expect(killedAfterOpen).not.toBe(REPLAY);
  await expect(recoverBeforeOpen(join(dir, 'graph.kuzu'), { replayScript: killedAfterOpen })).rejects.toThrow(/it crashed with SIGKILL/);
  await expectEveryWrite(dir);
}, 120_000);

it('the real replay killed at moments spread over its run, again and again on one directory: every write is still there after', async () => {
  const dir = freshCopy();
  const outcomes: string[] = [];
  for (const ms of [0, 30, 100, 200, 400, 800]) {
    if (!existsSync(join(dir, 'graph.kuzu.wal')) || statSync(join(dir, 'graph.kuzu.wal')).size === 0) break; // replayed
    const killedAt = `setTimeout(() => process.kill(process.pid, 'SIGKILL'), ${ms});\n${REPLAY}`;
    outcomes.push(await recoverBeforeOpen(join(dir, 'graph.kuzu'), { replayScript: killedAt }).then(
      () => `${ms} ms: replayed`,
      (e: Error) => {
        expect(e.message).toMatch(/Kuzu could not replay .* \(it crashed with SIGKILL\)/);
        return `${ms} ms: killed`;
      },
    ));
  }
  expect(outcomes[0]).toBe('0 ms: killed'); // at least one kill landed during the replay
  await expectEveryWrite(dir);
}, 180_000);
