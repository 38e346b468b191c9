import 'reflect-metadata';
import { ConfigError, loadConfig } from '@/config';
import { createStore } from '@/store/create-store';
import { StoreError } from '@/store/store-errors';
import { startServer } from '@/server';
import { warmUpBeforeReady } from '@/app/paths/warm-up';
import { BOOTSTRAP_FILE, ensureBootstrapAdmin } from '@/auth/authenticate';
import { log } from '@/log';

async function main(): Promise<void> {
  const config = loadConfig(process.env, 'service');
  const store = await createStore(config);
  const bootstrap = await ensureBootstrapAdmin(config, store);
  const server = await startServer(config, store, bootstrap.hash);
  warmUpBeforeReady(store, config.asOf);
  if (bootstrap.secret) {
    process.stdout.write(
      `\nNo credentials were configured, so Tsunagu created a first admin token. It is shown this once; only its hash is kept\n` +
        `in ${config.dataDir}/${BOOTSTRAP_FILE}:\n\n    ${bootstrap.secret}\n\n` +
        `Send it as:  Authorization: Bearer <token>\n` +
        `Then create named tokens with it (the createApiToken mutation while the service runs, or \`npm run token -- create\`\n` +
        `while it is stopped) and delete that file.\n\n`,
    );
  }
  log.info('Tsunagu is serving GraphQL', { url: server.url, engine: store.engine, dataDir: store.engine === 'kuzu' ? config.dataDir : undefined });
  let stopping = false;
  // Apollo does not handle signals (createApollo): the order is ours. Stop accepting connections and let requests in
  // flight finish (up to 10 s), then stop Apollo (server.stop), then close the store.
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    let code = 0;
    try {
      await server.stop(10000);
    } catch (error) {
      log.error('draining the server failed', { error });
      code = 1;
    }
    try {
      await store.close();
    } catch (error) {
      log.error('closing the store failed', { error });
      code = 1;
    }
    log.info('stopped');
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof StoreError) {
    process.stderr.write(`tsunagu: ${e.message}\n`);
  } else {
    log.error('failed to start', { error: e });
  }
  process.exit(1);
});
