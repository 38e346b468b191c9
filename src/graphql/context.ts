import { randomUUID } from 'node:crypto';
import { type Config } from '@/config';
import { type Actor } from '@/domain/auth/actor';
import { type GraphStore } from '@/store/graph-store';
import { type Loaders, createLoaders } from './loaders';

/** Built once per request: the store, fresh loaders, the request id and the day the request runs on. */
export interface RequestContext {
  store: GraphStore;
  config: Config;
  loaders: Loaders;
  /** The server's own id of the request (the audit's requestId, the logs', the response's x-request-id). */
  requestId: string;
  /** The x-request-id the client sent, at most CLIENT_REQUEST_ID_MAX characters; null when none. */
  clientRequestId: string | null;
  /** YYYY-MM-DD (UTC) of the request, or the pinned DEMO_AS_OF: who "works there now" is judged on this day. */
  today: string;
  /** The authenticated caller (requests without one never reach GraphQL). */
  actor: Actor;
  /** Set while a root mutation field runs: its arguments as executed, and what the audit entry of its transaction records. */
  currentMutation?: { name: string; args: Readonly<Record<string, unknown>>; targetIds: string[] };
}

let lastDay = { until: 0, day: '' };

/** The UTC day of `now`; without an argument, the current one (computed again at most once a second). */
export function todayUtc(now?: Date): string {
  if (now) return now.toISOString().slice(0, 10);
  const ms = Date.now();
  if (ms >= lastDay.until) lastDay = { until: ms - (ms % 1000) + 1000, day: new Date(ms).toISOString().slice(0, 10) };
  return lastDay.day;
}

export const CLIENT_REQUEST_ID_MAX = 100;

/** A request's context; `clientRequestId` is what the client sent as x-request-id, kept beside the server's own id. */
export function createContext(store: GraphStore, config: Config, actor: Actor, requestId: string = randomUUID(), clientRequestId?: string | null): RequestContext {
  const today = config.asOf ?? todayUtc();
  const client = clientRequestId ? clientRequestId.slice(0, CLIENT_REQUEST_ID_MAX) : null;
  return { store, config, loaders: createLoaders(store.read, today), requestId, clientRequestId: client, today, actor };
}
