import { recordJobChange } from '@/app/handover/record-job-change';
import { type HandoverPorts } from '@/app/handover/ports';
import { inTransaction, writeRequest } from '@/app/records/write';
import { type GraphOperations } from '@/store/graph-operations';
import { type GraphStore } from '@/store/graph-store';
import { describeEachEngine } from '../helpers/engines';
import { ADMIN, TestApi } from '../helpers/graphql';
import { handoverSnapshot, sharedOpenActions } from './handover.fixture';

/**
 * recordJobChange is one transaction: a failure after any of its write statements (employments ended and started,
 * deals handed over, actions closed, a carrier created) leaves the graph, the audit log and what later requests read
 * exactly as before. And what a change with several open deals and next actions writes, record by record: every
 * original closed (version one up), each carrier created with the successor and the original's managers, every open
 * deal moved (rep, version, HANDLED edges), the employments, and the audit entry naming them all.
 */
function snapshot(): Record<string, any> {
  const s = handoverSnapshot();
  s.interactions.push(
    ...sharedOpenActions(),
    // no manager of ours took part: its carrier has the successor alone
    { id: 'i8', at: '2026-07-03T10:00:00+09:00', channel: 'EVENT', managerIds: [], repIds: ['q1'], nextAction: { description: '展示会の礼状', dueDate: '2026-11-05', done: false } },
  );
  s.deals.push(
    { id: 'hd5', companyId: 'h1', repId: 'q1', managerId: 'm1', product: 'MA', stage: 'OPEN', proposedAt: '2026-10-01' },
    { id: 'hd6', companyId: 'h1', repId: 'q1', managerId: 'm2', product: 'SFA', stage: 'OPEN', proposedAt: '2026-07-01' },
    // theirs at another company, and a closed one: neither moves
    { id: 'hd8', companyId: 'h3', repId: 'q1', product: 'SFA', stage: 'OPEN', proposedAt: '2026-06-01' },
    { id: 'hd7', companyId: 'h1', repId: 'q1', managerId: 'm1', product: 'SFA', stage: 'LOST', proposedAt: '2026-04-01', closedAt: '2026-05-01' },
  );
  return s;
}

const INPUT = { repId: 'q1', newCompanyId: 'h2', effectiveDate: '2026-10-15', successorId: 'q3' };
const NOW = { at: '2026-10-31T09:00:00.000Z', today: '2026-10-31' };
const PEOPLE = ['q1', 'q3', 'm1', 'm2'];

/** Everything a job change could touch, as a reader sees it (no record cache: what the engine holds). */
async function state(store: GraphStore) {
  const read = store.withoutRecordCache().read;
  const sorted = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));
  const [employments, deals, interactions] = await Promise.all([
    read.employmentsByRepIds(PEOPLE), read.dealsByPersonIds(PEOPLE), read.interactionsByPersonIds(PEOPLE),
  ]);
  return { employments: employments.map(sorted), deals: deals.map(sorted), interactions: interactions.map(sorted), companyDeals: sorted((await read.dealsByCompanyIds(['h1']))[0]) };
}

/** The ports of a request whose transaction fails right after the `nth` statement named `failAfter` ran. */
function failingPorts(store: GraphStore, failAfter: string, nth: number): HandoverPorts {
  const broken = (ops: GraphOperations): GraphOperations => {
    let seen = 0;
    return new Proxy(ops, {
      get(target, key, receiver) {
        if (key !== 'run') return Reflect.get(target, key, receiver);
        return async (name: string, params: Record<string, unknown>) => {
          const rows = await target.run(name, params);
          if (name === failAfter && ++seen === nth) throw new Error(`injected failure after ${name}`);
          return rows;
        };
      },
    });
  };
  return { store, read: store.read, transaction: (work) => inTransaction(writeRequest(store, ADMIN, 'recordJobChange'), (ops) => work(broken(ops))) };
}

