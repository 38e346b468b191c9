/** The token use cases without GraphQL: admins only; a MANAGER token names a stored manager; revoking keeps the first date. */
import { Role } from '@/domain/auth/actor';
import { Forbidden, InvalidInput, NotFound } from '@/app/errors';
import { issueToken } from '@/app/tokens/issue-token';
import { listTokens } from '@/app/tokens/list-tokens';
import { readAuditLog } from '@/app/tokens/read-audit-log';
import { revokeToken } from '@/app/tokens/revoke-token';
import { viewerOf } from '@/app/viewer/viewer-of';
import { hashToken } from '@/auth/tokens';
import { importSnapshot } from '@/wiring/snapshot';
import { type OpenedStore, openTestStore } from '../../helpers/engines';

const admin = { id: 'admin-token', role: Role.ADMIN, managerId: null };
const analyst = { id: 'token:a', role: Role.ANALYST, managerId: null };
const manager = { id: 'token:m', role: Role.MANAGER, managerId: 'm1' };

let opened: OpenedStore;
const write = <T>(work: Parameters<OpenedStore['store']['write']>[0]) => opened.store.write(work) as Promise<T>;
beforeAll(async () => {
  opened = await openTestStore('kuzu');
  await importSnapshot(opened.store, { managers: [{ id: 'm1', name: '佐藤' }], reps: [{ id: 'r1', name: '田中' }] });
});
afterAll(() => opened.close());

it('issues a token whose secret matches its stored hash, lists it, and revokes it once', async () => {
  const { token, secret } = await issueToken(admin, { name: 'east', role: Role.MANAGER, managerId: 'm1' }, write);
  expect(token.hash).toBe(hashToken(secret));
  expect((await listTokens(opened.store, admin)).map((t) => t.id)).toContain(token.id);
  const revoked = await revokeToken(admin, token.id, write);
  expect(revoked.revokedAt).not.toBeNull();
  expect((await revokeToken(admin, token.id, write)).revokedAt).toBe(revoked.revokedAt);
});

it.each([
  [{ name: 'x', role: Role.MANAGER }, 'Invalid input.managerId: is required for a MANAGER token'],
  [{ name: 'x', role: Role.ANALYST, managerId: 'm1' }, 'Invalid input.managerId: is only for a MANAGER token; an ANALYST token has no manager (leave it out)'],
  [{ name: 'x', role: Role.MANAGER, managerId: 'r1' }, 'Invalid input.managerId: "r1" is a rep, a manager is needed'],
  [{ name: 'x', role: Role.MANAGER, managerId: 'ghost' }, 'Invalid input.managerId: no person with id "ghost"'],
])('refuses %j and stores nothing', async (input, message) => {
  const before = (await listTokens(opened.store, admin)).length;
  const e = await issueToken(admin, input, write).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(InvalidInput);
  expect((e as Error).message).toBe(message);
  expect((e as InvalidInput).fields).toEqual([{ field: 'input.managerId', reason: message.replace('Invalid input.managerId: ', '') }]);
  expect(await listTokens(opened.store, admin)).toHaveLength(before);
});

it('is for admins only, whatever the transport', async () => {
  for (const actor of [analyst, manager]) {
    await expect(listTokens(opened.store, actor)).rejects.toBeInstanceOf(Forbidden);
    await expect(readAuditLog(opened.store, actor, { limit: 10 })).rejects.toBeInstanceOf(Forbidden);
    await expect(issueToken(actor, { name: 'x', role: Role.ADMIN }, write)).rejects.toBeInstanceOf(Forbidden);
    await expect(revokeToken(actor, 'x', write)).rejects.toBeInstanceOf(Forbidden);
  }
  await expect(revokeToken(admin, 'no-such-token', write)).rejects.toBeInstanceOf(NotFound);
});

it('reads the audit log, newest first, per actor', async () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
  await opened.store.write(async (ops) => {
    for (const [i, actorId] of ['a', 'b', 'a'].entries()) {
      await ops.appendAudit({ id: `e${i}`, at: at(i), actorId, role: 'ADMIN', operation: 'x', targetIds: [], requestId: 'r', clientRequestId: null });
    }
  });
  expect((await readAuditLog(opened.store, admin, { actorId: 'a', limit: 10 })).map((e) => e.id)).toEqual(['e2', 'e0']);
  expect((await readAuditLog(opened.store, admin, { limit: 2 })).map((e) => e.id)).toEqual(['e2', 'e1']);
});

it('tells a viewer what is masked for them', () => {
  expect(viewerOf(admin)).toEqual({ role: Role.ADMIN, managerId: null, maskedFields: [] });
  expect(viewerOf(manager)).toMatchObject({ role: Role.MANAGER, managerId: 'm1', maskedFields: [] });
  expect(viewerOf(analyst).maskedFields).toContain('Rep.email');
});
