import { describeEachEngine } from '../helpers/engines';
import { ADMIN, ANALYST, TestApi, managerActor } from '../helpers/graphql';
import { handoverSnapshot, M1_Q1 } from './handover.fixture';

const JOB_CHANGE = `mutation($i: RecordJobChangeInput!) { recordJobChange(input: $i) {
  ended { id until } started { id since title }
  brief {
    rep { id } oldCompany { id } newCompany { id }
    history { interactions positiveReactions dealsWon dealsLost dealsOpen revenue introductionsMade }
    ourTrust { manager { id } trust basis recordedTrust positives negatives }
    openDeals { id repId stage }
    openActions { interaction { id nextAction { description done } } movedTo { id } carriedBy }
    successors { rep { id } score tieToLeaver ourTrust seniority reasons }
    openingPaths { strength hops people names }
  } } }`;
const STATE_QUERY = `{ rep(id: "q1") { employments { id until } ties { personId relationship { trust } } } h1: deals(filter: { companyId: "h1" }) { edges { node { id repId version } } }
  interactions(first: 50) { edges { node { id repIds nextAction { done } } } } brokerNetwork { ties } }`;

/** Employments, deals, interactions and ties as they stand (edges unwrapped). */
async function state(api: TestApi) {
  const r = await api.ok(STATE_QUERY);
  return { rep: r.rep, ties: r.brokerNetwork.ties, h1: { nodes: r.h1.edges.map((e: any) => e.node) }, interactions: { nodes: r.interactions.edges.map((e: any) => e.node) } };
}

