import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { log } from '@/log';
import { StoreError, StoreLockedError } from '../store-errors';
import { dataFileLockHolder } from './data-file-lock';
import { KUZU_COMPRESSION } from './kuzu-database';
import { LargeWriteMarker, syncDirectory } from './large-write-marker';

export const IN_USE = 'The data directory is in use by another Tsunagu process (Kuzu allows one process per DATA_DIR)';

/** Kuzu 0.11.3's WAL record types (src/include/storage/wal/wal_record.h): one byte each for these two. */
const COMMIT_RECORD = 2;
const CHECKPOINT_RECORD = 254;

/**
 * What a restart does after a crash, before Kuzu opens the database. Kuzu 0.11.3 segfaults (or bus-errors) on every
 * open whose WAL holds a large committed transaction (an import into a populated graph: 6 of 6 kills during its
 * COMMIT or its checkpoint, whether the WAL was torn or complete), and the project is archived. So a large write
 * runs as (KuzuStore.largeTransaction): CHECKPOINT (the WAL is now empty) → the data file copied to
 * graph.kuzu.before-large-write (fsync) → marker written (fsync) → BEGIN … COMMIT (Kuzu forces a checkpoint inside every
 * COMMIT that COPYs) → CHECKPOINT again if that one failed → marker and copy removed (fsync) → acknowledged. All of it
 * holds the store's single-writer lock, so while the marker exists the WAL holds that one unacknowledged transaction
 * and nothing else. Setting the WAL aside alone is not enough: a kill during the COMMIT or its checkpoint can leave
 * the import's pages in the data file itself (in the soak, the next import then failed with a duplicated primary key
 * in an empty staging table and Kuzu segfaulted while closing, on every later import), so the copy is put back.
 *
 * | killed                                          | WAL at restart                    | marker | recovery                        | graph               |
 * | ----------------------------------------------- | --------------------------------- | ------ | ------------------------------- | ------------------- |
 * | before or during the first CHECKPOINT            | small acknowledged writes         | no     | Kuzu replays it (in a child)    | every ack'd write   |
 * | while copying the data file, or before the marker | none                              | no     | copy removed                    | as before           |
 * | marker written, BEGIN, COPY (before COMMIT)      | none (Kuzu keeps it in memory)    | yes    | copy put back, marker removed   | as before           |
 * | during COMMIT (WAL being written) or after it,   | the import, torn or whole, no     | yes    | WAL moved aside, kept as        | as before           |
 * | before its checkpoint record                    | checkpoint record                 |        | graph.kuzu.wal.discarded-<time>;|                     |
 * |                                                 |                                   |        | the copy put back               |                     |
 * | checkpoint record written, shadow pages applied | the import + CHECKPOINT           | yes    | kept: Kuzu finishes the         | as after the import |
 * |                                                 |                                   |        | checkpoint from the shadow file |                     |
 * | WAL cleared, marker not yet removed             | none or empty                     | yes    | copy put back, marker removed   | as before           |
 * | marker removed, before the answer               | none                              | no     | copy removed                    | as after (an import |
 * |                                                 |                                   |        |                                 | is idempotent)      |
 *
 * No row moves aside a WAL that holds an acknowledged write: writes are acknowledged only after the marker is gone.
 * Then, whenever a WAL is left (small writes, or the checkpoint row), Kuzu replays it first in a child process, which
 * also checkpoints it away: if that replay crashes, this process refuses to open with an error saying so and what
 * the WAL holds, instead of crashing on every start. The child costs ~0.3–1 s, and only after an unclean stop.
 */
