import { exportSnapshot } from '@/store/snapshot-export';
import { describeEachEngine } from '../helpers/engines';
import { ANALYST, TestApi, managerActor } from '../helpers/graphql';
import { kpisSnapshot } from './kpis.fixture';

const TODAY = '2026-10-31';
const PERIOD = 'label from to proposed won lost winRate revenue grossProfit';
const PARTNER = `query($c: ID!, $from: String!, $to: String!, $by: KpiPeriodUnit) { partnerKpis(companyId: $c, from: $from, to: $to, by: $by) {
  company { id } from to by total { ${PERIOD} } periods { ${PERIOD} } lossReasons { reason count } competitors { competitor lost amount }
  contracts { id renewalDate } nextRenewal targets { id amount progress { achieved elapsedDays totalDays runRate willMeet share status } } } }`;
const SET_TARGET = `mutation($i: SetRevenueTargetInput!) { setRevenueTarget(input: $i) {
  id scope scopeId period periodFrom periodTo amount setBy progress { achieved elapsedDays totalDays runRate willMeet share status } } }`;
const TARGETS = '{ partnerKpis(companyId: "k1", from: "2026-01-01", to: "2026-12-31") { targets { id amount } } }';

const row = (label: string, from: string, to: string, proposed: number, won: number, lost: number, winRate: number | null, revenue: number, grossProfit: number) =>
  ({ label, from, to, proposed, won, lost, winRate, revenue, grossProfit });

