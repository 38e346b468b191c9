import { once } from 'node:events';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Actor } from '@/domain/auth/actor';
import { Forbidden } from '@/app/errors';
import { takeSnapshot } from '@/app/snapshot/export-snapshot';
import { ErrorCode } from '@/graphql/errors/error-code';
import { type GraphStore } from '@/store/graph-store';
import { snapshotJson } from '@/store/snapshot-export';

const refusal = (message: string, code: string): string => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/**
 * `GET /snapshot`: the whole graph as a snapshot (the format `npm run export` writes and `importSnapshot` reads), for
 * admins only, while the service runs: a backup of the embedded engine, whose directory no second process may open.
 * It is read in one read transaction (one committed state, writes go on meanwhile) and streamed with backpressure.
 */
/**
 * `authenticated` is the server's own check (rate-limited like /graphql): the caller, or null once it answered 401 or
 * 429.
 */
export async function serveSnapshot(
  req: IncomingMessage, res: ServerResponse, store: GraphStore, authenticated: () => Promise<Actor | null>,
): Promise<void> {
  const json = { 'content-type': 'application/json' };
  if (req.method !== 'GET') {
    res.writeHead(405, { ...json, allow: 'GET' }).end(refusal('Use GET /snapshot', 'METHOD_NOT_ALLOWED'));
    return;
  }
  const actor = await authenticated();
  if (!actor) return;
  let snapshot: Awaited<ReturnType<typeof takeSnapshot>>;
  try {
    snapshot = await takeSnapshot(store, actor);
  } catch (e) {
    if (!(e instanceof Forbidden)) throw e;
    res.writeHead(403, json).end(refusal(e.message, ErrorCode.FORBIDDEN));
    return;
  }
  res.writeHead(200, { ...json, 'content-disposition': 'attachment; filename="snapshot.json"', 'cache-control': 'no-store' });
  for (const piece of snapshotJson(snapshot)) {
    if (!res.write(piece)) await drainedOrClosed(res);
    if (res.destroyed) return; // the client went away
  }
  res.end();
}

/**
 * Resolves when `res` can take more, or has closed. The listener of whichever did not happen is removed: a listener
 * left behind at every pause of a large backup added up (MaxListenersExceededWarning, found by a new user).
 */
export async function drainedOrClosed(res: NodeJS.EventEmitter): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race([once(res, 'drain', { signal: stop.signal }), once(res, 'close', { signal: stop.signal })]);
  } finally {
    stop.abort();
  }
}