describeEachEngine('handover: a job change is one transaction', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: '2026-10-31' });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshot() });
  });
  afterAll(() => api.stop());

  const auditCount = async () => (await api.ok('{ auditLog(first: 100) { edges { node { operation } } } }')).auditLog.edges
    .filter((e: any) => e.node.operation === 'recordJobChange').length;

  it.each([
    ['handover/end-employments', 1], ['handover/start-employment', 1], ['handover/unlink-deals-from-rep', 1], ['handover/hand-deals-to', 1],
    ['handover/close-actions', 1], ['handover/create-carrier', 2], ['handover/link-carrier-managers', 1],
  ])('a failure after %s (#%i) leaves nothing written', async (failAfter, nth) => {
    const before = await state(store());
    const audits = await auditCount();
    await expect(recordJobChange(failingPorts(store(), failAfter, nth), ADMIN, INPUT, NOW)).rejects.toThrow(`injected failure after ${failAfter}`);
    expect(await state(store())).toEqual(before);
    expect(await auditCount()).toBe(audits);
    // what requests read (record cache, in-memory network) shows no trace either
    const q1 = await api.ok('{ rep(id: "q1") { deals { id repId version } interactions { id nextAction { done } version } } }');
    expect(q1.rep.deals.map((d: any) => [d.id, d.repId, d.version]).sort()).toEqual([['hd1', 'q1', 1], ['hd2', 'q1', 1], ['hd5', 'q1', 1], ['hd6', 'q1', 1], ['hd7', 'q1', 1], ['hd8', 'q1', 1]]);
    expect(q1.rep.interactions.every((i: any) => i.version === 1)).toBe(true);
    const paths = (await api.ok('{ warmIntroPaths(to: "h2", limit: 10) { people { id } } }')).warmIntroPaths;
    // (q1 is not at h2: no path ends at them)
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.map((p: any) => p.people[p.people.length - 1].id)).not.toContain('q1');
  });

  it('then the change itself writes every record it names, and the audit entry lists them all', async () => {
    const before = await state(store());
    const r = await api.ok(`mutation($i: RecordJobChangeInput!) { recordJobChange(input: $i) {
      ended { id until } started { id since }
      brief { openDeals { id repId version } openActions { interaction { id } movedTo { id } carriedBy } history { dealsOpen dealsLost dealsWon } } } }`, { i: INPUT });
    const { ended, started, brief } = r.recordJobChange;
    expect(ended).toEqual([{ id: 'q1@h1@2018-04-01', until: '2026-10-15' }]);
    expect(started).toEqual({ id: 'q1@h2@2026-10-15', since: '2026-10-15' });
    expect(brief.openDeals).toEqual([{ id: 'hd1', repId: 'q3', version: 2 }, { id: 'hd5', repId: 'q3', version: 2 }, { id: 'hd6', repId: 'q3', version: 2 }]);
    // hd8 (theirs at h3) stays theirs and open; hd2 won and hd7 lost stay theirs
    expect(brief.history).toEqual({ dealsOpen: 1, dealsLost: 1, dealsWon: 1 });
    const handed = brief.openActions.map((a: any) => [a.interaction.id, a.movedTo?.id]);
    expect(handed).toEqual([['i6', 'q3'], ['i8', 'q3'], ['i1', 'q3'], ['i2', 'q3'], ['i5', 'q3']]);
    const carriers = new Map<string, string>(brief.openActions.map((a: any) => [a.carriedBy, a.interaction.id]));

    const after = await state(store());
    const byId = <T extends { id: string }>(lists: T[][]) => new Map(lists.flat().map((x) => [x.id, x] as const));
    const [was, now] = [byId(before.interactions), byId(after.interactions)];
    // every original closed, one version up, nothing else about it changed
    for (const id of ['i1', 'i2', 'i5', 'i6', 'i8']) {
      const o = was.get(id)!;
      expect(now.get(id)).toEqual({ ...o, nextAction: { ...o.nextAction!, done: true }, version: o.version + 1 });
    }
    // each carrier: the successor alone as rep, the original's managers, its action open, linked to exactly them
    for (const [carrier, original] of carriers) {
      const o = was.get(original)!;
      expect(now.get(carrier)).toMatchObject({ repIds: ['q3'], managerIds: o.managerIds, channel: o.channel, concerns: o.concerns, nextAction: { ...o.nextAction!, done: false }, version: 1 });
      const linked = PEOPLE.filter((p, i) => after.interactions[i].some((x) => x.id === carrier)).sort();
      expect(linked).toEqual(['q3', ...o.managerIds].sort());
    }
    // the deals: the three open ones at h1 moved whole, nothing else changed
    const [dealsWas, dealsNow] = [new Map(before.companyDeals.map((d) => [d.id, d] as const)), new Map(after.companyDeals.map((d) => [d.id, d] as const))];
    for (const [id, d] of dealsWas) expect(dealsNow.get(id)).toEqual(['hd1', 'hd5', 'hd6'].includes(id) ? { ...d, repId: 'q3', version: d.version + 1 } : d);
    expect(after.deals[0].map((d) => d.id)).toEqual(['hd2', 'hd7', 'hd8']);
    expect(after.deals[1].map((d) => d.id)).toEqual(['hd1', 'hd5', 'hd6']);
    const audit = (await api.ok('{ auditLog(first: 5) { edges { node { operation targetIds } } } }')).auditLog.edges.map((e: any) => e.node);
    const entry = audit.find((a: any) => a.operation === 'recordJobChange');
    expect([...entry.targetIds].sort()).toEqual(
      ['q1', 'h2', 'q3', 'q1@h1@2018-04-01', 'q1@h2@2026-10-15', 'hd1', 'hd5', 'hd6', 'i1', 'i2', 'i5', 'i6', 'i8', ...carriers.keys()].sort(),
    );
  });
});
