import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { loadConfig } from '@/config';
import { collectSnapshot, generateSnapshot } from '@/domain/generator';
import { createStore } from '@/store/create-store';
import { importSnapshot } from '@/graphql/snapshot/snapshot.service';
import { startServer } from '@/server';
import { log } from '@/log';

/** The demo network: 5,000 people, seed "demo" (about 330 partners, 5,000 reps, 50 managers). */
export const DEMO = { people: 5000, seed: 'demo' };
const LOADED = `demo:${DEMO.people}:${DEMO.seed}`;

/**
 * npm run demo: loads the generated demo network into an embedded store under DATA_DIR (default ./demo-data,
 * apart from ./data) once, then serves it. Prints an admin token to use (ADMIN_TOKEN, or a new one).
 */
async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: process.env.DATA_DIR ?? resolve('demo-data'), GRAPH_ENGINE: process.env.GRAPH_ENGINE ?? 'embedded' };
  const token = env.ADMIN_TOKEN || `demo_${randomBytes(18).toString('base64url')}`;
  const config = loadConfig({ ...env, ADMIN_TOKEN: token });
  const store = await createStore(config);
  if ((await store.read.getMeta(LOADED)) === null) {
    process.stderr.write(`demo: generating ${DEMO.people} people (seed "${DEMO.seed}") and importing them…\n`);
    const result = await importSnapshot(store, collectSnapshot(generateSnapshot(DEMO)));
    await store.write((ops) => ops.setMeta(LOADED, new Date().toISOString()));
    process.stderr.write(`demo: imported ${result.total} records in ${(result.durationMs / 1000).toFixed(1)} s\n`);
  }
  const server = await startServer(config, store);
  process.stdout.write(
    `\nTsunagu demo at ${server.url} (data in ${config.dataDir})\n` +
      `Admin token for this run: ${token}\n\n` +
      `  curl -s ${server.url} -H 'content-type: application/json' -H 'authorization: Bearer ${token}' \\\n` +
      `    -d '{"query":"{ companies(first: 3) { edges { node { name industry currentReps { name } } } } }"}'\n\n`,
  );
  const stop = async (): Promise<void> => {
    await server.stop();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((e) => {
  log.error('demo failed', { error: e });
  process.exit(1);
});
