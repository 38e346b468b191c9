/**
 * Backups of a running service: GET /snapshot through the started server (src/server.ts), admins only, one read
 * transaction (`readConsistent`) on both engines.
 */
import { loadConfig } from '@/config';
import { Role } from '@/domain/auth/actor';
import { newApiToken } from '@/app/tokens/issue-token';
import { importSnapshot } from '@/wiring/snapshot';
import { type RunningServer, startServer } from '@/server';
import { exportSnapshot } from '@/store/snapshot-export';
import { describeEachEngine } from '../helpers/engines';
import { sampleSnapshot } from '../helpers/sample-snapshot';

const ADMIN = 'snapshot-route-admin-token-0123456789';

describeEachEngine('GET /snapshot', (store) => {
  let server: RunningServer;
  let base: string;
  let analyst: string;
  beforeAll(async () => {
    await importSnapshot(store(), sampleSnapshot());
    const created = newApiToken('bi', Role.ANALYST, null);
    await store().write((ops) => ops.saveToken(created.token));
    analyst = created.secret;
    server = await startServer(loadConfig({ ADMIN_TOKEN: ADMIN, PORT: '0', DATA_DIR: '/unused' }), store());
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.stop(0));
  const get = (token?: string, method = 'GET'): Promise<Response> =>
    fetch(`${base}/snapshot`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('gives admins the whole graph as a snapshot that imports back to the same graph', async () => {
    const res = await get(ADMIN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as Record<string, unknown[]>;
    expect(body).toEqual(JSON.parse(JSON.stringify(await exportSnapshot(store().read))));
    expect(body.reps).toHaveLength(2);
    await importSnapshot(store(), body); // idempotent: the graph is unchanged
    expect(JSON.parse(JSON.stringify(await exportSnapshot(store().read)))).toEqual(body);
  });

  it('refuses callers without credentials (401) and callers that are not admins (403), as GraphQL errors', async () => {
    const none = await get();
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await get('not-a-valid-token-at-all');
    expect(wrong.status).toBe(401);
    const bi = await get(analyst);
    expect(bi.status).toBe(403);
    expect(((await bi.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await get(ADMIN, 'POST')).status).toBe(405);
  });

  it('rate-limits failed attempts like /graphql (it authenticated on its own and guessing was unthrottled)', async () => {
    const limited = await startServer(loadConfig({ ADMIN_TOKEN: ADMIN, PORT: '0', DATA_DIR: '/unused', RATE_LIMIT_PER_MINUTE: '2' }), store());
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`http://127.0.0.1:${limited.port}/snapshot`, { headers: { authorization: 'Bearer wrong-token-guess' } });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
      expect(statuses).toContain(429);
    } finally {
      await limited.stop(0);
    }
  });

  it('reads one committed state: a write committed between its reads is in none of them', async () => {
    const ids = (list: { id: string }[]): string[] => list.map((c) => c.id).sort();
    let firstRead!: () => void;
    const firstDone = new Promise<void>((resolve) => (firstRead = resolve));
    const reading = store().readConsistent(async (ops) => {
      const before = ids(await ops.allCompanies());
      firstRead();
      await new Promise((resolve) => setTimeout(resolve, 500)); // the write below commits (Kuzu) or waits (Neo4j) meanwhile
      return { before, after: ids(await ops.allCompanies()) };
    });
    await firstDone;
    const [c1] = await store().read.companiesByIds(['c1']);
    const writing = store().write((w) => w.saveCompany({ ...c1!, id: 'between', name: 'written meanwhile' }));
    const seen = await reading;
    await writing;
    expect(seen.after).toEqual(seen.before);
    expect(seen.before).not.toContain('between');
    expect((await store().read.companiesByIds(['between']))[0]?.name).toBe('written meanwhile');
  });
});
