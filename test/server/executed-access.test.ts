import { loadConfig } from '@/config';
import { type RunningServer, startServer } from '@/server';
import { exportSnapshot } from '@/store/snapshot-export';
import { type OpenedStore, openTestStore } from '../helpers/engines';
import { sampleSnapshot } from '../helpers/sample-snapshot';

/**
 * The reproductions of issue 12 over raw HTTP, in production mode, with real API tokens: each was answered 200 and
 * wrote, because access was decided on the request's variables and skipped what it could not read.
 */
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghij';
let opened: OpenedStore;
let server: RunningServer;
const secrets: Record<string, string> = {};

async function post(body: unknown, token: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any, requestId: res.headers.get('x-request-id') };
}

/** Two portfolios (m1: c1; m10: c2) and a tie between two reps of a third company. */
function snapshot() {
  const s = sampleSnapshot();
  s.companies.push({ id: 'c90', name: '株式会社ナインティ' });
  s.managers.push({ id: 'm10', name: '鈴木 一郎' });
  s.reps.push({ id: 'r20', name: '小林 健' }, { id: 'r21', name: '加藤 優' });
  s.employments.push({ repId: 'r20', companyId: 'c90', since: '2020-04-01' }, { repId: 'r21', companyId: 'c90', since: '2021-04-01' });
  s.portfolio.push({ managerId: 'm10', companyId: 'c2' });
  s.relationships.push({ a: 'r20', b: 'r21', trust: 0.7 });
  return s;
}

const everything = async () => {
  const read = opened.store.read;
  return JSON.stringify([await exportSnapshot(read), await read.allTokens(), await read.listAudit(null, { limit: 10000 })]);
};

beforeAll(async () => {
  opened = await openTestStore('kuzu');
  const config = loadConfig({ DATA_DIR: '/unused', PORT: '0', ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '100000', NODE_ENV: 'production' });
  server = await startServer(config, opened.store);
  const imported = await post({ query: 'mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', variables: { s: snapshot() } }, ADMIN_TOKEN);
  expect(imported.json.errors).toBeUndefined();
  for (const [name, role, managerId] of [['analyst', 'ANALYST', null], ['m1', 'MANAGER', 'm1'], ['m10', 'MANAGER', 'm10']]) {
    const r = await post({
      query: 'mutation($in: ApiTokenInput!) { createApiToken(input: $in) { secret } }', variables: { in: { name, role, managerId } },
    }, ADMIN_TOKEN);
    secrets[name!] = r.json.data.createApiToken.secret;
  }
});
afterAll(async () => {
  await server.stop();
  await opened.close();
});

