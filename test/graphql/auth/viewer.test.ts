import { ADMIN, ANALYST, TestApi, managerActor } from '../../helpers/graphql';
import { describeEachEngine } from '../../helpers/engines';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

const VIEWER = '{ viewer { role managerId maskedFields } }';
// every field the sample data fills in, on each type that has masked fields
const FIELDS = `{
  rep(id: "r1") { email phone disc mbti stance responseSpeed notes name }
  manager(id: "m1") { email phone name team }
  interaction(id: "i1") { summary concerns nextAction { description } channel }
  trustOverride: relationshipHealth(a: "m1", b: "r1") { override { note trust byId } }
}`;

describeEachEngine('viewer', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    const sample = sampleSnapshot();
    // every masked field filled in, so a masked one shows as blank
    sample.reps[0].notes = 'notes';
    sample.managers[0].phone = '03-1111-1111';
    (sample as Record<string, unknown>).trustOverrides = [{ a: 'm1', b: 'r1', trust: 0.6, note: '会食で確認', byId: 'm1', at: '2024-01-01T00:00:00Z' }];
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: sample });
  });
  afterAll(() => api.stop());

  it('names the role, the manager and no masked field for admins and managers', async () => {
    expect((await api.ok(VIEWER, {}, ADMIN)).viewer).toEqual({ role: 'ADMIN', managerId: null, maskedFields: [] });
    expect((await api.ok(VIEWER, {}, managerActor('m1'))).viewer).toEqual({ role: 'MANAGER', managerId: 'm1', maskedFields: [] });
  });

  it("lists exactly the fields that come back masked for an analyst and filled in for an admin", async () => {
    const { viewer } = await api.ok(VIEWER, {}, ANALYST);
    expect(viewer.role).toBe('ANALYST');
    const asAdmin = await api.ok(FIELDS, {}, ADMIN);
    const asAnalyst = await api.ok(FIELDS, {}, ANALYST);
    const blank = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);
    const seenMasked: string[] = [];
    asAdmin.trustOverride = asAdmin.trustOverride.override;
    asAnalyst.trustOverride = asAnalyst.trustOverride.override;
    for (const [root, type] of [['rep', 'Rep'], ['manager', 'Manager'], ['interaction', 'Interaction'], ['trustOverride', 'TrustOverride']]) {
      for (const field of Object.keys(asAdmin[root])) {
        if (blank(asAdmin[root][field])) continue;
        if (blank(asAnalyst[root][field])) seenMasked.push(`${type}.${field}`);
        else expect(asAnalyst[root][field]).toEqual(asAdmin[root][field]);
      }
    }
    expect([...viewer.maskedFields].sort()).toEqual(seenMasked.sort());
    expect(viewer.maskedFields).toContain('Rep.email');
    expect(viewer.maskedFields).toContain('TrustOverride.note'); // found by an outsider: masked but not named
  });
});
