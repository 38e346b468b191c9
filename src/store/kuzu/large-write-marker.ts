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
 */
export class LargeWriteMarker {
  readonly path: string;

  constructor(databasePath: string) {
    this.path = `${databasePath}.large-write`;
  }

  read(): LargeWrite | null {
    if (!existsSync(this.path)) return null;
    try {
      return JSON.parse(readFileSync(this.path, 'utf8')) as LargeWrite;
    } catch {
      return { pid: 0, startedAt: 'unknown' }; // its content is for logs only: presence is what counts
    }
  }

  /** Writes a temporary file, fsyncs it, renames it into place and fsyncs the directory. */
  write(): void {
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

  remove(): void {
    rmSync(`${this.path}.tmp`, { force: true });
    if (!existsSync(this.path)) return;
    rmSync(this.path);
    syncDirectory(dirname(this.path));
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
