import { sharedNetwork } from '@/app/health/trust-network';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { kpisSnapshot } from './kpis.fixture';

const TODAY = '2026-10-31';
const PARTNER = `query($c: ID!) { partnerKpis(companyId: $c, from: "2026-01-01", to: "2026-12-31", by: QUARTER) {
  total { proposed won lost revenue grossProfit } lossReasons { reason count } competitors { competitor lost }
  contracts { id renewalDate } nextRenewal targets { id amount progress { achieved } } } }`;

/**
 * A partner's KPIs are kept between requests while the in-memory network is loaded (a change-feed memo,
 * src/app/kpis/partner-kpis.ts): the request after a deal, a target or a contract is written must show it, on both engines.
 */
describeEachEngine('partnerKpis kept between requests changes with the next write', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store(), { DEMO_AS_OF: TODAY });
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: kpisSnapshot() });
    await neighbourhoodsOf(store()).warmUp(TODAY);
  });
  afterAll(() => api.stop());

  it('a won deal, a lost one, a target and a contract show on the next request', async () => {
    expect(sharedNetwork(store())).not.toBeNull();
    const before = (await api.ok(PARTNER, { c: 'k1' })).partnerKpis;
    expect((await api.ok(PARTNER, { c: 'k1' })).partnerKpis).toEqual(before);
    await api.ok('mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }', { i: {
      id: 'memo-won', companyId: 'k1', product: 'CRM', stage: 'WON', amount: 700000, grossProfit: 100000, proposedAt: '2026-09-01', closedAt: '2026-09-20',
    } });
    const won = (await api.ok(PARTNER, { c: 'k1' })).partnerKpis;
    expect(won.total).toEqual({ ...before.total, proposed: before.total.proposed + 1, won: before.total.won + 1, revenue: before.total.revenue + 700000, grossProfit: before.total.grossProfit + 100000 });
    await api.ok('mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }', { i: {
      id: 'memo-lost', companyId: 'k1', product: 'CRM', stage: 'LOST', proposedAt: '2026-09-02', closedAt: '2026-09-21', lossReason: 'メモ', competitor: 'メモ社',
    } });
    const lost = (await api.ok(PARTNER, { c: 'k1' })).partnerKpis;
    expect(lost.total.lost).toBe(won.total.lost + 1);
    expect(lost.lossReasons).toContainEqual({ reason: 'メモ', count: 1 });
    expect(lost.competitors).toContainEqual({ competitor: 'メモ社', lost: 1 });
    await api.ok('mutation { setRevenueTarget(input: { companyId: "k1", period: "2026-Q3", amount: 900000 }) { id } }');
    const target = (await api.ok(PARTNER, { c: 'k1' })).partnerKpis;
    expect(target.targets.map((t: any) => t.amount)).toContain(900000);
    expect(target.targets.find((t: any) => t.amount === 900000).progress.achieved).toBeGreaterThanOrEqual(700000);
    await api.ok('mutation($i: CreateContractInput!) { createContract(input: $i) { id } }', { i: {
      id: 'memo-ct', companyId: 'k1', startDate: '2026-01-15', termMonths: 10, status: 'ACTIVE',
    } });
    const contract = (await api.ok(PARTNER, { c: 'k1' })).partnerKpis;
    expect(contract.contracts.map((c: any) => c.id)).toContain('memo-ct');
    expect(before.nextRenewal).toBe('2026-12-01');
    expect(contract.nextRenewal).toBe('2026-11-15');
  });
});
