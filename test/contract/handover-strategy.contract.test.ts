import { describeEachEngine } from '../helpers/engines';
import { ANALYST, TestApi } from '../helpers/graphql';
import { handoverSnapshot } from './handover.fixture';

const CHANGES = `query($s: String!) { strategyChanges(since: $s) { company { id } changedAt changes { field before after at }
  proposals { rep { id } before { productKey score } after { productKey score reasons } } } }`;
const FOR_Q2 = '{ proposalsFor(repId: "q2", limit: 5) { productKey score reasons } }';

describeEachEngine('handover: a partner\'s strategy changes', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: '2026-10-31' });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: handoverSnapshot() });
  });
  afterAll(() => api.stop());

  it('records each change of businessPolicy or challenges; proposals follow on the next request; strategyChanges lists them', async () => {
    // stamped on the request's day (DEMO_AS_OF here), at the time of day now
    const started = `2026-10-31${new Date().toISOString().slice(10)}`;
    expect((await api.ok(CHANGES, { s: '2026-01-01' })).strategyChanges).toEqual([]);
    const before = (await api.ok(FOR_Q2)).proposalsFor;
    const sfaBefore = before.find((p: any) => p.productKey === 'sfa');
    expect(sfaBefore.reasons.join(' ')).not.toMatch(/business policy/);

    await api.ok('mutation { updateCompany(id: "h1", input: { businessPolicy: "SFA導入支援を強化" }) { id } }');
    await api.ok('mutation { updateCompany(id: "h1", input: { industry: "小売", businessPolicy: "SFA導入支援を強化" }) { id } }'); // no strategy change

    const after = (await api.ok(FOR_Q2)).proposalsFor;
    const sfaAfter = after.find((p: any) => p.productKey === 'sfa');
    expect(sfaAfter.score).toBeGreaterThan(sfaBefore.score);
    expect(sfaAfter.reasons).toContain('ホテル商事\'s business policy or challenges name SFA');
    const targets = (await api.ok('{ proposalTargets(product: "SFA", limit: 10) { rep { id } reasons } }')).proposalTargets;
    expect(targets.find((t: any) => t.rep.id === 'q2').reasons).toContain('ホテル商事\'s business policy or challenges name SFA');

    const r = (await api.ok(CHANGES, { s: '2026-01-01' })).strategyChanges;
    expect(r).toHaveLength(1);
    expect(r[0].company).toEqual({ id: 'h1' });
    expect(r[0].changes).toEqual([{ field: 'businessPolicy', before: '既存顧客の深耕', after: 'SFA導入支援を強化', at: r[0].changedAt }]);
    expect(r[0].changedAt >= started && r[0].changedAt.startsWith('2026-10-31')).toBe(true);
    // every rep at h1 now: SFA's company fit moves halfway to 1 for each of them
    expect(r[0].proposals.map((p: any) => p.rep.id).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
    const q2 = r[0].proposals.find((p: any) => p.rep.id === 'q2');
    expect(q2.before).toEqual(before.map((p: any) => ({ productKey: p.productKey, score: p.score })));
    expect(q2.after).toEqual(after);
  });

  it('a later change of challenges adds a record; since filters by time; analysts read it; a bad since is refused', async () => {
    await api.ok('mutation { updateCompany(id: "h1", input: { challenges: "CRMの刷新" }) { id } }');
    const r = (await api.ok(CHANGES, { s: '2026-01-01T00:00:00+09:00' }, ANALYST)).strategyChanges;
    expect(r[0].changes.map((c: any) => [c.field, c.before, c.after])).toEqual([
      ['businessPolicy', '既存顧客の深耕', 'SFA導入支援を強化'], ['challenges', '人手不足', 'CRMの刷新'],
    ]);
    expect(r[0].changedAt).toBe(r[0].changes[1].at);
    const later = new Date(Date.parse(r[0].changedAt) + 1000).toISOString();
    expect((await api.ok(CHANGES, { s: later })).strategyChanges).toEqual([]);
    expect((await api.run(CHANGES, { s: 'yesterday' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.run(CHANGES, { s: '2026-02-30' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
