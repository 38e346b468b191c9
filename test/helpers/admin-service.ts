import { loadConfig } from '@/config';
import { type RunningServer, startServer } from '@/server';
import { type GraphStore } from '@/store/graph-store';
import { type OpenedStore, openTestStore } from './engines';

/** What a raw HTTP POST to /graphql answered: its status and parsed body. */
export interface Posted {
  status: number;
  json: any;
}

/**
 * The service on a fresh, empty embedded store, started before the file's tests and stopped after them; `post` sends
 * a raw GraphQL request body (an object: query, variables…; a string: a query) as the admin; `store` is its store.
 */
export function adminServiceForFile(adminToken: string): { post(body: unknown): Promise<Posted>; store(): GraphStore } {
  let opened: OpenedStore;
  let server: RunningServer;
  beforeAll(async () => {
    opened = await openTestStore('kuzu');
    server = await startServer(loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN: adminToken, RATE_LIMIT_PER_MINUTE: '100000' }), opened.store);
  });
  afterAll(async () => {
    await server.stop();
    await opened.close();
  });
  return {
    store: () => opened.store,
    async post(body: unknown): Promise<Posted> {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify(typeof body === 'string' ? { query: body } : body),
      });
      return { status: res.status, json: (await res.json()) as any };
    },
  };
}
