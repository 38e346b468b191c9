import { createHash, createHmac } from 'node:crypto';
import { connect } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@/config';
import { BOOTSTRAP_FILE, ensureBootstrapAdmin } from '@/auth/authenticate';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { InMemoryNeighbourhoods } from '@/app/paths/in-memory-neighbourhoods';
import { warmUpBeforeReady } from '@/app/paths/warm-up';
import { readinessOf } from '@/store/readiness';
import { type RunningServer, startServer } from '@/server';
import { type OpenedStore, openTestStore } from '../helpers/engines';
import { sampleSnapshot } from '../helpers/sample-snapshot';

const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghij';
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
      jwt({ iss: 'https://idp.example', aud: 'tsunagu', role: 'ADMIN', exp: now - 120 }), // past the 30 s clock tolerance
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
    // what to change, not only the number (found by an outsider restoring a backup)
    expect(JSON.stringify(big.json)).toContain('MAX_BODY_BYTES');
    expect(JSON.stringify(big.json)).toContain('npm run import');
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

    const source = neighbourhoodsOf(opened.store);
    warmUpBeforeReady(opened.store);
    // the network (with the deals with each company: the whole team's relationship risks read them there)
    expect(readinessOf(opened.store).warming).toEqual(['warm-path network']);
    let status = 503;
    while (status === 503) {
      const r = await fetch(`${base}/ready`);
      status = r.status;
      if (status === 503) expect(await r.json()).toMatchObject({ status: 'warming', warming: ['warm-path network'] });
    }
    expect(status).toBe(200);
    expect(source).toBeInstanceOf(InMemoryNeighbourhoods);
    expect((source as InMemoryNeighbourhoods).cache.current()).not.toBeNull();
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
    expect(new Set(lost.map((r) => r.status))).toEqual(new Set([409])); // the status of CONFLICT
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

/** Bytes straight onto a socket: the status line of the answer, or null when the connection closed without one. */
function raw(bytes: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += d));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(/^HTTP\/1\.1 \d{3}[^\r]*/.exec(received)?.[0] ?? null));
    socket.end(bytes);
  });
}

