/**
 * The service holds its data directory for as long as it runs, imports included. Kuzu's lock on graph.kuzu is a POSIX
 * record lock, which a process loses when it closes any descriptor of that file: the copy taken before a large write
 * once did that, after which `npm run export` opened the running service's directory, replayed its live WAL and
 * deleted it (found by a new user). Checked from /proc/locks, and by a second process trying to open the directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { dataFileLockHolder } from '@/store/kuzu/data-file-lock';
import { IN_USE } from '@/store/kuzu/kuzu-recovery';
import { importSnapshot } from '@/wiring/snapshot';
import { sampleSnapshot } from '../helpers/sample-snapshot';

const itOnLinux = process.platform === 'linux' ? it : it.skip;

itOnLinux('keeps the lock on its data file across an import, so a second process is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-lock-'));
  const store = await KuzuStore.open({ dataDir: dir, readConnections: 1 });
  try {
    expect(dataFileLockHolder(join(dir, 'graph.kuzu'))).toBe(process.pid);
    await importSnapshot(store, sampleSnapshot()); // a large write: the data file is copied before it
    await importSnapshot(store, sampleSnapshot());
    expect(dataFileLockHolder(join(dir, 'graph.kuzu'))).toBe(process.pid);

    // what the new user ran: npm run export against the running service's directory
    const second = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli/export.ts', join(dir, 'backup.json')], {
      cwd: join(__dirname, '..', '..'), encoding: 'utf8', timeout: 60_000, env: { ...process.env, DATA_DIR: dir, GRAPH_ENGINE: 'embedded' },
    });
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain(IN_USE);
    expect(existsSync(join(dir, 'backup.json'))).toBe(false);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
