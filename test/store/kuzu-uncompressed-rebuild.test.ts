/**
 * Kuzu only (src/store/kuzu/uncompressed-rebuild.ts). A graph written compressed, as every version before
 * KUZU_COMPRESSION = false did, keeps compressed chunks whatever opens it later, and with them Kuzu 0.11.3's string
 * corruption (kuzu-null-string-checkpoint.test.ts). Its first open rebuilds it uncompressed, whole, keeping the old
 * file. The old versions are played here by opening Kuzu with compression on (the module's setting, mocked) and
 * skipping the check.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { type Company } from '@/domain/company/company';
import { BARE_COMPANY, twoNetworks } from './null-strings.fixture';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { exportSnapshot } from '@/store/snapshot-export';
import { importSnapshot } from '@/wiring/snapshot';

let mockCompression = true;
jest.mock('@/store/kuzu/kuzu-database', () => ({
  get KUZU_COMPRESSION() {
    return mockCompression;
  },
  openKuzuDatabase: (path: string) => new (jest.requireActual('kuzu').Database)(path, 0, mockCompression),
}));
// the earlier versions had no check either
jest.mock('@/store/kuzu/uncompressed-rebuild', () => {
  const actual = jest.requireActual('@/store/kuzu/uncompressed-rebuild');
  return { ...actual, needsUncompressedRebuild: (run: unknown, created: boolean) => (mockCompression ? Promise.resolve(false) : actual.needsUncompressedRebuild(run, created)) };
});

const { first, second, ids } = twoNetworks('rebuild');
const bare = BARE_COMPANY;

let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'tsunagu-rebuild-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function compressions(file: string): Promise<string[]> {
  const db = new kuzu.Database(file, 0, false);
  const conn = new kuzu.Connection(db);
  try {
    const result = await conn.query("CALL storage_info('Company') WITH * WHERE column_name ENDS WITH '_index' RETURN DISTINCT compression");
    const one = Array.isArray(result) ? result[0] : result;
    const rows = await one.getAll();
    one.close();
    return rows.map((r) => String(r.compression).replace(/\[.*$/, '')).sort();
  } finally {
    await conn.close();
    await db.close();
  }
}

it('a graph written compressed is rebuilt uncompressed at its first open: every record kept, the old file kept, and NULL strings no longer corrupt it', async () => {
  const dir = join(root, 'graph');
  const file = join(dir, 'graph.kuzu');
  // as an earlier version: compressed, an import into a populated graph, a token and an audited write
  let store = await KuzuStore.open({ dataDir: dir });
  let exported: unknown;
  let expected: (Company | null)[];
  try {
    await importSnapshot(store, first);
    await importSnapshot(store, second);
    await store.write((ops) => ops.setMeta('acknowledged', 'kept'));
    exported = await store.readConsistent(exportSnapshot);
    expected = await store.withoutRecordCache().read.companiesByIds(ids);
  } finally {
    await store.close();
  }
  expect(await compressions(file)).toContain('INTEGER_BITPACKING');

  mockCompression = false;
  store = await KuzuStore.open({ dataDir: dir });
  try {
    expect(await store.readConsistent(exportSnapshot)).toEqual(exported);
    expect(await store.read.getMeta('acknowledged')).toBe('kept');
    await store.write((ops) => ops.saveCompany(bare));
  } finally {
    await store.close(); // checkpoints the NULL strings: on the compressed file this tore every company's strings
  }
  expect(await compressions(file)).toEqual(['UNCOMPRESSED']);
  expect(readdirSync(dir).filter((f) => f.startsWith('graph.kuzu.compressed-'))).toHaveLength(1);
  expect(readdirSync(dir).filter((f) => /rebuil/.test(f))).toEqual([]);

  store = await KuzuStore.open({ dataDir: dir }); // no second rebuild
  try {
    expect(await store.read.companiesByIds(ids)).toEqual(expected);
    expect((await store.read.companiesByIds([bare.id]))[0]).toEqual({ ...bare, version: expect.any(Number) });
  } finally {
    await store.close();
  }
  expect(readdirSync(dir).filter((f) => f.startsWith('graph.kuzu.compressed-'))).toHaveLength(1);
}, 180_000);