describe('nothing a caller sends stops the server or gets a 500', () => {
  const base = () => server.url.replace('/graphql', '');

  it('answers odd request targets (`//` stopped the process) and serves on', async () => {
    expect((await fetch(`${base()}//`)).status).toBe(404);
    expect(await raw('GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe('HTTP/1.1 404 Not Found');
    expect(await raw('GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe('HTTP/1.1 404 Not Found');
    expect(await raw('OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect(await raw('GET http://x/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe('HTTP/1.1 200 OK');
    expect(await raw('GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect(await raw('POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetch(`${base()}/health`)).status).toBe(200);
  });

  it('answers 408 and closes a connection whose headers do not arrive within 10 s', async () => {
    const started = Date.now();
    const socket = connect(server.port, '127.0.0.1');
    const answer = await new Promise<string>((resolve) => {
      let received = '';
      socket.on('data', (d) => (received += d));
      socket.on('close', () => resolve(received));
      socket.write('GET /health HTTP/1.1\r\nHost: x\r\n'); // and nothing more
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9000);
    expect(Date.now() - started).toBeLessThan(15000);
  }, 30000);

  it('refuses variables nested over 64 levels, used or not, as BAD_USER_INPUT naming them (they overflowed the stack: 500)', async () => {
    const unused = await post(null, ADMIN_TOKEN, `{"query":"{ __typename }","variables":{"x":${'['.repeat(90000)}1${']'.repeat(90000)}}}`);
    expect(unused.status).toBe(400);
    expect(unused.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: '$x' }] });
    const query = 'mutation($c: JSONObject) { createCompany(input: { id: \\"deep\\", name: \\"D\\", customFields: $c }) { id } }';
    const deep = await post(null, ADMIN_TOKEN, `{"query":"${query}","variables":{"c":${'{"a":'.repeat(6000)}"x"${'}'.repeat(6000)}}}`);
    expect([deep.status, deep.json.errors[0].extensions.code, deep.json.errors[0].message]).toEqual([400, 'BAD_USER_INPUT', expect.stringContaining('$c')]);
    let ok: unknown = 'x';
    for (let i = 0; i < 60; i++) ok = { a: ok };
    const shallow = await post({ query: query.replaceAll('\\', ''), variables: { c: ok } });
    expect(shallow.json.data.createCompany.id).toBe('deep');
  });

  it('answers a lone surrogate in a variable with 400, not 500', async () => {
    const r = await post({ query: 'mutation($n: String!) { createCompany(input: { id: "s1", name: $n }) { id } }', variables: { n: 'a\uD800b' } });
    expect([r.status, r.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('takes an inline snapshot literal like a variable (it was an INTERNAL_SERVER_ERROR)', async () => {
    const empty = await post({ query: 'mutation { importSnapshot(snapshot: {}) { total } }' });
    expect([empty.status, empty.json]).toEqual([200, { data: { importSnapshot: { total: 0 } } }]);
    const bad = await post({ query: 'mutation { importSnapshot(snapshot: { companies: [{ id: "x" }] }) { total } }' });
    expect([bad.status, bad.json.errors[0].extensions.code, bad.json.errors[0].extensions.records]).toEqual([400, 'BAD_USER_INPUT', [{ list: 'companies', index: 0, field: 'name', reason: 'is required' }]]);
  });

  it('answers a persisted query whose hash does not match its text with 400 BAD_REQUEST (it was INTERNAL_SERVER_ERROR)', async () => {
    const r = await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } });
    expect([r.status, r.json.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    const right = createHash('sha256').update('{ __typename }').digest('hex');
    expect((await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: right } } })).json.data).toEqual({ __typename: 'Query' });
  });

  it('gives no suggestions in variable errors', async () => {
    const e = await post({ query: 'query($s: PartnerStatus) { companies(first: 1, filter: { partnerStatus: $s }) { totalCount } }', variables: { s: 'ACTIV' } });
    const f = await post({ query: 'query($f: CompanyFilter) { companies(first: 1, filter: $f) { totalCount } }', variables: { f: { serch: 'x' } } });
    for (const r of [e, f]) {
      expect([r.status, r.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(r.json.errors[0].message).not.toMatch(/did you mean|ACTIVE"|"search"/i);
    }
  });

  it('answers each client error with the status of its code', async () => {
    const missing = await post({ query: '{ warmIntroPaths(to: "nobody") { hops } }' });
    expect([missing.status, missing.json.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    const analyst = (await post({ query: 'mutation { createApiToken(input: { name: "ro", role: ANALYST }) { secret } }' })).json.data.createApiToken.secret;
    const refused = await post({ query: 'mutation { deleteCompany(id: "c1") }' }, analyst);
    expect([refused.status, refused.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const invalid = await post({ query: '{ warmIntroPaths(to: "r1", maxHops: 9) { hops } }' });
    expect([invalid.status, invalid.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const parse = await post({ query: '{' });
    expect([parse.status, parse.json.errors[0].extensions.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    const json = await post(null, ADMIN_TOKEN, '{"query":');
    expect([json.status, json.json.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    const csrf = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${ADMIN_TOKEN}` }, body: '{"query":"{ __typename }"}' });
    expect([csrf.status, ((await csrf.json()) as any).errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    // partial data keeps 200: the error sits beside the fields that resolved
    const partial = await post({ query: '{ a: company(id: "c1") { id } b: company(id: "c1") { keyPersons(limit: 1000) { score } } }' });
    expect([partial.status, partial.json.data, partial.json.errors[0].extensions.code]).toEqual([200, { a: { id: 'c1' }, b: null }, 'BAD_USER_INPUT']);
  });

  it('counts a variable page size in the cost (n = 100 was counted as 10) and names what costs most', async () => {
    const query = 'query($n: Int) { companies(first: $n) { edges { node { currentReps { ties { person { id } } } } } } }';
    const big = await post({ query, variables: { n: 100 } });
    expect([big.status, big.json.errors[0].extensions.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect(big.json.errors[0].message).toBe(
      'The query exceeds the allowed cost: 21301 > 20000; most of it comes from companies (×100, cost 21301), ' +
      'companies.edges.node.currentReps (×10, cost 21100), companies.edges.node.currentReps.ties (×10, cost 21000). ' +
      'Ask for fewer items (a smaller first or limit) or fewer nested levels.',
    );
    expect((await post({ query, variables: { n: 5 } })).json.data.companies.edges).toBeDefined();
    const defaulted = await post({ query: query.replace('$n: Int', '$n: Int = 100') });
    expect(defaulted.json.errors[0].message).toContain('21301 > 20000');
  });

  it('refuses other spellings of a valid JWT (`!!` or `==` appended was accepted)', async () => {
    const good = jwt({ iss: 'https://idp.example', aud: 'tsunagu', sub: 'u1', role: 'ADMIN', exp: Math.floor(Date.now() / 1000) + 60 });
    expect((await post({ query: '{ __typename }' }, good)).status).toBe(200);
    for (const other of [`${good}!!`, `${good}==`, `${good}=`]) {
      const r = await post({ query: '{ __typename }' }, other);
      expect([r.status, r.json.errors[0].message]).toEqual([401, expect.stringMatching(/^Invalid JWT: malformed/)]);
    }
  });
});
