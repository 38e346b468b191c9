import { describeEachEngine } from '../../helpers/engines';
import { TestApi, managerActor } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

/**
 * Effective trust moves with interactions, introductions and deals, so a MANAGER's writes of them are held to the
 * scope of setRelationship on every tie they move. m1 owns c1 (r1, r2 now; r5 until 2020). m2 owns c2 (r3, r4).
 * m3 is a third manager. Ties (recorded 2024-01-01): m2–r3 0.9, r3–r4 0.6, m2–m3 0.7.
 */
function snapshot() {
  const s = sampleSnapshot();
  s.managers.push({ id: 'm2', name: '山田 次郎' }, { id: 'm3', name: '木村 三郎' });
  s.reps.push({ id: 'r3', name: '伊藤 誠' }, { id: 'r4', name: '渡辺 恵' }, { id: 'r5', name: '松本 剛' });
  s.employments.push(
    { repId: 'r3', companyId: 'c2', since: '2020-04-01' }, { repId: 'r4', companyId: 'c2', since: '2018-04-01' },
    { repId: 'r5', companyId: 'c1', since: '2015-04-01', until: '2020-03-31' }, { repId: 'r5', companyId: 'c2', since: '2020-04-01' },
  );
  s.portfolio.push({ managerId: 'm2', companyId: 'c2' });
  const recordedAt = '2024-01-01T00:00:00Z';
  s.relationships.push(
    { a: 'm2', b: 'r3', trust: 0.9, recordedAt }, { a: 'r3', b: 'r4', trust: 0.6, recordedAt }, { a: 'm2', b: 'm3', trust: 0.7, recordedAt },
  );
  return s;
}

const M1 = managerActor('m1');
const INTERACTION = `mutation($m: [ID!]!, $r: [ID!]!, $at: String!) {
  createInteraction(input: { at: $at, channel: MEETING, managerIds: $m, repIds: $r, reaction: NEGATIVE }) { id } }`;
const INTRODUCTION = `mutation($from: ID!, $who: ID!, $to: ID!) {
  recordIntroduction(input: { introducerId: $from, introducedId: $who, toManagerId: $to, at: "2026-01-05", outcome: MET }) { id } }`;
const DEAL = `mutation($m: ID, $r: ID, $day: String) {
  createDeal(input: { companyId: "c1", product: "CRM", stage: WON, managerId: $m, repId: $r, proposedAt: "2025-01-01", closedAt: $day }) { id } }`;
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

