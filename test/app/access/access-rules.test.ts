/** The access rules as use-case rules, without GraphQL: decided on the typed arguments with a store to look records up in. */
import { Role } from '@/domain/auth/actor';
import { Forbidden } from '@/app/errors';
import { requireAdmin } from '@/app/access/require-admin';
import { mutationRefusal } from '@/app/access/mutation-policies';
import { importSnapshot } from '@/wiring/snapshot';
import { type OpenedStore, openTestStore } from '../../helpers/engines';

let opened: OpenedStore;
const today = new Date().toISOString().slice(0, 10);
beforeAll(async () => {
  opened = await openTestStore('kuzu');
  await importSnapshot(opened.store, {
    companies: [{ id: 'c1', name: 'A' }, { id: 'c2', name: 'B' }],
    managers: [{ id: 'm1', name: 'M' }],
    reps: [{ id: 'r1', name: 'R' }],
    portfolio: [{ managerId: 'm1', companyId: 'c1' }],
  });
});
afterAll(() => opened.close());

const scope = (role: Role, managerId: string | null = null) => ({ actor: { id: 'x', role, managerId }, read: opened.store.read, today });

it('a manager writes within their portfolio only; analysts never; admins always', async () => {
  const deal = (companyId: string) => ({ input: { id: 'd1', companyId, product: 'CRM', stage: 'OPEN' } });
  expect(await mutationRefusal('createDeal', deal('c1'), scope(Role.MANAGER, 'm1'))).toBeNull();
  expect(await mutationRefusal('createDeal', deal('c2'), scope(Role.MANAGER, 'm1'))).toBe('company "c2" is not in your portfolio');
  expect(await mutationRefusal('createDeal', deal('c1'), scope(Role.ANALYST))).toBe('analysts have read-only access');
  expect(await mutationRefusal('createCompany', { input: { id: 'c9', name: 'n' } }, scope(Role.MANAGER, 'm1'))).toBe('createCompany is for admins only');
  expect(await mutationRefusal('createCompany', { input: { id: 'c9', name: 'n' } }, scope(Role.ADMIN))).toBeNull();
});

it('requireAdmin refuses anyone else, naming the operation', () => {
  expect(() => requireAdmin({ id: 'a', role: Role.ADMIN, managerId: null }, 'apiTokens')).not.toThrow();
  expect(() => requireAdmin({ id: 'm', role: Role.MANAGER, managerId: 'm1' }, 'apiTokens')).toThrow(new Forbidden('apiTokens is for admins only', 'apiTokens'));
});
