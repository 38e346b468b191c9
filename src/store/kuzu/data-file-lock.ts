import { existsSync, readFileSync, statSync } from 'node:fs';

/**
 * Whether another process holds Kuzu's lock on the database file, read without opening Kuzu. Kuzu takes a POSIX
 * record lock (fcntl F_SETLK) on `graph.kuzu`, which Node cannot test, but Linux lists every such lock in
 * /proc/locks ("1: POSIX ADVISORY WRITE <pid> <major>:<minor>:<inode> 0 EOF"). Checking first matters: Kuzu 0.11.3
 * reads the WAL and removes the shadow file *before* it takes its lock, so even a refused second open can disturb
 * a running process's checkpoint, and our recovery must never move a WAL that a live process is writing.
 *
 * Returns the holder's pid, null when nobody holds it, or undefined where /proc/locks does not exist (not Linux).
 */
export function dataFileLockHolder(databasePath: string): number | null | undefined {
  if (!existsSync('/proc/locks')) return undefined;
  if (!existsSync(databasePath)) return null;
  const { dev, ino } = statSync(databasePath, { bigint: true });
  // glibc's gnu_dev_major / gnu_dev_minor
  const major = ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
  const minor = (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
  for (const line of readFileSync('/proc/locks', 'utf8').split('\n')) {
    const fields = line.trim().split(/\s+/);
    const at = fields.indexOf('POSIX');
    if (at < 0 || fields[at - 1] === '->') continue; // "->" lines are processes waiting for a lock, not holding one
    const pid = Number(fields[at + 3]);
    const [maj, min, inode] = (fields[at + 4] ?? '').split(':');
    if (inode === undefined || BigInt(inode) !== ino) continue;
    if (BigInt(`0x${maj}`) === major && BigInt(`0x${min}`) === minor) return pid;
  }
  return null;
}
