import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, KUZU_BUFFER_POOL_MB, loadConfig } from '@/config';
import { createStore } from '@/store/create-store';
import { aRep as rep } from '../helpers/factories';

// Kuzu's own default buffer pool is 80 % of the machine's memory; the service bounds it (README, configuration).
describe('KUZU_BUFFER_POOL_MB', () => {
  it('defaults to a bound, takes a whole number of MiB from 64, and says what is allowed otherwise', () => {
    expect(KUZU_BUFFER_POOL_MB).toBe(1024);
    expect(loadConfig({}).kuzuBufferPoolMb).toBe(1024);
    expect(loadConfig({ KUZU_BUFFER_POOL_MB: '256' }).kuzuBufferPoolMb).toBe(256);
    for (const bad of ['63', '0', '1.5', 'lots']) {
      expect(() => loadConfig({ KUZU_BUFFER_POOL_MB: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ KUZU_BUFFER_POOL_MB: bad })).toThrow(`KUZU_BUFFER_POOL_MB must be a whole number from 64 to 1048576, got "${bad}"`);
    }
  });

  it('the embedded store works within the smallest pool: writes, reads and reopens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-pool-'));
    const config = { ...loadConfig({ DATA_DIR: dir, KUZU_BUFFER_POOL_MB: '64' }) };
    try {
      const ids = Array.from({ length: 500 }, (_, i) => `p${i}`);
      let store = await createStore(config);
      await store.write(async (ops) => {
        for (const id of ids) await ops.savePerson(rep(id));
      });
      await store.close();
      store = await createStore(config);
      expect((await store.read.peopleByIds(ids)).every((p) => p !== null)).toBe(true);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