describeEachEngine('a MANAGER moves effective trust only on ties they may write', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(get());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshot() });
  });
  afterAll(() => api.stop());

  const code = async (query: string, variables: Record<string, unknown>) => {
    const r = await api.run(query, variables, M1);
    return r.errors?.[0]?.extensions?.code ?? 'OK';
  };
  /** The effective trust of each step of the strongest path from a manager to a person, as warm paths use it. */
  const trustAlong = async (from: string, to: string, maxHops: number) => {
    const r = await api.ok(`{ warmIntroPaths(from: "${from}", to: "${to}", maxHops: ${maxHops}, limit: 1) { steps { trust } } }`);
    return r.warmIntroPaths[0]?.steps.map((s: { trust: number }) => s.trust);
  };

  it('(a) may not record interactions that move another manager\'s tie with a rep, dated today or in the future', async () => {
    expect(await code(INTERACTION, { m: ['m1', 'm2'], r: ['r3'], at: yesterday() })).toBe('FORBIDDEN');
    expect(await code(INTERACTION, { m: ['m1', 'm2'], r: ['r3'], at: '2099-01-01T00:00:00Z' })).toBe('FORBIDDEN');
    expect(await trustAlong('m2', 'r3', 1)).toEqual([0.9]);
  });

  it('(a) may not date an interaction in the future, even on their own ties', async () => {
    const r = await api.run(INTERACTION, { m: ['m1'], r: ['r1'], at: '2099-01-01T00:00:00Z' }, M1);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toContain('is in the future');
    expect(await code(INTERACTION, { m: ['m1'], r: ['r1'], at: new Date(Date.now() + 60_000).toISOString() })).toBe('OK');
  });

  it('(b) may not record interactions that move a tie between two reps of another manager\'s partner', async () => {
    const r = await api.run(INTERACTION, { m: ['m1'], r: ['r3', 'r4'], at: yesterday() }, M1);
    expect(r.errors?.[0]?.message).toBe('Not allowed: this interaction would move the trust of "r3"–"r4", a tie you may not change: '
      + 'neither "r3" nor "r4" works now at a partner in your portfolio');
    expect(await trustAlong('m2', 'r4', 2)).toEqual([0.9, 0.6]);
    expect(await code(INTERACTION, { m: ['m1'], r: ['r1', 'r2'], at: yesterday() })).toBe('OK');
  });

  it('may not change or delete an interaction whose ties they may not write', async () => {
    const { createInteraction: { id } } = await api.ok(INTERACTION, { m: ['m1', 'm2'], r: ['r3'], at: '2025-01-01T00:00:00Z' });
    expect(await code('mutation($id: ID!) { updateInteraction(id: $id, input: { reaction: POSITIVE }) { id } }', { id })).toBe('FORBIDDEN');
    expect(await code('mutation($id: ID!) { deleteInteraction(id: $id) }', { id })).toBe('FORBIDDEN');
  });

  it('(c) may not record introductions that move a tie between two other managers', async () => {
    expect(await code(INTRODUCTION, { from: 'm2', who: 'm3', to: 'm1' })).toBe('FORBIDDEN');
    expect(await code(INTRODUCTION, { from: 'm3', who: 'm2', to: 'm1' })).toBe('FORBIDDEN');
    expect(await code(INTRODUCTION, { from: 'r3', who: 'r4', to: 'm1' })).toBe('FORBIDDEN');
    expect(await get().read.introductionById('m2>m3>m1', 'm2', 'm3')).toBeNull();
    expect(await code(INTRODUCTION, { from: 'r1', who: 'r2', to: 'm1' })).toBe('OK');
  });

  it('(c) may not record the outcome of an introduction to them that moves a tie they may not write', async () => {
    await api.ok('mutation { recordIntroduction(input: { introducerId: "r3", introducedId: "r4", toManagerId: "m1" }) { id } }');
    expect(await code('mutation { recordIntroductionOutcome(id: "r3>r4>m1", outcome: MET) { id } }', {})).toBe('FORBIDDEN');
  });

  it('(d) records deals handled by themselves, with a rep who works or worked at the deal\'s company', async () => {
    expect(await code(DEAL, { m: 'm2', r: 'r1', day: '2025-06-01' })).toBe('FORBIDDEN');
    expect(await code(DEAL, { m: 'm1', r: 'r3', day: '2025-06-01' })).toBe('FORBIDDEN');
    expect(await code(DEAL, { m: 'm1', r: 'r1', day: '2099-06-01' })).toBe('FORBIDDEN');
    expect(await code(DEAL, { m: 'm1', r: 'r5', day: '2025-06-01' })).toBe('OK');
    expect(await code(DEAL, { m: 'm1', r: 'r1', day: '2025-06-01' })).toBe('OK');
    expect(await code(DEAL, { m: null, r: null, day: null })).toBe('OK');
  });

  it('(d) may not change or delete a deal of their partner that another manager handles', async () => {
    const { createDeal: { id } } = await api.ok(DEAL, { m: 'm2', r: 'r1', day: '2025-06-01' });
    expect(await code('mutation($id: ID!) { updateDeal(id: $id, input: { stage: LOST }) { id } }', { id })).toBe('FORBIDDEN');
    expect(await code('mutation($id: ID!) { updateDeal(id: $id, input: { managerId: "m1" }) { id } }', { id })).toBe('FORBIDDEN');
    expect(await code('mutation($id: ID!) { deleteDeal(id: $id) }', { id })).toBe('FORBIDDEN');
  });
});
