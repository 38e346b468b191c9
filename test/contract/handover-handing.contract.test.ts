import { describeEachEngine } from '../helpers/engines';
import { ADMIN, TestApi, managerActor } from '../helpers/graphql';
import { handoverSnapshot, sharedOpenActions } from './handover.fixture';

/**
 * recordJobChange hands several open deals and next actions over at once (src/store/handover/job-change.queries.ts:
 * a few statements whatever their number). Checked through what other reads see afterwards: the deals' reps, versions
 * and HANDLED edges (Rep.deals), the originals closed, the carriers and who takes part in them (Person.interactions
 * follows the PARTICIPATED_IN edges), the audit entry, and the in-memory network (warm paths) told of every change.
 */
function snapshot(): Record<string, any> {
  const s = handoverSnapshot();
  s.interactions.push(
    ...sharedOpenActions(),
    { id: 'i7', at: '2026-07-02T10:00:00+09:00', channel: 'CALL', managerIds: ['m1'], repIds: ['q1'], nextAction: { description: '済み', dueDate: '2026-07-10', done: true } },
  );
  s.deals.push(
    { id: 'hd5', companyId: 'h1', repId: 'q1', managerId: 'm1', product: 'MA', stage: 'OPEN', proposedAt: '2026-10-01' },
    { id: 'hd6', companyId: 'h1', repId: 'q1', managerId: 'm2', product: 'SFA', stage: 'OPEN', proposedAt: '2026-07-01' },
    { id: 'hd7', companyId: 'h1', repId: 'q1', managerId: 'm1', product: 'SFA', stage: 'LOST', proposedAt: '2026-04-01', closedAt: '2026-05-01' },
  );
  return s;
}

const JOB_CHANGE = `mutation($i: RecordJobChangeInput!) { recordJobChange(input: $i) {
  brief { history { interactions dealsWon dealsLost dealsOpen } openDeals { id repId version stage }
    openActions { interaction { id } movedTo { id } carriedBy } openingPaths { people } } } }`;
const deals = (rep: string) => `{ rep(id: "${rep}") { deals { id repId version } } }`;
const interactionsOf = (person: string) => `{ person: ${person.startsWith('m') ? 'manager' : 'rep'}(id: "${person}") { interactions { id repIds managerIds nextAction { description done } version } } }`;

