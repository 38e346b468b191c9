import { loadConfig } from '@/config';
import { type RunningServer, startServer } from '@/server';
import { type OpenedStore, openTestStore } from '../helpers/engines';

/**
 * Introspection follows the configuration (README, NODE_ENV=production): off in production, on otherwise, whatever
 * NODE_ENV this process itself runs under.
 */
const ADMIN_TOKEN = 'test-admin-token-introspection-01';
const INTROSPECT = '{ __schema { queryType { name } } }';

async function answer(env: Record<string, string>): Promise<{ status: number; json: any }> {
  const opened: OpenedStore = await openTestStore('kuzu');
  const server: RunningServer = await startServer(loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN, ...env }), opened.store);
  try {
    const res = await fetch(server.url, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` }, body: JSON.stringify({ query: INTROSPECT }),
    });
    return { status: res.status, json: await res.json() };
  } finally {
    await server.stop();
    await opened.close();
  }
}

it('answers introspection when not in production', async () => {
  const r = await answer({});
  expect(r.status).toBe(200);
  expect(r.json.data.__schema.queryType.name).toBe('Query');
});

it('refuses introspection in production, with a code a client can act on', async () => {
  const r = await answer({ NODE_ENV: 'production' });
  expect(r.status).toBe(400);
  expect(r.json.data).toBeUndefined();
  expect(r.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(r.json.errors[0].message).toMatch(/introspection/i);
});
