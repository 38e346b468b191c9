import { Role } from '@/domain/auth/actor';
import { describeEachEngine } from '../helpers/engines';
import { ADMIN, TestApi } from '../helpers/graphql';
import { handoverSnapshot } from './handover.fixture';

/**
 * With DEMO_AS_OF (the demo pins "today" to its data's last day), what a write stamps falls on that day, and "in the
 * future" is measured from it (found by an outsider: an override was stamped 38 days after the demo's today, and a
 * move dated then was taken as not in the future). Also: a manager's target and override name the manager, not the
 * token; override ids follow the id rule; a note is counted in characters, not UTF-16 units.
 */
const DAY = '2026-10-31';
// a manager's API token: its actor id is the token's, its manager m1
const M1_TOKEN = { id: 'token:5cd36e40', role: Role.MANAGER, managerId: 'm1' };

describeEachEngine('the request\'s day: what writes stamp, and what is in the future', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: DAY });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: handoverSnapshot() });
  });
  afterAll(() => api.stop());

  it('an override, a recorded tie, a target and a strategy change are stamped on the pinned day; targets and overrides name the manager', async () => {
    const o = await api.ok('mutation { overrideTrust(a: "m1", b: "q1", trust: 0.7, note: "確認済み") { override { at byId status } } }', {}, M1_TOKEN);
    expect(o.overrideTrust.override).toMatchObject({ byId: 'm1', status: "ACTIVE" });
    expect(o.overrideTrust.override.at.slice(0, 10)).toBe(DAY);
    const r = await api.ok('mutation { setRelationship(input: { a: "m1", b: "q4", trust: 0.65 }) { recordedAt } }', {}, M1_TOKEN);
    expect(r.setRelationship.recordedAt.slice(0, 10)).toBe(DAY);
    const t = await api.ok('mutation { setRevenueTarget(input: { companyId: "h1", period: "2026-Q4", amount: 1000000 }) { setAt setBy } }', {}, M1_TOKEN);
    expect([t.setRevenueTarget.setAt.slice(0, 10), t.setRevenueTarget.setBy]).toEqual([DAY, 'm1']);
    await api.ok('mutation { updateCompany(id: "h1", input: { businessPolicy: "新規開拓" }) { id } }', {}, ADMIN);
    const s = await api.ok(`{ strategyChanges(since: "${DAY}") { company { id } changedAt } }`, {}, ADMIN);
    expect(s.strategyChanges.map((c: any) => [c.company.id, c.changedAt.slice(0, 10)])).toEqual([['h1', DAY]]);
  });

  it('a manager\'s dates after the pinned day are in the future: an interaction, a job change', async () => {
    const i = await api.run('mutation { createInteraction(input: { at: "2026-11-05T10:00:00+09:00", channel: CALL, managerIds: ["m1"], repIds: ["q1"] }) { id } }', {}, M1_TOKEN);
    expect([i.errors?.[0].extensions?.code, i.errors?.[0].message]).toEqual(['FORBIDDEN', expect.stringContaining('is in the future')]);
    const j = await api.run('mutation { recordJobChange(input: { repId: "q1", effectiveDate: "2026-11-03" }) { ended { id } } }', {}, M1_TOKEN);
    expect([j.errors?.[0].extensions?.code, j.errors?.[0].message]).toEqual(['FORBIDDEN', expect.stringContaining('is in the future')]);
    // the pinned day itself is not
    const ok = await api.run('mutation { createInteraction(input: { at: "2026-10-31T10:00:00+09:00", channel: CALL, managerIds: ["m1"], repIds: ["q1"] }) { id } }', {}, M1_TOKEN);
    expect(ok.errors).toBeUndefined();
  });

  it('override ids follow the id rule; a note is counted in characters', async () => {
    for (const [a, b] of [['\u200b', 'q1'], ['m1', '   '], ['m1', 'q1\u0007']]) {
      for (const m of ['overrideTrust(a: $a, b: $b, trust: 0.5)', 'clearTrustOverride(a: $a, b: $b)']) {
        const r = await api.run(`mutation($a: ID!, $b: ID!) { ${m} { effectiveTrust } }`, { a, b }, ADMIN);
        expect({ m, code: r.errors?.[0].extensions?.code, fields: (r.errors?.[0].extensions?.fields as any[])?.map((f) => f.field) })
          .toEqual({ m, code: 'BAD_USER_INPUT', fields: [a === 'm1' ? 'b' : 'a'] });
      }
    }
    // the health query too, every fault at once; a tie of one person is not a question with a null answer
    const asked = await api.run('{ relationshipHealth(a: "\u200b", b: "q1\u0007", asOf: "2026-02-30") { effectiveTrust } }', {}, ADMIN);
    expect(asked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'a' }, { field: 'b' }, { field: 'asOf' }] });
    const self = await api.run('{ relationshipHealth(a: "m1", b: "m1") { effectiveTrust } }', {}, ADMIN);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'b', reason: 'must be another person than a' }] });
    const emoji = '😀'.repeat(300); // 300 characters, 600 UTF-16 units
    const kept = await api.ok('mutation($n: String) { overrideTrust(a: "m1", b: "q1", trust: 0.6, note: $n) { override { note } } }', { n: emoji }, ADMIN);
    expect(kept.overrideTrust.override.note).toBe(emoji);
    const long = await api.run('mutation($n: String) { overrideTrust(a: "m1", b: "q1", trust: 0.6, note: $n) { override { note } } }', { n: '𠮷'.repeat(501) }, ADMIN);
    expect(long.errors?.[0].extensions?.fields).toEqual([{ field: 'note', reason: 'must be at most 500 characters (it has 501)' }]);
  });
});
