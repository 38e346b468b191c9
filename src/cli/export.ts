import { type ReadableStream as WebReadableStream } from 'node:stream/web';
import 'reflect-metadata';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '@/config';
import { createStore } from '@/store/create-store';
import { snapshotJson, snapshotRecords } from '@/store/snapshot-export';
import { takeSnapshot } from '@/app/snapshot/export-snapshot';
import { OFFLINE_ADMIN } from './offline-admin';
import { StoreLockedError } from '@/store/store-errors';

const USAGE = `usage: npm run export -- FILE.json                         the configured engine (the service stopped, for Kuzu)
       npm run export -- FILE.json --from http://HOST:PORT     from a running service (GET /snapshot, an admin token
                                                               in TSUNAGU_TOKEN or --token)`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Writes `pieces` to `file` through a temporary file renamed at the end: an interrupted export leaves no half file. */
async function writeAtomically(file: string, pieces: Iterable<string> | AsyncIterable<Uint8Array>): Promise<void> {
  const temporary = `${file}.partial`;
  try {
    await pipeline(Readable.from(pieces), createWriteStream(temporary));
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** A backup from the running service: its admin-only GET /snapshot, one consistent read of the whole graph. */
async function fromService(base: string, file: string, token: string | undefined): Promise<number> {
  if (!token) {
    process.stderr.write('export: --from needs an admin token: set TSUNAGU_TOKEN (or pass --token)\n');
    return 2;
  }
  const url = new URL('/snapshot', base.replace(/\/graphql\/?$/, '/'));
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200 || !res.body) {
    process.stderr.write(`export: ${url} answered ${res.status}: ${(await res.text()).slice(0, 500)}\n`);
    return 1;
  }
  await writeAtomically(file, Readable.fromWeb(res.body as WebReadableStream<Uint8Array>));
  process.stdout.write(`exported the snapshot of ${url.origin} to ${file}\n`);
  return 0;
}

/** npm run export -- FILE: the whole graph as a snapshot that `import` reads back to the same graph. */
async function main(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || file.startsWith('--')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const from = flag(args, 'from');
  if (from) return fromService(from, file, flag(args, 'token') ?? process.env.TSUNAGU_TOKEN);
  let store;
  try {
    store = await createStore(loadConfig());
  } catch (e) {
    if (e instanceof StoreLockedError) {
      process.stderr.write(`export: ${e.message}. While the service runs, take the backup from it: npm run export -- ${file} --from http://HOST:PORT (an admin token in TSUNAGU_TOKEN)\n`);
      return 1;
    }
    throw e;
  }
  try {
    const snapshot = await takeSnapshot(store, OFFLINE_ADMIN);
    await writeAtomically(file, snapshotJson(snapshot));
    process.stdout.write(`exported ${snapshotRecords(snapshot)} records to ${file}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  process.stderr.write(`export: ${(e as Error).message}\n`);
  process.exit(1);
});
