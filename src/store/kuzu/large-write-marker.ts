import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the marker records: who started the large write transaction, and when (for logs and the lock fallback). */
export interface LargeWrite {
  pid: number;
  startedAt: string;
}

/**
 * `graph.kuzu.large-write`: present from just before a large write transaction (an import) begins until it is
 * checkpointed, so while it exists no write it covers has been acknowledged. Written and removed durably (the file
 * and its directory are fsynced), so that no crash, power loss included, leaves a marker that names an acknowledged
 * write or loses one that names an unacknowledged write. See kuzu-recovery.ts for how the next open reads it.
 *
 * Before the marker, a copy of the data file as it was (just checkpointed, so complete) is kept beside it,
 * `graph.kuzu.before-large-write`: a kill -9 during the import's COMMIT or checkpoint can leave pages of the import in
 * the data file itself, so setting its WAL aside alone does not give the graph as before (measured: the next import
 * then failed with a duplicated primary key in an empty staging table, and Kuzu segfaulted on close).
 */
export class LargeWriteMarker {
  readonly path: string;
  /** The data file as it was before the large write. */
  readonly before: string;

  constructor(private readonly databasePath: string) {
    this.path = `${databasePath}.large-write`;
    this.before = `${databasePath}.before-large-write`;
  }

  read(): LargeWrite | null {
    if (!existsSync(this.path)) return null;
    try {
      return JSON.parse(readFileSync(this.path, 'utf8')) as LargeWrite;
    } catch {
      return { pid: 0, startedAt: 'unknown' }; // its content is for logs only: presence is what counts
    }
  }

  /**
   * Copies the data file (call it right after a CHECKPOINT, under the write lock), then writes the marker: a temporary
   * file, fsynced, renamed into place, the directory fsynced.
   */
  write(): void {
    const copying = `${this.before}.tmp`;
    copyOutsideThisProcess(this.databasePath, copying);
    syncFile(copying);
    renameSync(copying, this.before);
    const temporary = `${this.path}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() } satisfies LargeWrite));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
    syncDirectory(dirname(this.path));
  }

  /** Removes the marker (durably), then the copy of the data file. */
  remove(): void {
    rmSync(`${this.path}.tmp`, { force: true });
    if (existsSync(this.path)) {
      rmSync(this.path);
      syncDirectory(dirname(this.path));
    }
    rmSync(`${this.before}.tmp`, { force: true });
    rmSync(this.before, { force: true });
  }

  /** Puts the copy taken before the large write back as the data file (durably). False when there is no copy. */
  restoreDataFile(): boolean {
    if (!existsSync(this.before)) return false;
    renameSync(this.before, this.databasePath);
    syncDirectory(dirname(this.path));
    return true;
  }
}

/**
 * Copies `from` to `to` in a child process. Kuzu's lock on the data file is a POSIX record lock, and POSIX drops every
 * such lock a process holds on a file when the process closes *any* descriptor of that file: copying it here (which
 * opens and closes it) would leave the running service's directory unlocked, so that `npm run export` or a second
 * service could open it beside us (found by a new user: the export replayed and deleted the live WAL).
 */
function copyOutsideThisProcess(from: string, to: string): void {
  const copy = "const fs = require('node:fs'); fs.copyFileSync(process.argv[1], process.argv[2], fs.constants.COPYFILE_FICLONE)";
  const run = spawnSync(process.execPath, ['-e', copy, from, to], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`could not copy ${from} before a large write: ${run.stderr.trim() || `exit ${run.status ?? run.signal}`}`);
}

/** Makes a file's content durable. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename or unlink in `dir` durable. */
export function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
