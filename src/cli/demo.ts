import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { loadConfig } from '@/config';
import { createStore } from '@/store/create-store';
import { startServer } from '@/server';
import { warmUpBeforeReady } from '@/app/paths/warm-up';
import { log } from '@/log';
import { DEMO_AS_OF, loadDemoNetwork } from './demo-network';

/**
 * npm run demo: loads the generated demo network into an embedded store under DATA_DIR (default ./demo-data,
 * apart from ./data) once, then serves it with "today" pinned to DEMO_AS_OF (default: the data's last day), so its
 * answers are the ones README shows. Prints an admin token to use (ADMIN_TOKEN, or a new one).
 */
async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: process.env.DATA_DIR ?? resolve('demo-data'), GRAPH_ENGINE: process.env.GRAPH_ENGINE ?? 'embedded' };
  const token = env.ADMIN_TOKEN || `demo_${randomBytes(24).toString('base64url')}`;
  const config = loadConfig({ ...env, ADMIN_TOKEN: token, DEMO_AS_OF: env.DEMO_AS_OF || DEMO_AS_OF }, 'service');
  const store = await createStore(config);
  await loadDemoNetwork(store, (line) => process.stderr.write(`${line}\n`));
  const server = await startServer(config, store);
  warmUpBeforeReady(store, config.asOf);
  process.stdout.write(
    `\nTsunagu demo at ${server.url} (data in ${config.dataDir}; "today" is ${config.asOf})\n` +
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
