import { createHmac } from 'node:crypto';
import { loadConfig } from '@/config';
import { AuthenticationError, Authenticator } from '@/auth/authenticate';
import { Role } from '@/domain/auth/actor';
import { newApiToken } from '@/app/tokens/issue-token';
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';
import { describeEachEngine } from '../../helpers/engines';
import { TestApi, managerActor } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

/**
 * m1 owns c1 (r1 and r2 work there now; r5 did until 2020). m2 owns c2 (r3 and r4 work there).
 * Ties: m1–r1, r1–r2 (sample), m2–r3, r3–r4, r5–r3.
 */
function snapshot() {
  const s = sampleSnapshot();
  s.managers.push({ id: 'm2', name: '山田 次郎' });
  s.reps.push({ id: 'r3', name: '伊藤 誠' }, { id: 'r4', name: '渡辺 恵' }, { id: 'r5', name: '松本 剛' });
  s.employments.push(
    { repId: 'r3', companyId: 'c2', since: '2020-04-01' }, { repId: 'r4', companyId: 'c2', since: '2018-04-01' },
    { repId: 'r5', companyId: 'c1', since: '2015-04-01', until: '2020-03-31' }, { repId: 'r5', companyId: 'c2', since: '2020-04-01' },
  );
  s.portfolio.push({ managerId: 'm2', companyId: 'c2' });
  s.relationships.push({ a: 'm2', b: 'r3', trust: 0.9 }, { a: 'r3', b: 'r4', trust: 0.6 }, { a: 'r5', b: 'r3', trust: 0.5 });
  return s;
}

const M1 = managerActor('m1');
const SET = 'mutation($a: ID!, $b: ID!) { setRelationship(input: { a: $a, b: $b, trust: 0.4 }) { id trust } }';
const DELETE = 'mutation($a: ID!, $b: ID!) { deleteRelationship(a: $a, b: $b) }';

describeEachEngine('a MANAGER\'s writes to trust ties', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(get());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshot() });
  });
  afterAll(() => api.stop());

  const code = async (query: string, a: string, b: string) => (await api.run(query, { a, b }, M1)).errors?.[0]?.extensions?.code ?? 'OK';
  const trustOf = async (a: string, b: string) => (await get().read.relationshipByPair(a < b ? a : b, a < b ? b : a))?.trust ?? null;

  it('may set and delete their own ties, whoever is at the other end', async () => {
    expect(await code(SET, 'r3', 'm1')).toBe('OK');
    expect(await trustOf('m1', 'r3')).toBe(0.4);
    expect(await code(DELETE, 'm1', 'r3')).toBe('OK');
    expect(await trustOf('m1', 'r3')).toBeNull();
  });

  it('may set and delete a tie between two reps when one of them works now at a partner in their portfolio', async () => {
    expect(await code(SET, 'r3', 'r1')).toBe('OK');
    expect(await trustOf('r1', 'r3')).toBe(0.4);
    expect(await code(DELETE, 'r1', 'r3')).toBe('OK');
    expect(await trustOf('r1', 'r3')).toBeNull();
  });

  it.each([
    ['another manager\'s tie, with a rep of their own portfolio at the other end', 'm2', 'r1'],
    ['another manager\'s tie', 'm2', 'r3'],
    ['two reps of another manager\'s partner', 'r3', 'r4'],
    ['a rep who left their partner (now elsewhere) and a rep of another partner', 'r5', 'r3'],
    ['a person who does not exist', 'r1', 'nobody'],
  ])('may not set or delete %s', async (_what, a, b) => {
    const before = await trustOf(a, b);
    expect(await code(SET, a, b)).toBe('FORBIDDEN');
    expect(await code(DELETE, a, b)).toBe('FORBIDDEN');
    expect(await trustOf(a, b)).toBe(before);
  });

  it('gives the reason', async () => {
    const r = await api.run(DELETE, { a: 'r3', b: 'r4' }, M1);
    expect(r.errors?.[0].message).toBe('Not allowed: neither "r3" nor "r4" works now at a partner in your portfolio');
    const other = await api.run(DELETE, { a: 'm2', b: 'r3' }, M1);
    expect(other.errors?.[0].message).toContain('you may change your own ties, or ties between two reps');
  });
});

