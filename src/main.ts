import 'reflect-metadata';
import { ConfigError, loadConfig } from '@/config';
import { createStore } from '@/store/create-store';
import { StoreError } from '@/store/store-errors';
import { startServer } from '@/server';
import { log } from '@/log';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await createStore(config);
  const server = await startServer(config, store);
  log.info('Tsunagu is serving GraphQL', { url: server.url, engine: store.engine, dataDir: store.engine === 'kuzu' ? config.dataDir : undefined });
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    await server.stop();
    await store.close();
    process.exit(0);
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
