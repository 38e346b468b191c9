import { describeEachEngine } from '../../helpers/engines';
import { TestApi } from '../../helpers/graphql';
import { sampleSnapshot } from '../../helpers/sample-snapshot';

/** m1–r1: trust 0.8 recorded 2024-01-01. Evidence dated after the day of the question does not count (yet). */
describeEachEngine('effective trust on the day of the question', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(get());
    const s = sampleSnapshot();
    s.relationships[0].recordedAt = '2024-01-01T00:00:00Z';
    s.interactions = [];
    s.deals = [];
    s.introductions = [];
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s });
  });
  afterAll(() => api.stop());

  const trust = async () => (await api.ok('{ warmIntroPaths(from: "m1", to: "r1", maxHops: 1) { steps { trust basis } } }')).warmIntroPaths[0].steps[0];
  const negative = (at: string) => api.ok(`mutation { createInteraction(input: { at: "${at}", channel: CALL, managerIds: ["m1"], repIds: ["r1"], reaction: NEGATIVE }) { id } }`);

  it('ignores evidence dated after today, however it was written', async () => {
    await negative('2099-01-01T00:00:00Z');
    await api.ok('mutation { createDeal(input: { companyId: "c1", product: "CRM", stage: WON, managerId: "m1", repId: "r1", proposedAt: "2099-01-01", closedAt: "2099-02-01" }) { id } }');
    expect(await trust()).toEqual({ trust: 0.8, basis: 'RECORDED' });
  });

  it('counts evidence dated up to today', async () => {
    await negative(new Date(Date.now() - 60_000).toISOString());
    expect(await trust()).toEqual({ trust: 0.7, basis: 'ADJUSTED' });
  });
});