const JWT_SECRET = 'jwt-shared-secret-for-tests';
function jwt(claims: Record<string, unknown>): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}`;
  return `${head}.${createHmac('sha256', JWT_SECRET).update(head).digest('base64url')}`;
}

describeEachEngine('MANAGER credentials need a live manager', (get) => {
  let api: TestApi;
  let auth: Authenticator;
  beforeAll(async () => {
    api = await TestApi.create(get());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshot() });
    auth = new Authenticator(loadConfig({ DATA_DIR: '/unused', JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'tsunagu', JWT_SECRET }), get(), null);
  });
  afterAll(() => api.stop());

  const managerJwt = (claims: Record<string, unknown>) => jwt({
    iss: 'https://idp.example', aud: 'tsunagu', sub: 'u1', role: 'manager', exp: Math.floor(Date.now() / 1000) + 60, ...claims,
  });
  const refused = async (secret: string) => {
    const e = await auth.authenticate(`Bearer ${secret}`).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(AuthenticationError);
    return (e as Error).message;
  };
  /** A token stored as an older version (or `npm run token` before the checks) could have written it. */
  const stored = async (managerId: string | null) => {
    const created = newApiToken('stored', Role.MANAGER, managerId);
    await get().write((ops) => ops.saveToken(created.token));
    return created;
  };

  it('accepts a token and a JWT of an existing manager', async () => {
    expect(await auth.authenticate(`Bearer ${(await stored('m2')).secret}`)).toMatchObject({ role: Role.MANAGER, managerId: 'm2' });
    expect(await auth.authenticate(`Bearer ${managerJwt({ manager_id: 'm2' })}`)).toMatchObject({ role: Role.MANAGER, managerId: 'm2' });
  });

  it('refuses a MANAGER token or JWT that names no manager, a missing one, or a rep', async () => {
    for (const managerId of [null, 'm-missing', 'r1']) {
      expect(await refused((await stored(managerId)).secret)).toContain('name no existing manager');
      expect(await refused(managerJwt(managerId ? { manager_id: managerId } : {}))).toContain('name no existing manager');
    }
  });

  it('creates MANAGER tokens only for a manager, and other roles\' tokens for none (BAD_USER_INPUT, nothing stored)', async () => {
    const before = (await get().read.allTokens()).length;
    for (const [role, managerId, reason] of [
      ['MANAGER', null, 'is required for a MANAGER token'], ['MANAGER', 'r1', 'a manager is needed'],
      ['MANAGER', 'm-missing', 'no person with id'], ['ANALYST', 'm1', 'is only for a MANAGER token'], ['ADMIN', 'm1', 'is only for a MANAGER token'],
    ]) {
      const r = await api.run('mutation($in: ApiTokenInput!) { createApiToken(input: $in) { secret } }', { in: { name: 'x', role, managerId } });
      expect([role, managerId, r.errors?.[0].extensions?.code]).toEqual([role, managerId, 'BAD_USER_INPUT']);
      expect(r.errors?.[0].message).toContain(reason);
    }
    expect((await get().read.allTokens()).length).toBe(before);
  });

  it('deleting a manager revokes their tokens in the same write, and the id is not given to a new manager', async () => {
    const created = await api.ok('mutation { createApiToken(input: { name: "m2 laptop", role: MANAGER, managerId: "m2" }) { secret token { id } } }');
    const { secret, token } = created.createApiToken;
    const other = (await api.ok('mutation { createApiToken(input: { name: "m1 laptop", role: MANAGER, managerId: "m1" }) { secret } }')).createApiToken.secret;
    expect(await auth.authenticate(`Bearer ${secret}`)).toMatchObject({ managerId: 'm2' });
    const jwtOfM2 = managerJwt({ manager_id: 'm2' });

    // a delete that fails revokes nothing
    expect((await api.run('mutation { deleteManager(id: "m-missing") }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await get().read.tokenById(token.id))?.revokedAt).toBeNull();

    await api.ok('mutation { deleteManager(id: "m2") }');
    expect((await get().read.tokenById(token.id))?.revokedAt).toEqual(expect.any(String));
    expect(await refused(secret)).toBe('Invalid or revoked token');
    expect(await refused(jwtOfM2)).toContain('name no existing manager');
    expect(await auth.authenticate(`Bearer ${other}`)).toMatchObject({ managerId: 'm1' });

    // the id is not given again (deleted-managers.ts), so neither credential finds a manager under it
    const again = await api.run('mutation { createManager(input: { id: "m2", name: "山田 次郎" }) { id } }');
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await refused(secret)).toBe('Invalid or revoked token');
    expect(await refused(jwtOfM2)).toContain('name no existing manager');
  });
});

/** `store`, where `landFirst` commits just before the first write transaction of a request starts (a concurrent writer). */
function withWriteLanding(store: GraphStore, landFirst: (ops: GraphOperations) => Promise<void>): GraphStore {
  let pending = true;
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'write') {
        return async <T>(work: (ops: GraphOperations) => Promise<T>) => {
          if (pending) {
            pending = false;
            await target.write(landFirst);
          }
          return target.write(work);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describeEachEngine('a MANAGER\'s write decided again inside its transaction', (get) => {
  beforeAll(async () => {
    const api = await TestApi.create(get());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshot() });
    await api.stop();
  });

  it('refuses when a write committed after the first decision took the record out of the portfolio, and writes nothing', async () => {
    const moveDealAway = async (ops: GraphOperations) => {
      const [deal] = await ops.dealsByIds(['d1']);
      await ops.saveDeal({ ...deal!, companyId: 'c2', version: deal!.version + 1 });
    };
    const api = await TestApi.create(withWriteLanding(get(), moveDealAway));
    const r = await api.run('mutation { updateDeal(id: "d1", input: { stage: LOST, lossReason: "price" }) { stage } }', {}, M1);
    await api.stop();
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0].message).toBe('Not allowed: company "c2" is not in your portfolio');
    const [deal] = await get().read.dealsByIds(['d1']);
    expect(deal).toMatchObject({ companyId: 'c2', stage: 'WON', lossReason: null });
  });
});