describe('access decided on what executes (issue 12 reproductions, NODE_ENV=production)', () => {
  it('an ANALYST cannot create an ADMIN token through a variable default', async () => {
    const before = await everything();
    const r = await post({ query: 'mutation($in: ApiTokenInput = {name: "evil", role: ADMIN}) { createApiToken(input: $in) { secret } }' }, secrets.analyst);
    expect(r.status).toBe(403);
    expect(r.json.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(r.json)).not.toContain('tsu_');
    expect(await everything()).toBe(before);
    // the inline literal was refused before too: both forms now answer alike
    const inline = await post({ query: 'mutation { createApiToken(input: {name: "evil", role: ADMIN}) { secret } }' }, secrets.analyst);
    expect([inline.status, inline.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('a MANAGER cannot update a company outside their portfolio through a variable default', async () => {
    const before = await everything();
    const r = await post({ query: 'mutation($id: ID = "c90") { updateCompany(id: $id, input: { industry: "HACKED" }) { version } }' }, secrets.m10);
    expect(r.status).toBe(403);
    expect(r.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(r.json.errors[0].message).toContain('company "c90" is not in your portfolio');
    expect(await everything()).toBe(before);
  });

  it('an ANALYST cannot delete a tie through variable defaults, and the audit log records nothing', async () => {
    const before = await everything();
    const r = await post({ query: 'mutation($a: ID = "r20", $b: ID = "r21") { deleteRelationship(a: $a, b: $b) }' }, secrets.analyst);
    expect(r.status).toBe(403);
    expect(r.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await everything()).toBe(before);
    expect(await opened.store.read.relationshipByPair('r20', 'r21')).not.toBeNull();
  });

  it('a MANAGER cannot record an interaction in another manager\'s name by sending a string where a list is expected', async () => {
    const before = await everything();
    const query = 'mutation($in: CreateInteractionInput!) { createInteraction(input: $in) { id managerIds } }';
    const input = { id: 'i-forged', at: '2025-02-01T10:00:00+09:00', channel: 'CALL', repIds: ['r1'], managerIds: 'm10' };
    const r = await post({ query, variables: { in: input } }, secrets.m1);
    expect(r.status).toBe(403);
    expect(r.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(r.json.errors[0].message).toContain('you must be among the interaction\'s managerIds');
    expect(await everything()).toBe(before);
    // the same string naming themselves is coerced to a one-element list and allowed, and audited as m1's
    const own = await post({ query, variables: { in: { ...input, id: 'i-own', managerIds: 'm1' } } }, secrets.m1);
    expect(own.json.data.createInteraction).toEqual({ id: 'i-own', managerIds: ['m1'] });
    const [entry] = await opened.store.read.listAudit(null, { limit: 1 });
    expect(entry).toMatchObject({ role: 'MANAGER', operation: 'createInteraction', targetIds: ['i-own', 'm1', 'r1'] });
  });

  it('refuses an operation with several root mutation fields, even when each alone is allowed: nothing is written', async () => {
    const before = await everything();
    const twoAllowed = 'mutation { a: updateCompany(id: "c1", input: { industry: "first" }) { id } b: updateCompany(id: "c1", input: { industry: "second" }) { id } }';
    // the reproduction: the first field deletes what the second then cannot find in its own transaction
    const deleteThenUpdate = 'mutation { a: deleteInteraction(id: "i1") b: updateInteraction(id: "i1", input: { summary: "x" }) { id } }';
    const viaFragment = 'mutation($yes: Boolean = true) { a: updateCompany(id: "c1", input: { industry: "x" }) { id } ... @include(if: $yes) { b: updateCompany(id: "c2", input: { industry: "y" }) { id } } }';
    for (const query of [twoAllowed, deleteThenUpdate, viaFragment]) {
      const r = await post({ query }, secrets.m1);
      expect(r.status).toBe(403);
      expect(r.json.data).toBeNull();
      expect(r.json.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(r.json.errors[0].message).toContain('send one mutation per operation');
      expect(await everything()).toBe(before);
    }
    // a field @skip-ped on a variable does not count
    const one = await post({ query: 'mutation($no: Boolean = false) { a: updateCompany(id: "c1", input: { industry: "only" }) { id } b: updateCompany(id: "c1", input: { industry: "skipped" }) @include(if: $no) { id } }' }, secrets.m1);
    expect(one.json.errors).toBeUndefined();
  });

  it('audits the server\'s own request id; the x-request-id a client sends is kept apart, at most 100 characters', async () => {
    const chosen = `forged-${'x'.repeat(200)}`;
    const r = await post({ query: 'mutation { updateCompany(id: "c1", input: { industry: "audited" }) { id } }' }, secrets.m1, { 'x-request-id': chosen });
    expect(r.json.errors).toBeUndefined();
    const [entry] = await opened.store.read.listAudit(null, { limit: 1 });
    expect(entry.requestId).toBe(r.requestId);
    expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.clientRequestId).toBe(chosen.slice(0, 100));
    await post({ query: 'mutation { updateCompany(id: "c1", input: { industry: "again" }) { id } }' }, secrets.m1);
    expect((await opened.store.read.listAudit(null, { limit: 1 }))[0].clientRequestId).toBeNull();
  });

  it('answers 401 to the token of a manager once the manager is deleted', async () => {
    const query = '{ company(id: "c2") { name } }';
    expect((await post({ query }, secrets.m10)).json.data.company.name).toBe('アルファ販売');
    expect((await post({ query: 'mutation { deleteManager(id: "m10") }' }, ADMIN_TOKEN)).json.errors).toBeUndefined();
    const r = await post({ query }, secrets.m10);
    expect([r.status, r.json.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('decides admin-only queries on the fields that execute: aliases and fragments do not reach apiTokens or auditLog', async () => {
    for (const query of [
      '{ tokens: apiTokens { id } }',
      'query { ...T } fragment T on Query { apiTokens { id } }',
      'query($yes: Boolean = true) { ... @include(if: $yes) { log: auditLog { edges { node { id } } } } }',
      'query Fine { __typename } query Chosen { auditLog { edges { node { id } } } }',
    ]) {
      const r = await post({ query, operationName: query.includes('Chosen') ? 'Chosen' : undefined }, secrets.m1);
      expect([query, r.json.errors?.[0]?.extensions?.code]).toEqual([query, 'FORBIDDEN']);
      expect(JSON.stringify(r.json.data ?? null)).not.toContain('"id"');
    }
  });
});
