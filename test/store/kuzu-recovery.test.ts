/**
 * The restart after a kill -9 during an import (kuzu-recovery.ts) gives the graph as it was before the import: a kill
 * during the import's COMMIT or checkpoint can leave its pages in the data file itself, so the recovery puts back the
 * copy of the data file taken before the import, besides setting the WAL aside. Files only: no Kuzu process here.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recoverBeforeOpen } from '@/store/kuzu/kuzu-recovery';
import { LargeWriteMarker } from '@/store/kuzu/large-write-marker';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsunagu-recovery-'));
  db = join(dir, 'graph.kuzu');
  writeFileSync(db, 'before the import');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What an import killed mid-way leaves: the marker and the copy (as largeTransaction writes them), a changed data file. */
function killedDuringImport(wal: Buffer | null): void {
  new LargeWriteMarker(db).write();
  writeFileSync(db, 'pages of the import');
  if (wal) writeFileSync(`${db}.wal`, wal);
}

it('a torn or whole import WAL without a checkpoint record: WAL set aside, data file as before the import', async () => {
  killedDuringImport(Buffer.from([9, 9, 9, 2]));
  await recoverBeforeOpen(db);
  expect(readFileSync(db, 'utf8')).toBe('before the import');
  expect(readdirSync(dir).sort()).toEqual(['graph.kuzu', expect.stringMatching(/^graph\.kuzu\.wal\.discarded-/)]);
});

it('killed before COMMIT wrote anything to the WAL: data file as before the import', async () => {
  killedDuringImport(null);
  await recoverBeforeOpen(db);
  expect(readFileSync(db, 'utf8')).toBe('before the import');
  expect(readdirSync(dir)).toEqual(['graph.kuzu']);
});

it('a copy left without its marker (killed after the marker went) is removed, the data file kept', async () => {
  const marker = new LargeWriteMarker(db);
  marker.write();
  writeFileSync(db, 'after the import');
  rmSync(marker.path);
  await recoverBeforeOpen(db);
  expect(readFileSync(db, 'utf8')).toBe('after the import');
  expect(existsSync(marker.before)).toBe(false);
});
