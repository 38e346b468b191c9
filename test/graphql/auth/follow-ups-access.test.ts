import { Role } from '@/domain/auth/actor';
import { importSnapshot } from '@/wiring/snapshot';
import { describeEachEngine } from '../../helpers/engines';
import { ADMIN, ANALYST, TestApi, managerActor } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

/**
 * `followUps` under the rule of `dailyFollowUps` (outside attacker, issue 12: a manager read another manager's next
 * actions through `followUps(managerId)`): a manager sees their own, an admin anyone's, an analyst none; decided on
 * the arguments that execute, however they were sent.
 */
function snapshot(): Record<string, any> {
  const s = sampleSnapshot();
  s.managers.push({ id: 'm2', name: '鈴木 一郎' });
  s.interactions.push({
    id: 'i2', at: '2024-06-02T10:00:00+09:00', channel: 'CALL', managerIds: ['m2'], repIds: ['r2'], summary: 'm2 only',
    nextAction: { description: 'm2 secret plan', dueDate: '2024-06-05', done: false },
  });
  return s;
}

const M1 = managerActor('m1');
const ids = (r: { followUps: { id: string }[] }): string[] => r.followUps.map((i) => i.id);

describeEachEngine('followUps: who may read whose next actions', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    await importSnapshot(store(), snapshot());
    api = await TestApi.create(store());
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('refuses a manager another manager\'s, in every form the argument can take, with FORBIDDEN and no items', async () => {
    const forms: [string, Record<string, unknown>, string?][] = [
      ['{ followUps(managerId: "m2") { id nextAction { description } } }', {}],
      ['query($m: ID) { followUps(managerId: $m) { id nextAction { description } } }', { m: 'm2' }],
      ['query($m: ID = "m2") { followUps(managerId: $m) { id nextAction { description } } }', {}],
      ['query { mine: followUps(managerId: "m1") { id } theirs: followUps(managerId: "m2", dueBy: "2030-01-01") { id } }', {}],
      ['fragment F on Query { followUps(managerId: "m2") { id } } query { ...F }', {}],
      ['query($yes: Boolean = true) { ... @include(if: $yes) { followUps(managerId: "m2") { id } } }', {}],
      ['query A { followUps(managerId: "m1") { id } } query B { followUps(managerId: "m2") { id } }', {}, 'B'],
    ];
    for (const [query, variables, operationName] of forms) {
      const r = await api.run(query, variables, M1, operationName);
      expect(r.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toContainEqual(['FORBIDDEN', 'followUps']);
      expect(JSON.stringify(r.data ?? null)).not.toContain('i2');
    }
  });

  it('gives a manager their own, named or not; an admin anyone\'s or everyone\'s; an analyst none', async () => {
    expect(ids(await api.ok('{ followUps(managerId: "m1") { id } }', {}, M1))).toEqual(['i1']);
    expect(ids(await api.ok('{ followUps { id } }', {}, M1))).toEqual(['i1']);
    expect(ids(await api.ok('{ followUps { id } }', {}, managerActor('m2')))).toEqual(['i2']);
    expect(ids(await api.ok('{ followUps { id } }', {}, ADMIN))).toEqual(['i2', 'i1']);
    expect(ids(await api.ok('{ followUps(managerId: "m2") { id } }', {}, ADMIN))).toEqual(['i2']);
    expect(ids(await api.ok('{ followUps(managerId: "m2", dueBy: "2030-01-01") { id } }', {}, ANALYST))).toEqual([]);
    expect(ids(await api.ok('{ followUps { id } }', {}, ANALYST))).toEqual([]);
  });

  it('refuses a manager credential that names no manager, and names every bad argument at once', async () => {
    const orphan = await api.run('{ followUps { id } }', {}, { id: 'test-orphan', role: Role.MANAGER, managerId: null });
    expect(orphan.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await api.run('{ followUps(dueBy: "soon", limit: 0) { id } }', {}, ADMIN);
    expect(bad.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'dueBy', reason: 'must be a date YYYY-MM-DD' }, { field: 'limit', reason: 'must be from 1 to 500' }],
    });
  });
});