describeEachEngine('handover: a partner\'s rep moves', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: '2026-10-31' });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: handoverSnapshot() });
  });
  afterAll(() => api.stop());

  it('refusals write nothing: roles, portfolio, successor elsewhere, dates, unknown records', async () => {
    const before = await state(api);
    // the checks of what the change means run as an admin; a manager is refused a move into another manager's partner
    const refused = async (i: Record<string, unknown>, actor = ADMIN) => (await api.run(JOB_CHANGE, { i }, actor)).errors?.[0];
    expect((await refused({ repId: 'q1', newCompanyId: 'h2', effectiveDate: '2026-10-15' }, ANALYST))?.extensions?.code).toBe('FORBIDDEN');
    expect((await refused({ repId: 'q1', newCompanyId: 'h2', effectiveDate: '2026-10-15' }, managerActor('m2')))?.extensions?.code).toBe('FORBIDDEN');
    const intoOthers = await refused({ repId: 'q1', newCompanyId: 'h2', effectiveDate: '2026-10-15' }, managerActor('m1'));
    expect([intoOthers?.extensions?.code, intoOthers?.message]).toEqual(['FORBIDDEN', expect.stringContaining('company "h2" is not in your portfolio')]);
    expect((await refused({ repId: 'q1', effectiveDate: '2099-01-01' }, managerActor('m1')))?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await refused({ repId: 'q1', newCompanyId: 'h2', effectiveDate: '2026-10-15', successorId: 'q5' });
    expect(elsewhere?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(elsewhere)).toContain('input.successorId');
    expect((await refused({ repId: 'q1', newCompanyId: 'h2', effectiveDate: '2018-01-01' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refused({ repId: 'q1', newCompanyId: 'h1', effectiveDate: '2026-10-15' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refused({ repId: 'q1', newCompanyId: 'nope', effectiveDate: '2026-10-15' }))?.extensions?.code).toBe('NOT_FOUND');
    expect((await refused({ repId: 'q1', newCompanyId: 'h2', effectiveDate: '2026-10-15', successorId: 'q1' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refused({ repId: 'm1', effectiveDate: '2026-10-15' }, { id: 'admin', role: 'ADMIN' as never, managerId: null }))?.extensions?.code).toBe('NOT_FOUND');
    expect((await refused({ repId: 'q1', effectiveDate: '2026-02-30' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await state(api)).toEqual(before);
  });

  it('recordJobChange: one transaction ends and starts the employment, hands open work to the successor, and returns the brief', async () => {
    // m1 owns h2 too (a manager records a move only into their own partners)
    await api.ok('mutation { addToPortfolio(managerId: "m1", companyId: "h2") { companyId } }', {}, ADMIN);
    const before = await state(api);
    const r = (await api.ok(JOB_CHANGE, { i: { repId: 'q1', newCompanyId: 'h2', title: '部長', effectiveDate: '2026-10-15', successorId: 'q3' } }, managerActor('m1'))).recordJobChange;
    expect(r.ended).toEqual([{ id: 'q1@h1@2018-04-01', until: '2026-10-15' }]);
    expect(r.started).toEqual({ id: 'q1@h2@2026-10-15', since: '2026-10-15', title: '部長' });
    const b = r.brief;
    expect([b.rep.id, b.oldCompany.id, b.newCompany.id]).toEqual(['q1', 'h1', 'h2']);
    expect(b.history).toEqual({ interactions: 3, positiveReactions: 1, dealsWon: 1, dealsLost: 0, dealsOpen: 0, revenue: 1000000, introductionsMade: 1 });
    expect(b.ourTrust).toEqual([
      { manager: { id: 'm1' }, trust: M1_Q1, basis: 'ADJUSTED', recordedTrust: 0.8, positives: 2, negatives: 0 },
      { manager: { id: 'm2' }, trust: 0.4, basis: 'RECORDED', recordedTrust: 0.4, positives: 0, negatives: 0 },
    ]);
    expect(b.openDeals).toEqual([{ id: 'hd1', repId: 'q3', stage: 'OPEN' }]);
    // m1 hands over the action agreed with them; m2's stays where it is
    expect(b.openActions).toEqual([
      { interaction: { id: 'i1', nextAction: { description: '見積もり送付', done: false } }, movedTo: { id: 'q3' }, carriedBy: expect.stringMatching(/^handover-/) },
      { interaction: { id: 'i2', nextAction: { description: '資料共有', done: false } }, movedTo: null, carriedBy: null },
    ]);
    expect(b.successors.map((s: any) => [s.rep.id, s.score, s.tieToLeaver, s.ourTrust, s.seniority])).toEqual([
      ['q2', 0.62, 0.7, 0.5, 0.7], ['q3', 0.4, 0.9, 0, 0.2], ['q4', 0.3, 0, 0.6, 0.3],
    ]);
    expect(b.successors[0].reasons[0]).toMatch(/青木 一 trusts them/);
    expect(b.openingPaths[0]).toEqual({ strength: M1_Q1, hops: 1, people: ['m1', 'q1'], names: ['佐藤 花子', '青木 一'] });

    const after = await state(api);
    expect(after.ties).toBe(before.ties);
    expect(after.rep.ties).toEqual(before.rep.ties);
    expect(after.rep.employments).toEqual(expect.arrayContaining([{ id: 'q1@h1@2018-04-01', until: '2026-10-15' }, { id: 'q1@h2@2026-10-15', until: null }]));
    const byId = new Map(after.interactions.nodes.map((i: any) => [i.id, i]));
    expect(byId.get('i1')).toEqual({ id: 'i1', repIds: ['q1'], nextAction: { done: true } });
    const carrier = after.interactions.nodes.find((i: any) => i.id.startsWith('handover-'));
    expect(carrier).toEqual({ id: expect.stringMatching(/^handover-[0-9a-f-]{36}$/), repIds: ['q3'], nextAction: { done: false } });
    expect(byId.get('i2')).toEqual({ id: 'i2', repIds: ['q1'], nextAction: { done: false } });
    expect(after.interactions.nodes).toHaveLength(before.interactions.nodes.length + 1);
    expect(after.h1.nodes.find((d: any) => d.id === 'hd1')).toEqual({ id: 'hd1', repId: 'q3', version: 2 });
    expect(await api.ok('{ keyPersons(companyId: "h2", limit: 5) { rep { id } } }')).toEqual({ keyPersons: expect.arrayContaining([{ rep: { id: 'q1' } }]) });
  });

  it('a rep who leaves: the period ends, none starts, no opening; without a successor nothing moves', async () => {
    const r = (await api.ok(JOB_CHANGE, { i: { repId: 'q4', effectiveDate: '2026-10-20' } })).recordJobChange;
    expect(r.ended).toEqual([{ id: 'q4@h1@2019-04-01', until: '2026-10-20' }]);
    expect(r.started).toBeNull();
    expect(r.brief.newCompany).toBeNull();
    expect(r.brief.openingPaths).toEqual([]);
    expect(r.brief.ourTrust).toEqual([{ manager: { id: 'm1' }, trust: 0.6, basis: 'RECORDED', recordedTrust: 0.6, positives: 0, negatives: 0 }]);
    // left already: a second change on a later day has nothing to end
    expect((await api.run(JOB_CHANGE, { i: { repId: 'q4', effectiveDate: '2026-10-25' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes plain arguments as well as one input object (the contract allows both): same rules, same access, one form at a time', async () => {
    const before = await state(api);
    const plain = (args: string, actor = ADMIN) => api.run(`mutation { recordJobChange(${args}) { ended { id until } started { id } } }`, {}, actor);
    expect((await plain('repId: "q2", effectiveDate: "2026-10-26"', ANALYST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await plain('repId: "q2", newCompanyId: "h3", effectiveDate: "2026-10-26"', managerActor('m1'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const both = (await plain('input: { repId: "q2", effectiveDate: "2026-10-26" }, repId: "q2"')).errors?.[0];
    expect([both?.extensions?.code, both?.message]).toEqual(['BAD_USER_INPUT', expect.stringContaining('either input or the plain arguments')]);
    const neither = (await plain('title: "x"')).errors?.[0];
    expect(neither?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: expect.arrayContaining([expect.objectContaining({ field: 'repId' }), expect.objectContaining({ field: 'effectiveDate' })]) });
    // a manager asking in neither form is refused (nothing to check access on) and told what is missing, not about an "undefined" rep (outsider)
    const unnamed = (await plain('title: "x"', managerActor('m1'))).errors?.[0];
    expect([unnamed?.extensions?.code, unnamed?.message]).toEqual(['FORBIDDEN', expect.stringContaining('no rep is named: give input')]);
    expect(unnamed?.message).not.toContain('undefined');
    const future = (await plain('repId: "q2", effectiveDate: "2099-01-01"', managerActor('m1'))).errors?.[0];
    expect([future?.extensions?.code, future?.message]).toEqual(['FORBIDDEN', expect.stringContaining('effectiveDate "2099-01-01" is in the future')]);
    expect(future?.message).not.toContain('input.');
    const badDay = (await plain('repId: "q2", effectiveDate: "2026-02-30"')).errors?.[0];
    expect(badDay?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'effectiveDate' })] });
    expect(await state(api)).toEqual(before);

    const r = await plain('repId: "q2", effectiveDate: "2026-10-26"', managerActor('m1'));
    expect(r.errors).toBeUndefined();
    expect(r.data?.recordJobChange).toEqual({ ended: [{ id: expect.stringMatching(/^q2@h1@/), until: '2026-10-26' }], started: null });
  });
});
