import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { importSnapshot } from '@/wiring/snapshot';

it('imports are not cut off by the per-query time limit meant for requests, which still applies after', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-timeout-'));
  const store = await KuzuStore.open({ dataDir: dir, queryTimeoutMs: 150 });
  await importSnapshot(store, { reps: [{ id: 'seed', name: 'Seed' }] }); // a graph with data: the staged, slower path
  const reps = Array.from({ length: 30000 }, (_, i) => ({ id: `r${i}`, name: `R ${i}` }));
  const relationships = reps.slice(1).map((r, i) => ({ a: reps[i].id, b: r.id, trust: 0.5 }));
  const started = Date.now();
  const result = await importSnapshot(store, { reps, relationships });
  expect(result.total).toBe(reps.length + relationships.length);
  expect(Date.now() - started).toBeGreaterThan(150); // the import did take longer than the limit
  expect((await store.read.relationshipsByPersonIds(['r1']))[0]).toHaveLength(2);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});