describeEachEngine('handover: open work handed over in one change', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: '2026-10-31' });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshot() });
    await api.ok('mutation { addToPortfolio(managerId: "m1", companyId: "h2") { companyId } }', {}, ADMIN);
  });
  afterAll(() => api.stop());

  it('a manager is refused whole when one open deal is another manager\'s: nothing moves', async () => {
    const before = [await api.ok(deals('q1')), await api.ok(interactionsOf('q1')), await api.ok(interactionsOf('q3'))];
    const r = await api.run(JOB_CHANGE, { i: { repId: 'q1', newCompanyId: 'h2', effectiveDate: '2026-10-15', successorId: 'q3' } }, managerActor('m1'));
    expect([r.errors?.[0].extensions?.code, r.errors?.[0].message]).toEqual(['FORBIDDEN', expect.stringContaining('hd6')]);
    expect([await api.ok(deals('q1')), await api.ok(interactionsOf('q1')), await api.ok(interactionsOf('q3'))]).toEqual(before);
  });

  it('moves every open deal and next action there, and only those; the records, edges, audit and warm paths agree', async () => {
    const r = (await api.ok(JOB_CHANGE, { i: { repId: 'q1', newCompanyId: 'h2', effectiveDate: '2026-10-15', successorId: 'q3' } })).recordJobChange;
    const b = r.brief;
    expect(b.openDeals).toEqual([
      { id: 'hd1', repId: 'q3', version: 2, stage: 'OPEN' }, { id: 'hd5', repId: 'q3', version: 2, stage: 'OPEN' }, { id: 'hd6', repId: 'q3', version: 2, stage: 'OPEN' },
    ]);
    // history as it was: 6 interactions, the won deal (hd2) and the lost one (hd7) stay theirs, the open ones moved
    expect(b.history).toEqual({ interactions: 6, dealsWon: 1, dealsLost: 1, dealsOpen: 0 });
    // by due date (undated last), then id; an admin moves them all
    expect(b.openActions.map((a: any) => [a.interaction.id, a.movedTo?.id])).toEqual([['i6', 'q3'], ['i1', 'q3'], ['i2', 'q3'], ['i5', 'q3']]);
    const carriers = new Map<string, string>(b.openActions.map((a: any) => [a.carriedBy, a.interaction.id]));
    expect([...carriers.keys()].every((id) => /^handover-[0-9a-f-]{36}$/.test(id))).toBe(true);

    // the deals: the successor handles the open ones (HANDLED edges moved), the rep keeps the closed ones
    const sorted = (xs: any[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(sorted((await api.ok(deals('q3'))).rep.deals)).toEqual([{ id: 'hd1', repId: 'q3', version: 2 }, { id: 'hd5', repId: 'q3', version: 2 }, { id: 'hd6', repId: 'q3', version: 2 }]);
    expect(sorted((await api.ok(deals('q1'))).rep.deals)).toEqual([{ id: 'hd2', repId: 'q1', version: 1 }, { id: 'hd7', repId: 'q1', version: 1 }]);

    // the originals: their actions closed, one version up; the carriers: the successor and the original's managers take part
    const q1 = new Map<string, any>((await api.ok(interactionsOf('q1'))).person.interactions.map((i: any) => [i.id, i]));
    for (const id of ['i1', 'i2', 'i5', 'i6']) expect(q1.get(id)).toMatchObject({ nextAction: { done: true }, version: 2 });
    expect(q1.get('i7')).toMatchObject({ nextAction: { done: true }, version: 1 });
    expect([...q1.keys()].some((id) => carriers.has(id))).toBe(false);
    const q3 = (await api.ok(interactionsOf('q3'))).person.interactions.filter((i: any) => carriers.has(i.id));
    expect(q3).toHaveLength(4);
    const original = new Map<string, any>(snapshot().interactions.map((i: any) => [i.id, i]));
    for (const c of q3) {
      const o = original.get(carriers.get(c.id)!);
      expect(c).toEqual({ id: c.id, repIds: ['q3'], managerIds: o.managerIds, nextAction: { description: o.nextAction.description, done: false }, version: 1 });
    }
    const carriedFor = async (m: string) => (await api.ok(interactionsOf(m))).person.interactions.filter((i: any) => carriers.has(i.id)).map((i: any) => carriers.get(i.id)).sort();
    expect(await carriedFor('m1')).toEqual(['i1', 'i5', 'i6']);
    expect(await carriedFor('m2')).toEqual(['i2', 'i5']);

    // the audit entry names every record written
    const audit = (await api.ok('{ auditLog(first: 5) { edges { node { operation targetIds } } } }', {}, ADMIN)).auditLog.edges.map((e: any) => e.node);
    const entry = audit.find((a: any) => a.operation === 'recordJobChange');
    expect(entry.targetIds).toEqual(expect.arrayContaining(['hd1', 'hd5', 'hd6', 'i1', 'i2', 'i5', 'i6', ...carriers.keys(), 'q1@h1@2018-04-01', 'q1@h2@2026-10-15']));
    expect(entry.targetIds).not.toContain('hd7');

    // the in-memory network was told: q1 works at h2 now (the opening), no longer at h1
    expect(b.openingPaths[0].people).toEqual(['m1', 'q1']);
    const paths = (await api.ok('{ warmIntroPaths(to: "h1", limit: 10) { people { id } } }')).warmIntroPaths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.map((p: any) => p.people[p.people.length - 1].id)).not.toContain('q1');
  });
});
