import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@/config';
import { BOOTSTRAP_FILE, ensureBootstrapAdmin } from '@/auth/authenticate';
import { warmPathServiceFor } from '@/graphql/paths/warm-paths.service';
import { warmUpBeforeReady } from '@/graphql/paths/warm-up';
import { readinessOf } from '@/store/readiness';
import { RunningServer, startServer } from '@/server';
import { OpenedStore, openTestStore } from '../helpers/engines';
import { sampleSnapshot } from '../helpers/sample-snapshot';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const JWT_SECRET = 'jwt-shared-secret-for-tests';
let opened: OpenedStore;
let server: RunningServer;

function jwt(claims: Record<string, unknown>, secret = JWT_SECRET): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

async function post(body: unknown, token: string | null = ADMIN_TOKEN, raw?: string) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: raw ?? JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as any };
}

beforeAll(async () => {
  opened = await openTestStore('kuzu');
  const config = loadConfig({
    DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '100000', MAX_BODY_BYTES: '200000',
    JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'tsunagu', JWT_SECRET,
  });
  server = await startServer(config, opened.store);
  const r = await post({ query: 'mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', variables: { s: sampleSnapshot() } });
  expect(r.json.data.importSnapshot.total).toBe(16);
});
afterAll(async () => {
  await server.stop();
  await opened.close();
});

describe('authentication', () => {
  it('answers UNAUTHENTICATED without credentials and never touches the store', async () => {
    const before = opened.store.stats.roundTrips;
    for (const token of [null, 'short', 'not-a-real-token-at-all', 'a.b.c']) {
      const r = await post({ query: '{ company(id: "c1") { name } }' }, token);
      expect(r.status).toBe(401);
      expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(r.json.data).toBeUndefined();
    }
    expect(opened.store.stats.roundTrips).toBe(before);
  });

  it('accepts ADMIN_TOKEN, API tokens until revoked, and signed JWTs with a role', async () => {
    expect((await post({ query: '{ company(id: "c1") { name } }' })).json.data.company.name).toBe('株式会社サンプル');
    const created = await post({ query: 'mutation { createApiToken(input: { name: "bi", role: ANALYST }) { secret token { id } } }' });
    const { secret, token } = created.json.data.createApiToken;
    expect((await post({ query: '{ rep(id: "r1") { name email } }' }, secret)).json.data.rep).toEqual({ name: '田中 太郎', email: null });
    const listed = await post({ query: '{ apiTokens { id role } }' });
    expect(JSON.stringify(listed.json)).not.toContain(secret);
    await post({ query: `mutation { revokeApiToken(id: "${token.id}") { revokedAt } }` });
    expect((await post({ query: '{ rep(id: "r1") { name } }' }, secret)).status).toBe(401);

    const now = Math.floor(Date.now() / 1000);
    const good = jwt({ iss: 'https://idp.example', aud: 'tsunagu', sub: 'u1', role: 'manager', manager_id: 'm1', exp: now + 60 });
    const mine = await post({ query: 'mutation { updateCompany(id: "c1", input: { challenges: "人手不足" }) { challenges } }' }, good);
    expect(mine.json.data.updateCompany.challenges).toBe('人手不足');
    for (const bad of [
      jwt({ iss: 'https://idp.example', aud: 'tsunagu', role: 'ADMIN', exp: now - 1 }),
      jwt({ iss: 'https://evil.example', aud: 'tsunagu', role: 'ADMIN', exp: now + 60 }),
      jwt({ iss: 'https://idp.example', aud: 'tsunagu', role: 'ADMIN', exp: now + 60 }, 'wrong-secret'),
      jwt({ iss: 'https://idp.example', aud: 'tsunagu', exp: now + 60 }),
    ]) {
      expect((await post({ query: '{ company(id: "c1") { id } }' }, bad)).status).toBe(401);
    }
  });

  it('creates a bootstrap admin token once, keeping only its hash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-boot-'));
    const config = loadConfig({ DATA_DIR: dir });
    const fresh = await openTestStore('kuzu');
    const first = await ensureBootstrapAdmin(config, fresh.store);
    expect(first.secret).toMatch(/^tsu_/);
    expect(existsSync(join(dir, BOOTSTRAP_FILE))).toBe(true);
    const again = await ensureBootstrapAdmin(config, fresh.store);
    expect(again).toEqual({ hash: first.hash, secret: null });
    // with API tokens in the store there is nothing to bootstrap
    expect(await ensureBootstrapAdmin(loadConfig({ DATA_DIR: join(dir, 'other') }), opened.store)).toEqual({ hash: null, secret: null });
    await fresh.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('hostile queries', () => {
  it('rejects documents over the depth, alias and token limits, and oversized bodies', async () => {
    const deep = await post({ query: '{ company(id: "c1") { currentReps { company { currentReps { company { currentReps { company { currentReps { id } } } } } } } } }' });
    expect(deep.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.json.errors[0].message).toContain('depth');
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: company(id: "c1") { id }`).join(' ');
    expect((await post({ query: `{ ${aliases} }` })).json.errors[0].message).toContain('aliases');
    const tokens = `{ ${Array.from({ length: 1100 }, () => '__typename').join(' ')} }`;
    expect((await post({ query: tokens })).json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const costly = await post({ query: '{ companies(first: 100) { edges { node { currentReps { ties { person { id } } } } } } }' });
    expect(costly.json.errors[0].message).toContain('cost');
    const big = await post(null, ADMIN_TOKEN, JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(300000) }));
    expect(big.status).toBe(413);
  });

  it('gives no field suggestions and no batching', async () => {
    const r = await post({ query: '{ compani(id: "c1") { id } }' });
    expect(r.json.errors[0].message).not.toMatch(/did you mean/i);
    const batch = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
  });

  it('answers TOO_MANY_REQUESTS with Retry-After past a caller\'s rate limit', async () => {
    const limited = await startServer(loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '3' }), opened.store);
    const call = () => fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` }, body: '{"query":"{ __typename }"}' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call()).status);
    const last = await call();
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await last.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    await limited.stop();
  });

  it('serves /health and /ready', async () => {
    const base = server.url.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', engine: 'kuzu' });
  });

  it('answers /ready with 503 "warming" until the warm-path network is loaded, then ready with it in memory', async () => {
    const base = server.url.replace('/graphql', '');
    let finish!: () => void;
    void readinessOf(opened.store).track('something slow', new Promise<void>((resolve) => (finish = resolve)));
    const warming = await fetch(`${base}/ready`);
    expect(warming.status).toBe(503);
    expect(await warming.json()).toEqual({ status: 'warming', engine: 'kuzu', warming: ['something slow'] });
    finish();
    await new Promise((r) => setImmediate(r));
    expect((await fetch(`${base}/ready`)).status).toBe(200);

    const service = warmPathServiceFor(opened.store);
    warmUpBeforeReady(opened.store);
    expect(readinessOf(opened.store).warming).toEqual(['warm-path network']);
    let status = 503;
    while (status === 503) {
      const r = await fetch(`${base}/ready`);
      status = r.status;
      if (status === 503) expect(await r.json()).toMatchObject({ status: 'warming', warming: ['warm-path network'] });
    }
    expect(status).toBe(200);
    expect(service.cacheInfo?.current()).not.toBeNull();
  });
});

