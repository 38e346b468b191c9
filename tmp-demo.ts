import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore } from '@/store/kuzu/kuzu-store';
import { DEMO_AS_OF, loadDemoNetwork } from '@/cli/demo-network';
import { TestApi } from './test/helpers/graphql';

async function main() {
  const dir = process.env.DEMO_DIR ?? mkdtempSync(join(tmpdir(), 'demo-'));
  const store = await KuzuStore.open({ dataDir: dir, readConnections: 2 });
  await loadDemoNetwork(store);
  const api = await TestApi.create(store, { DEMO_AS_OF });
  const q = async (s: string, v: Record<string, unknown> = {}) => console.log(JSON.stringify(await api.run(s, v), null, 0));
  for (const s of process.argv.slice(2)) await q(s);
  await api.stop();
  await store.close();
  console.error('dir', dir);
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