describeEachEngine('partner KPIs and revenue targets', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: TODAY });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: kpisSnapshot() });
  });
  afterAll(() => api.stop());

  it('partnerKpis by month: the hand-computed totals, periods, loss reasons, competitors and contracts', async () => {
    const r = (await api.ok(PARTNER, { c: 'k1', from: '2026-01-01', to: '2026-03-31', by: 'MONTH' })).partnerKpis;
    expect(r.company).toEqual({ id: 'k1' });
    expect(r.total).toEqual(row('2026-01-01..2026-03-31', '2026-01-01', '2026-03-31', 7, 4, 3, 0.5714, 4000000, 1000000));
    expect(r.periods).toEqual([
      row('2026-01', '2026-01-01', '2026-01-31', 2, 1, 1, 0.5, 400000, 100000),
      row('2026-02', '2026-02-01', '2026-02-28', 2, 1, 1, 0.5, 1000000, 300000),
      row('2026-03', '2026-03-01', '2026-03-31', 3, 2, 1, 0.6667, 2600000, 600000),
    ]);
    expect(r.lossReasons).toEqual([{ reason: '価格', count: 2 }, { reason: '機能不足', count: 1 }]);
    expect(r.competitors).toEqual([{ competitor: 'ライバル社', lost: 2, amount: 1300000 }, { competitor: '別社', lost: 1, amount: 200000 }]);
    expect(r.contracts).toEqual([{ id: 'ct2', renewalDate: '2022-01-01' }, { id: 'ct1', renewalDate: '2026-12-01' }]);
    expect(r.nextRenewal).toBe('2026-12-01');
  });

  it('partnerKpis by quarter, and a range cut mid-month', async () => {
    const q = (await api.ok(PARTNER, { c: 'k1', from: '2026-01-01', to: '2026-06-30', by: 'QUARTER' })).partnerKpis;
    expect(q.periods.map((p: any) => [p.label, p.proposed, p.won, p.revenue])).toEqual([['2026-Q1', 7, 4, 4000000], ['2026-Q2', 1, 1, 9999]]);
    const cut = (await api.ok(PARTNER, { c: 'k1', from: '2026-01-15', to: '2026-02-10' })).partnerKpis;
    expect(cut.periods.map((p: any) => [p.label, p.from, p.to, p.proposed, p.won, p.lost])).toEqual([
      ['2026-01', '2026-01-15', '2026-01-31', 1, 0, 1], ['2026-02', '2026-02-01', '2026-02-10', 2, 1, 0],
    ]);
  });

  it('repKpis and portfolioKpis: the same counts per rep and per manager portfolio', async () => {
    const rep = (await api.ok('{ repKpis(repId: "r1", from: "2026-01-01", to: "2026-03-31") { rep { id } total { proposed won lost winRate revenue } nextRenewal } }')).repKpis;
    expect(rep).toEqual({ rep: { id: 'r1' }, total: { proposed: 2, won: 2, lost: 0, winRate: 1, revenue: 1600000 }, nextRenewal: '2026-12-01' });
    const p = (await api.ok(`{ portfolioKpis(managerId: "m1", from: "2026-01-01", to: "2026-03-31", by: QUARTER) {
      manager { id } total { proposed won lost winRate revenue grossProfit } partners { company { id } total { won revenue } nextRenewal } competitors { competitor lost } } }`)).portfolioKpis;
    expect(p.manager).toEqual({ id: 'm1' });
    expect(p.total).toEqual({ proposed: 8, won: 5, lost: 3, winRate: 0.625, revenue: 5000000, grossProfit: 1200000 });
    expect(p.partners).toEqual([
      { company: { id: 'k1' }, total: { won: 4, revenue: 4000000 }, nextRenewal: '2026-12-01' },
      { company: { id: 'k2' }, total: { won: 1, revenue: 1000000 }, nextRenewal: null },
    ]);
    expect(p.competitors).toEqual([{ competitor: 'ライバル社', lost: 2 }, { competitor: '別社', lost: 1 }]);
  });

  it('analysts read KPIs; bad ranges and unknown records are refused with the field named', async () => {
    const r = await api.run(PARTNER, { c: 'k1', from: '2026-01-01', to: '2026-03-31' }, ANALYST);
    expect(r.errors).toBeUndefined();
    const code = async (vars: Record<string, unknown>) => (await api.run(PARTNER, vars)).errors?.[0];
    expect((await code({ c: 'k1', from: '2026-03-01', to: '2026-01-01' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await code({ c: 'k1', from: '2000-01-01', to: '2026-01-01', by: 'MONTH' }))?.message).toMatch(/120 periods/);
    expect((await code({ c: 'k1', from: '2026-02-30', to: '2026-03-01' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await code({ c: 'nope', from: '2026-01-01', to: '2026-03-01' }))?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.run('{ repKpis(repId: "m1", from: "2026-01-01", to: "2026-03-01") { total { won } } }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.run('{ portfolioKpis(managerId: "r1", from: "2026-01-01", to: "2026-03-01") { total { won } } }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('competitor is written by createDeal/updateDeal and read back', async () => {
    await api.ok('mutation { createDeal(input: { id: "dx", companyId: "k3", product: "SFA", stage: LOST, competitor: "競合A" }) { id } }');
    expect((await api.ok('{ deal(id: "dx") { competitor } }')).deal).toEqual({ competitor: '競合A' });
    await api.ok('mutation { updateDeal(id: "dx", input: { competitor: "競合B" }) { id } }');
    expect((await api.ok('{ deal(id: "dx") { competitor } }')).deal).toEqual({ competitor: '競合B' });
    await api.ok('mutation { updateDeal(id: "dx", input: { competitor: null }) { id } }');
    expect((await api.ok('{ deal(id: "dx") { competitor } }')).deal).toEqual({ competitor: null });
    expect((await api.run('mutation { updateDeal(id: "dx", input: { competitor: "" }) { id } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await api.ok('mutation { deleteDeal(id: "dx") }');
  });

  it('competitor is in the snapshot: exported as stored, and an export imported again gives the same graph', async () => {
    const before = await exportSnapshot(store().read);
    expect((before.deals as any[]).find((d) => d.id === 'd3')).toMatchObject({ competitor: 'ライバル社', lossReason: '価格' });
    expect((before.deals as any[]).find((d) => d.id === 'd1')).toMatchObject({ competitor: null });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: before });
    expect(await exportSnapshot(store().read)).toEqual(before);
  });

  it('setRevenueTarget: progress, run rate and whether it will be met (partner and manager)', async () => {
    const t = (await api.ok(SET_TARGET, { i: { companyId: 'k1', period: '2026-Q4', amount: 3000000 } }, managerActor('m1'))).setRevenueTarget;
    // Q4 2026 to 2026-10-31: d11 won 1,500,000 in 31 of 92 days → run rate 1,500,000 / 31 × 92
    expect(t).toEqual({
      id: 'PARTNER:k1:2026-Q4', scope: 'PARTNER', scopeId: 'k1', period: '2026-Q4', periodFrom: '2026-10-01', periodTo: '2026-12-31',
      amount: 3000000, setBy: 'm1',
      progress: { achieved: 1500000, elapsedDays: 31, totalDays: 92, runRate: 4451612.9, willMeet: true, share: 0.5, status: 'ON_TRACK' },
    });
    const again = (await api.ok(SET_TARGET, { i: { companyId: 'k1', period: '2026-Q4', amount: 5000000 } })).setRevenueTarget;
    expect(again.progress).toMatchObject({ willMeet: false, status: 'BEHIND', share: 0.3 });
    expect((await api.ok(TARGETS)).partnerKpis.targets).toEqual([{ id: 'PARTNER:k1:2026-Q4', amount: 5000000 }]);
    const m = (await api.ok(SET_TARGET, { i: { managerId: 'm1', period: '2026-02', amount: 2000000 } }, managerActor('m1'))).setRevenueTarget;
    // m1's portfolio in February: d1 1,000,000 + d10 1,000,000; the month is over
    expect(m.progress).toEqual({ achieved: 2000000, elapsedDays: 28, totalDays: 28, runRate: 2000000, willMeet: true, share: 1, status: 'MET' });
    const missed = (await api.ok(SET_TARGET, { i: { companyId: 'k1', period: '2026', amount: 10000000 } })).setRevenueTarget;
    // 2026 to today: d7 400,000 + d1 1,000,000 + d5 2,000,000 + d9 600,000 + d8 9,999 + d11 1,500,000; at that pace 6.6M < 10M
    expect(missed.progress).toMatchObject({ achieved: 5509999, elapsedDays: 304, totalDays: 365, willMeet: false, status: 'BEHIND' });
  });

  it('setRevenueTarget refusals write nothing: roles, portfolio, bad input', async () => {
    const before = (await api.ok(TARGETS)).partnerKpis.targets;
    const refused = async (i: Record<string, unknown>, actor = managerActor('m1')) => (await api.run(SET_TARGET, { i }, actor)).errors?.[0].extensions?.code;
    expect(await refused({ companyId: 'k1', period: '2026-Q3', amount: 1 }, ANALYST)).toBe('FORBIDDEN');
    expect(await refused({ companyId: 'k3', period: '2026-Q3', amount: 1 })).toBe('FORBIDDEN');
    expect(await refused({ managerId: 'm2', period: '2026-Q3', amount: 1 })).toBe('FORBIDDEN');
    expect(await refused({ companyId: 'k1', period: '2026-13', amount: 1 })).toBe('BAD_USER_INPUT');
    expect(await refused({ companyId: 'k1', period: '2026-Q5', amount: 1 })).toBe('BAD_USER_INPUT');
    expect(await refused({ companyId: 'k1', period: '2026-Q3', amount: 0 })).toBe('BAD_USER_INPUT');
    expect(await refused({ companyId: 'k1', managerId: 'm1', period: '2026-Q3', amount: 1 })).toBe('BAD_USER_INPUT');
    expect(await refused({ period: '2026-Q3', amount: 1 }, managerActor('m1'))).toBe('FORBIDDEN');
    expect(await refused({ companyId: 'k9', period: '2026-Q3', amount: 1 }, { id: 'admin', role: 'ADMIN' as never, managerId: null })).toBe('NOT_FOUND');
    expect((await api.ok(TARGETS)).partnerKpis.targets).toEqual(before);
  });
});
