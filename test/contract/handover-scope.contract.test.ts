import { describeEachEngine } from '../helpers/engines';
import { ADMIN, TestApi, managerActor } from '../helpers/graphql';
import { handoverSnapshot } from './handover.fixture';

/**
 * What a manager's recordJobChange may touch, found by an outsider on the demo:
 * - a rep with current periods at two partners (m1's h1 and m2's h2): m1 ended the h2 period too and, when h2's was
 *   the later one, moved h2's open deals. Now FORBIDDEN naming h2, nothing written; an admin records it.
 * - an open next action that m1 shared with m2 was carried by a new interaction of m1 and m2 with the successor, which
 *   createInteraction refuses m1 (it moves m2's tie). Now it stays (movedTo null, the original still open).
 * - a rep at two of m1's partners: the open deals at the one that is not "the old company" were neither moved nor listed.
 *   Now every ended company's open deals are listed; those where the successor works move.
 */
function snapshot(): Record<string, any> {
  const s = handoverSnapshot();
  s.portfolio.push({ managerId: 'm1', companyId: 'h3' });
  s.employments.push(
    // q6 works at m3's h3 and, since 2022, at m2's h2 too
    { repId: 'q6', companyId: 'h2', title: '顧問', since: '2022-01-01' },
    // q4 works at m1's h1 and, since 2024, at h3 (m1's too, and m3's)
    { repId: 'q4', companyId: 'h3', title: '顧問', since: '2024-01-01' },
  );
  s.interactions.push(
    { id: 'i8', at: '2026-06-01T10:00:00+09:00', channel: 'MEETING', managerIds: ['m1', 'm2'], repIds: ['q1'], summary: '合同会議',
      nextAction: { description: '議事録共有', dueDate: '2026-11-10', done: false } },
  );
  s.deals.push(
    { id: 'sd1', companyId: 'h2', repId: 'q6', managerId: 'm2', product: 'MA', stage: 'OPEN', proposedAt: '2026-09-01' },
    { id: 'sd2', companyId: 'h1', repId: 'q4', managerId: 'm1', product: 'CRM', stage: 'OPEN', proposedAt: '2026-09-01' },
    { id: 'sd3', companyId: 'h3', repId: 'q4', managerId: 'm1', product: 'SFA', stage: 'OPEN', proposedAt: '2026-09-02' },
  );
  return s;
}

const JOB_CHANGE = `mutation($i: RecordJobChangeInput!) { recordJobChange(input: $i) {
  ended { id until } brief { openDeals { id repId } openActions { interaction { id } movedTo { id } carriedBy } } } }`;
const STATE = `{ q6: rep(id: "q6") { employments { id until } deals { id repId version } }
  q4: rep(id: "q4") { employments { id until } deals { id repId version } }
  q1: rep(id: "q1") { employments { id until } deals { id repId version } interactions { id nextAction { done } version } } }`;

