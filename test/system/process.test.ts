import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { exited, output, run, waitFor } from '../helpers/process';

const TOKEN = 'system-test-admin-token-0123456789';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsunagu-sys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('refuses a second process on the same DATA_DIR with a clear error', async () => {
  const first = run('src/main.ts', [], { DATA_DIR: dir, PORT: '0', ADMIN_TOKEN: TOKEN });
  const out1 = output(first);
  await waitFor(() => out1().includes('serving GraphQL'), 30000);
  const second = run('src/main.ts', [], { DATA_DIR: dir, PORT: '0', ADMIN_TOKEN: TOKEN });
  const out2 = output(second);
  const end = await exited(second);
  expect(end.code).toBe(1);
  expect(out2()).toContain('in use by another Tsunagu process');
  first.kill('SIGTERM');
  expect((await exited(first)).code).toBe(0);
});

it('after kill -9 in the middle of a large import, the graph is as before or as after it, never between', async () => {
  const reps = Array.from({ length: 15000 }, (_, i) => ({ id: `r${i}`, name: `担当 ${i}` }));
  const companies = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, name: `会社 ${i}` }));
  const employments = reps.map((r, i) => ({ repId: r.id, companyId: `c${i % 300}`, since: '2020-01-01' }));
  const relationships = Array.from({ length: 75000 }, (_, i) => ({ a: `r${i % 15000}`, b: `r${(i * 7 + 1 + Math.floor(i / 15000)) % 15000}`, trust: 0.5 }))
    .filter((r) => r.a !== r.b);
  const unique = [...new Map(relationships.map((r) => [[r.a, r.b].sort().join('~'), r])).values()];
  const file = join(dir, 'big.json');
  writeFileSync(file, JSON.stringify({ version: 1, companies, reps, employments, relationships: unique }));
  const data = join(dir, 'data');
  const expected = companies.length + reps.length;

  const importer = run('src/cli/import.ts', [file], { DATA_DIR: data });
  const out = output(importer);
  // employments are written just before the relationships, the longest step: kill inside the transaction
  await waitFor(() => /employments written/.test(out()), 120000);
  importer.kill('SIGKILL');
  expect((await exited(importer)).signal).toBe('SIGKILL');

  const count = async () => {
    const store = await KuzuStore.open({ dataDir: data });
    const n = (await store.read.existingIds('company', companies.map((c) => c.id))).size +
      (await store.read.existingIds('person', reps.map((r) => r.id))).size;
    const ties = (await store.read.relationshipsByPersonIds(['r0']))[0].length;
    await store.close();
    return { n, ties };
  };
  const afterCrash = await count();
  expect([0, expected]).toContain(afterCrash.n);
  if (afterCrash.n === 0) expect(afterCrash.ties).toBe(0);

  const again = run('src/cli/import.ts', [file], { DATA_DIR: data });
  const end = await exited(again);
  expect(end.code).toBe(0);
  const complete = await count();
  expect(complete.n).toBe(expected);
  expect(complete.ties).toBeGreaterThan(0);
}, 300000);