describe('concurrent writers', () => {
  it('50 clients updating one record with the same version: one wins, 49 are told CONFLICT', async () => {
    const v = (await post({ query: '{ company(id: "c2") { version } }' })).json.data.company.version;
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      post({ query: `mutation { updateCompany(id: "c2", input: { customerCount: ${i} }, expectedVersion: ${v}) { customerCount } }` })));
    const won = results.filter((r) => r.json.data?.updateCompany);
    const lost = results.filter((r) => r.json.errors?.[0].extensions.code === 'CONFLICT');
    expect([won.length, lost.length]).toEqual([1, 49]);
    const now = (await post({ query: '{ company(id: "c2") { version customerCount } }' })).json.data.company;
    expect(now).toEqual({ version: v + 1, customerCount: won[0].json.data.updateCompany.customerCount });
  });

  it('50 clients incrementing a counter with read-modify-write and retry lose no update', async () => {
    const bump = async (): Promise<number> => {
      for (let attempt = 1; ; attempt++) {
        const c = (await post({ query: '{ company(id: "c1") { version employeeCount } }' })).json.data.company;
        const r = await post({ query: `mutation { updateCompany(id: "c1", input: { employeeCount: ${c.employeeCount + 1} }, expectedVersion: ${c.version}) { id } }` });
        if (r.json.data?.updateCompany) return attempt;
        expect(r.json.errors[0].extensions.code).toBe('CONFLICT');
      }
    };
    const start = (await post({ query: '{ company(id: "c1") { employeeCount } }' })).json.data.company.employeeCount;
    const attempts = await Promise.all(Array.from({ length: 50 }, bump));
    expect((await post({ query: '{ company(id: "c1") { employeeCount } }' })).json.data.company.employeeCount).toBe(start + 50);
    expect(attempts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(50);
  });
});
