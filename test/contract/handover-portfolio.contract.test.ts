import { describeEachEngine } from '../helpers/engines';
import { ADMIN, ANALYST, TestApi, managerActor } from '../helpers/graphql';
import { handoverSnapshot, M1_Q1 } from './handover.fixture';

const REASSIGN = `mutation($i: ReassignPortfolioInput!) { reassignPortfolio(input: $i) {
  from { id } to { id }
  companies {
    company { id }
    keyPersons { rep { id } score reasons ourTrust }
    teamTies { manager { id } rep { id } trust basis }
    openActions { id nextAction { dueDate } }
    recentInteractions { id }
    plannedIntroductions { id introducerId introducedId toManagerId at outcome }
  } } }`;
const STATE = `{ m1: manager(id: "m1") { portfolio { companyId since } } m2: manager(id: "m2") { portfolio { companyId since } }
  m3: manager(id: "m3") { portfolio { companyId since } } q1: rep(id: "q1") { introductions { id outcome } } q6: rep(id: "q6") { introductions { id outcome } } }`;

describeEachEngine('handover: one of our managers hands partners over', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: '2026-10-31' });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: handoverSnapshot() });
  });
  afterAll(() => api.stop());

  it('refusals write nothing: roles, someone else\'s portfolio, partners not theirs, the same manager, unknown managers', async () => {
    const before = await api.ok(STATE);
    const refused = async (i: Record<string, unknown>, actor = managerActor('m1')) => (await api.run(REASSIGN, { i }, actor)).errors?.[0];
    expect((await refused({ fromManagerId: 'm1', toManagerId: 'm3' }, ANALYST))?.extensions?.code).toBe('FORBIDDEN');
    expect((await refused({ fromManagerId: 'm2', toManagerId: 'm1' }))?.extensions?.code).toBe('FORBIDDEN');
    const notTheirs = await refused({ fromManagerId: 'm1', toManagerId: 'm3', companyIds: ['h1', 'h2'] });
    expect(notTheirs?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.companyIds[1]' }] });
    expect((await refused({ fromManagerId: 'm1', toManagerId: 'm3', companyIds: [] }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refused({ fromManagerId: 'm1', toManagerId: 'm1' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refused({ fromManagerId: 'm1', toManagerId: 'q1' }))?.extensions?.code).toBe('NOT_FOUND');
    expect(await api.ok(STATE)).toEqual(before);
  });

  it('moves ownership, plans introductions along the outgoing manager\'s strongest ties, and briefs each partner', async () => {
    const r = (await api.ok(REASSIGN, { i: { fromManagerId: 'm1', toManagerId: 'm3' } }, managerActor('m1'))).reassignPortfolio;
    expect([r.from.id, r.to.id, r.companies.map((c: any) => c.company.id)]).toEqual(['m1', 'm3', ['h1']]);
    const h1 = r.companies[0];
    expect(h1.teamTies).toEqual([
      { manager: { id: 'm1' }, rep: { id: 'q1' }, trust: M1_Q1, basis: 'ADJUSTED' },
      { manager: { id: 'm1' }, rep: { id: 'q4' }, trust: 0.6, basis: 'RECORDED' },
      // q1 introduced q2 to m1 and they met (2025): an introduced tie of 0.5, as warm paths count it
      { manager: { id: 'm1' }, rep: { id: 'q2' }, trust: 0.5, basis: 'INTRODUCED' },
      { manager: { id: 'm2' }, rep: { id: 'q2' }, trust: 0.5, basis: 'RECORDED' },
      { manager: { id: 'm2' }, rep: { id: 'q1' }, trust: 0.4, basis: 'RECORDED' },
    ]);
    expect(h1.plannedIntroductions).toEqual([
      { id: 'm1>q1>m3', introducerId: 'm1', introducedId: 'q1', toManagerId: 'm3', at: '2026-10-31', outcome: 'PENDING' },
      { id: 'm1>q4>m3', introducerId: 'm1', introducedId: 'q4', toManagerId: 'm3', at: '2026-10-31', outcome: 'PENDING' },
      { id: 'm1>q2>m3', introducerId: 'm1', introducedId: 'q2', toManagerId: 'm3', at: '2026-10-31', outcome: 'PENDING' },
    ]);
    expect(h1.openActions).toEqual([{ id: 'i1', nextAction: { dueDate: '2026-11-15' } }, { id: 'i2', nextAction: { dueDate: '2026-11-20' } }]);
    expect(h1.recentInteractions.map((i: any) => i.id)).toEqual(['i2', 'i1', 'i3']);
    const kp = (await api.ok('{ keyPersons(companyId: "h1", limit: 3) { rep { id } score reasons } }')).keyPersons;
    const best: Record<string, number> = { q1: M1_Q1, q4: 0.6, q2: 0.5 };
    expect(h1.keyPersons).toEqual(kp.map((k: any) => ({ ...k, ourTrust: best[k.rep.id] ?? 0 })));

    const after = await api.ok(STATE);
    expect(after.m1.portfolio).toEqual([]);
    expect(after.m3.portfolio).toEqual(expect.arrayContaining([{ companyId: 'h1', since: '2026-10-31' }, { companyId: 'h3', since: null }]));
    expect(after.q1.introductions).toEqual(expect.arrayContaining([{ id: 'm1>q1>m3', outcome: 'PENDING' }]));
  });

  it('hands everything back (admin): partners in id order, no introduction where the successor knows the person already', async () => {
    await api.ok('mutation { setRelationship(input: { a: "m1", b: "q6", trust: 0.3, kind: BUSINESS }) { trust } }');
    const r = (await api.ok(REASSIGN, { i: { fromManagerId: 'm3', toManagerId: 'm1' } }, ADMIN)).reassignPortfolio;
    expect(r.companies.map((c: any) => [c.company.id, c.plannedIntroductions.map((i: any) => i.id)])).toEqual([['h1', []], ['h3', []]]);
    const s = await api.ok(STATE);
    expect(s.m3.portfolio).toEqual([]);
    expect(s.m1.portfolio.map((e: any) => e.companyId).sort()).toEqual(['h1', 'h3']);
  });

  it('takes plain arguments as well as one input object: the same access on what executes, one form at a time', async () => {
    const plain = (args: string, actor = managerActor('m1')) => api.run(`mutation { reassignPortfolio(${args}) { from { id } to { id } companies { company { id } } } }`, {}, actor);
    expect((await plain('fromManagerId: "m3", toManagerId: "m1"')).errors?.[0].extensions?.code).toBe('FORBIDDEN'); // m1 hands over only their own
    expect((await plain('input: { fromManagerId: "m1", toManagerId: "m3" }, toManagerId: "m3"')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await plain('toManagerId: "m3"', ADMIN)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'fromManagerId' })] });
    expect((await plain('toManagerId: "m3"')).errors?.[0].message).toContain('no manager hands over: give input');
    const r = await plain('fromManagerId: "m1", toManagerId: "m3", companyIds: ["h3"]');
    expect(r.errors).toBeUndefined();
    expect(r.data?.reassignPortfolio).toEqual({ from: { id: 'm1' }, to: { id: 'm3' }, companies: [{ company: { id: 'h3' } }] });
  });
});
