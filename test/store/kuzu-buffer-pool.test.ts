import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, KUZU_SERVICE_BUFFER_POOL_MB, loadConfig } from '@/config';
import { createStore } from '@/store/create-store';
import { translateKuzuError } from '@/store/kuzu/kuzu-store';
import { aRep as rep } from '../helpers/factories';

// KUZU_BUFFER_POOL_MB bounds the embedded engine's page memory; unset, Kuzu keeps its own default (README, configuration).
describe('KUZU_BUFFER_POOL_MB', () => {
  it("defaults to Kuzu's own pool (0) in tools and to a bound in the service, takes 0 or a whole number of MiB from 512, and says what is allowed otherwise", () => {
    expect(loadConfig({}).kuzuBufferPoolMb).toBe(0);
    expect(loadConfig({ KUZU_BUFFER_POOL_MB: '0' }).kuzuBufferPoolMb).toBe(0);
    expect(loadConfig({ KUZU_BUFFER_POOL_MB: '512' }).kuzuBufferPoolMb).toBe(512);
    // the service bounds it unless told otherwise (issue 14: its RSS at 100,000 people); tools keep Kuzu's own
    expect(KUZU_SERVICE_BUFFER_POOL_MB).toBeGreaterThanOrEqual(512);
    expect(loadConfig({}, 'service').kuzuBufferPoolMb).toBe(KUZU_SERVICE_BUFFER_POOL_MB);
    // set but empty is a mistake, not unset (src/config.ts)
    expect(() => loadConfig({ KUZU_BUFFER_POOL_MB: '' }, 'service')).toThrow(`KUZU_BUFFER_POOL_MB is set but empty: give it a value, or unset it (${KUZU_SERVICE_BUFFER_POOL_MB}; allowed: 0 or a whole number of MiB from 512)`);
    expect(loadConfig({ KUZU_BUFFER_POOL_MB: '0' }, 'service').kuzuBufferPoolMb).toBe(0);
    expect(loadConfig({ KUZU_BUFFER_POOL_MB: '2048' }, 'service').kuzuBufferPoolMb).toBe(2048);
    expect(loadConfig({}, 'tool').kuzuBufferPoolMb).toBe(0);
    // found by an outsider: 64 (the old minimum) could not hold the demo's import; " 64", 0x40 and 1e2 went through Number()
    for (const bad of ['64', '256', '511', '-1', '1.5', 'lots', ' 600', '0x400', '1e3', '1048577']) {
      expect(() => loadConfig({ KUZU_BUFFER_POOL_MB: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ KUZU_BUFFER_POOL_MB: bad }, 'service')).toThrow(ConfigError);
      expect(() => loadConfig({ KUZU_BUFFER_POOL_MB: bad })).toThrow(`KUZU_BUFFER_POOL_MB must be 0 (Kuzu's own default: 80 % of memory) or a whole number of MiB from 512 to 1048576, got "${bad}"`);
    }
  });

  it('a full pool is reported with the setting to change', () => {
    const e = translateKuzuError(new Error('Buffer manager exception: Unable to allocate memory! The buffer pool is full and no memory could be freed!'));
    expect(e.message).toContain('Raise KUZU_BUFFER_POOL_MB');
  });

  it('the embedded store works within the smallest pool: writes, reads and reopens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-pool-'));
    const config = { ...loadConfig({ DATA_DIR: dir, KUZU_BUFFER_POOL_MB: '512' }) };
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

describe('whole-number settings', () => {
  it('take digits only (found by an outsider: MAX_BODY_BYTES=1e6 was taken while KUZU_BUFFER_POOL_MB=1e3 was refused)', () => {
    expect(loadConfig({ MAX_BODY_BYTES: '2000000' }).maxBodyBytes).toBe(2_000_000);
    for (const bad of ['1e6', ' 5000', '0x10000', '5000.0', '5,000']) {
      expect(() => loadConfig({ MAX_BODY_BYTES: bad })).toThrow(`MAX_BODY_BYTES must be a whole number from 1024 to 1073741824, got "${bad}"`);
    }
    // a minus zero is not a port (found by an outsider: PORT=-0 was taken as 0)
    for (const bad of ['-0', '-00']) expect(() => loadConfig({ PORT: bad })).toThrow(`PORT must be a whole number from 0 to 65535, got "${bad}"`);
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });
});