describeEachEngine('handover: what a manager\'s job change may touch', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: '2026-10-31' });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshot() });
  });
  afterAll(() => api.stop());

  it('a rep who also works at another manager\'s partner: FORBIDDEN naming it, in every form, nothing written; an admin records it', async () => {
    const before = await api.ok(STATE);
    // m3 owns h3, not h2; with a successor at h3 too (q6's latest period is h2's)
    for (const i of [{ repId: 'q6', effectiveDate: '2026-10-15' }, { repId: 'q6', effectiveDate: '2026-10-16', title: null }]) {
      const r = await api.run(JOB_CHANGE, { i }, managerActor('m3'));
      expect([r.errors?.[0].extensions?.code, r.errors?.[0].message]).toEqual(['FORBIDDEN', expect.stringContaining('also works now at "h2", not in your portfolio')]);
    }
    const plain = await api.run('mutation { recordJobChange(repId: "q6", effectiveDate: "2026-10-15") { ended { id } } }', {}, managerActor('m3'));
    expect(plain.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await api.ok(STATE)).toEqual(before);
    // m2 owns h2 but not h3: refused the same way
    const other = await api.run(JOB_CHANGE, { i: { repId: 'q6', effectiveDate: '2026-10-15' } }, managerActor('m2'));
    expect([other.errors?.[0].extensions?.code, other.errors?.[0].message]).toEqual(['FORBIDDEN', expect.stringContaining('also works now at "h3"')]);
    expect(await api.ok(STATE)).toEqual(before);
  });

  it('a manager carries only the next actions they alone of our managers took part in; a shared one stays open with the original', async () => {
    const r = (await api.ok(JOB_CHANGE, { i: { repId: 'q1', effectiveDate: '2026-10-15', successorId: 'q3' } }, managerActor('m1'))).recordJobChange;
    const moved = Object.fromEntries(r.brief.openActions.map((a: any) => [a.interaction.id, a.movedTo?.id ?? null]));
    // i1: m1 alone, carried; i2: m2's; i8: m1 with m2
    expect(moved).toEqual({ i1: 'q3', i2: null, i8: null });
    const q1 = new Map<string, any>((await api.ok(STATE)).q1.interactions.map((i: any) => [i.id, i]));
    expect(q1.get('i8')).toEqual({ id: 'i8', nextAction: { done: false }, version: 1 });
    expect(q1.get('i2')).toEqual({ id: 'i2', nextAction: { done: false }, version: 1 });
    expect(q1.get('i1')).toMatchObject({ nextAction: { done: true }, version: 2 });
    // what the job change wrote m1 could have written directly: the carrier is m1's with the successor alone
    const carrier = (await api.ok('{ rep(id: "q3") { interactions { id managerIds repIds } } }')).rep.interactions.filter((i: any) => i.id.startsWith('handover-'));
    expect(carrier).toEqual([{ id: expect.any(String), managerIds: ['m1'], repIds: ['q3'] }]);
  });

  it('a rep at two of the manager\'s partners: every open deal is listed; those where the successor works move, the others stay theirs', async () => {
    // q4 leaves h1 and h3 (both m1's; h3, the later, is the old company); the successor q6 works at h3 (and h2), not
    // at h1: sd3 (h3) moves to q6, sd2 (h1) is listed and stays with q4
    const r = (await api.ok(JOB_CHANGE, { i: { repId: 'q4', effectiveDate: '2026-10-20', successorId: 'q6' } }, managerActor('m1'))).recordJobChange;
    expect(r.ended.map((e: any) => e.id).sort()).toEqual(['q4@h1@2019-04-01', 'q4@h3@2024-01-01']);
    expect(r.brief.openDeals).toEqual([{ id: 'sd2', repId: 'q4' }, { id: 'sd3', repId: 'q6' }]);
    const after = await api.ok(STATE);
    expect(after.q4.deals).toEqual([{ id: 'sd2', repId: 'q4', version: 1 }]);
    expect(after.q6.deals).toContainEqual({ id: 'sd3', repId: 'q6', version: 2 });
  });

  it('an admin moves a rep across two managers\' partners', async () => {
    const r = (await api.ok(JOB_CHANGE, { i: { repId: 'q6', effectiveDate: '2026-10-15' } }, ADMIN)).recordJobChange;
    expect(r.ended.map((e: any) => e.id).sort()).toEqual(['q6@h2@2022-01-01', 'q6@h3@2021-04-01']);
    // hd4 at h3, sd1 at h2, and sd3 at h3 (handed to q6 above)
    expect(r.brief.openDeals.map((d: any) => d.id).sort()).toEqual(['hd4', 'sd1', 'sd3']);
  });

  it('in the plain-argument form, a refusal from the use case names the arguments sent, not input.… (found by an outsider)', async () => {
    const early = await api.run('mutation { recordJobChange(repId: "q3", effectiveDate: "2015-11-10") { ended { id } } }', {}, ADMIN);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'effectiveDate' }] });
    expect(early.errors?.[0].message).not.toContain('input.');
    const viaInput = await api.run('mutation { recordJobChange(input: { repId: "q3", effectiveDate: "2015-11-10" }) { ended { id } } }', {}, ADMIN);
    expect(viaInput.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.effectiveDate' }] });
    const foreign = await api.run('mutation { reassignPortfolio(fromManagerId: "m2", toManagerId: "m1", companyIds: ["h2", "h1"]) { companies { company { id } } } }', {}, ADMIN);
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'companyIds[1]' }] });
  });
});
