/**
 * Kuzu only (how the embedded engine stores strings: src/store/kuzu/kuzu-database.ts). Kuzu 0.11.3's compressed
 * string chunks lose their frame of reference when a checkpoint writes NULLs into them in place: after an import into
 * a populated graph (which sets every company's strings), creating one company with no reading, no industry, no
 * strengths, and checkpointing it (here: closing the store), read every other company's strings as another row's,
 * or crashed the reader (the kill -9 soak's "mixed reads", issue 12 §4). The store writes the graph uncompressed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { type Company } from '@/domain/company/company';
import { BARE_COMPANY, twoNetworks } from './null-strings.fixture';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { importSnapshot } from '@/wiring/snapshot';

const { first, second, ids } = twoNetworks('null-strings');

const bare = BARE_COMPANY;

let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'tsunagu-null-strings-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('after an import into a populated graph, a company created with NULL strings and checkpointed leaves every other company as it was', async () => {
  const dir = join(root, 'graph');
  let store = await KuzuStore.open({ dataDir: dir });
  let expected: (Company | null)[];
  try {
    await importSnapshot(store, first); // into the empty graph (bulk load)
    await importSnapshot(store, second); // into the populated graph (staged, sets every company's strings)
    expected = await store.withoutRecordCache().read.companiesByIds(ids);
    expect(expected.every((c) => c !== null && c.nameKana && c.industry && c.strengths)).toBe(true);
    await store.write((ops) => ops.saveCompany(bare));
  } finally {
    await store.close(); // checkpoints the write
  }
  store = await KuzuStore.open({ dataDir: dir });
  try {
    expect(await store.read.companiesByIds(ids)).toEqual(expected);
    expect((await store.read.companiesByIds([bare.id]))[0]).toEqual({ ...bare, version: expect.any(Number) });
  } finally {
    await store.close();
  }
  // the chunks are uncompressed, so no later checkpoint can move a frame of reference (Kuzu's storage_info lists them)
  const db = new kuzu.Database(join(dir, 'graph.kuzu'));
  const conn = new kuzu.Connection(db);
  try {
    const result = await conn.query("CALL storage_info('Company') WITH * WHERE column_name ENDS WITH '_index' RETURN DISTINCT compression");
    const rows = await (Array.isArray(result) ? result[0] : result).getAll();
    (Array.isArray(result) ? result : [result]).forEach((r) => r.close());
    expect(rows.map((r) => r.compression)).toEqual(['UNCOMPRESSED']);
  } finally {
    await conn.close();
    await db.close();
  }
}, 120_000);
