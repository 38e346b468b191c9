/**
 * Every named query of the Kuzu library prepared on a real Kuzu with the service's schema (all migrations applied):
 * Kuzu binds a query when preparing it, so a wrong label, property or function fails here even for a query no other
 * test runs (test/store/query-library.test.ts parses every Neo4j query the same way).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu, { type Connection, type Database } from 'kuzu';
import { QueryLibrary } from '@/store/cypher/query-library';
import { KuzuStore } from '@/store/kuzu/kuzu-store';

const library = QueryLibrary.load('kuzu');
const dir = mkdtempSync(join(tmpdir(), 'tsunagu-kuzu-queries-'));
const emptyFile = join(dir, 'empty.json');
let db: Database;
let conn: Connection;

/** The staging templates take a table and a file (kuzu-import.ts fills them): here a staging table and an empty file. */
function text(name: string): string {
  return library.get(name).replace('{table}', 'CompanyStage').replace('{file}', emptyFile);
}

/** Kuzu's error for the query, or null when it prepares. */
async function prepareError(query: string): Promise<string | null> {
  const prepared = await conn.prepare(query);
  return prepared.isSuccess() ? null : prepared.getErrorMessage();
}

beforeAll(async () => {
  const store = await KuzuStore.open({ dataDir: dir, readConnections: 1 });
  await store.close();
  writeFileSync(emptyFile, '[]');
  db = new kuzu.Database(join(dir, 'graph.kuzu'));
  conn = new kuzu.Connection(db);
});

afterAll(async () => {
  await conn?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('every Kuzu query of the library', () => {
  it('is more than a handful (the library was loaded)', () => {
    expect(library.names().length).toBeGreaterThan(100);
    expect(library.names()).toEqual(expect.arrayContaining(['paths/naive', 'import/companies', 'import/copy-stage']));
  });

  it.each(library.names())('Kuzu prepares %s', async (name) => {
    expect(await prepareError(text(name))).toBeNull();
  });

  it('the check can fail: Kuzu refuses a query over a property the schema lacks', async () => {
    expect(await prepareError('MATCH (c:Company) RETURN c.noSuchProperty')).toMatch(/noSuchProperty/);
  });
});