export async function recoverBeforeOpen(databasePath: string, options: RecoveryOptions = {}): Promise<void> {
  const marker = new LargeWriteMarker(databasePath);
  const holder = dataFileLockHolder(databasePath);
  const writing = marker.read();
  if (holder) throw new StoreLockedError(`${IN_USE}: process ${holder} holds it`);
  if (holder === undefined && writing && writing.pid !== process.pid && alive(writing.pid)) {
    throw new StoreLockedError(`${IN_USE}: process ${writing.pid} holds it`); // no /proc/locks: the marker's writer
  }
  const wal = `${databasePath}.wal`;
  if (writing) {
    const walLeft = existsSync(wal) && statSync(wal).size > 0;
    if (walLeft && endsWithCheckpoint(wal)) {
      log.warn('an import was interrupted after its commit, while checkpointing: Kuzu finishes the checkpoint, the graph opens with the import', {
        importStartedAt: writing.startedAt,
      });
    } else {
      let kept: string | undefined;
      if (walLeft) {
        kept = `${wal}.discarded-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(wal, kept);
        syncDirectory(dirname(wal));
      }
      // the import may have written pages into the data file itself: the copy taken before it is the graph as before
      const restored = marker.restoreDataFile();
      log.warn('an import was interrupted before it was acknowledged: the graph opens as it was before the import', {
        importStartedAt: writing.startedAt, ...(kept ? { walKept: basename(kept) } : {}), dataFileRestored: restored,
      });
    }
  }
  marker.remove(); // also a copy of the data file left without a marker (killed while copying, or after the marker went)
  if (existsSync(wal) && statSync(wal).size > 0) await replayInChild(databasePath, options.replayScript ?? REPLAY);
}

/** A seam for tests only (KuzuStore.open passes none). */
export interface RecoveryOptions {
  /**
   * The JavaScript the WAL-replay child runs instead of REPLAY (same arguments: kuzu's module path, the database
   * path, the compression setting), so that a test can make the replay crash at a moment it chooses.
   */
  replayScript?: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The WAL's last two bytes are a COMMIT record then a CHECKPOINT record: Kuzu logged the checkpoint of that commit. */
function endsWithCheckpoint(wal: string): boolean {
  const size = statSync(wal).size;
  if (size < 2) return false;
  const tail = Buffer.alloc(2);
  const fd = openSync(wal, 'r');
  try {
    readSync(fd, tail, 0, 2, size - 2);
  } finally {
    closeSync(fd);
  }
  return tail[0] === COMMIT_RECORD && tail[1] === CHECKPOINT_RECORD;
}

/**
 * Opens the database in a child process, which replays the WAL and checkpoints it, so that this process opens a
 * database with no WAL and a crashing replay cannot take it down. The child kills itself if this process dies first
 * (the IPC channel closes), so it never outlives its parent holding the lock.
 */
export const REPLAY = `
process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
const kuzu = require(process.argv[1]);
(async () => {
  const db = new kuzu.Database(process.argv[2], 0, process.argv[3] === 'true');
  await db.init();
  const conn = new kuzu.Connection(db);
  (await conn.query('CHECKPOINT')).close();
  await conn.close();
  await db.close();
})().then(() => process.exit(0), (e) => { process.stderr.write(String((e && e.message) || e)); process.exit(3); });
`;

async function replayInChild(databasePath: string, script: string): Promise<void> {
  // the child opens the file with the store's compression setting: the chunks its checkpoint rewrites stay as they are
  const args = ['-e', script, require.resolve('kuzu'), databasePath, String(KUZU_COMPRESSION)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  if (code === 0) {
    log.info('replayed the write-ahead log left by an unclean stop', { wal: `${basename(databasePath)}.wal` });
    return;
  }
  if (/lock on file/i.test(stderr)) throw new StoreLockedError(IN_USE);
  throw new StoreError(
    `Kuzu could not replay ${databasePath}.wal (${signal ? `it crashed with ${signal}` : stderr.trim() || `exit code ${code}`}). ` +
      'The file holds writes committed since the last checkpoint; Tsunagu will not drop them on its own. To open the graph ' +
      'as of that checkpoint instead, stop every Tsunagu process on this DATA_DIR and move the file aside.',
  );
}
