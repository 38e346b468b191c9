import { Network } from '@/domain/paths/network';
import { insightBase, trustNetwork } from '@/store/insights/insights.queries';
import { readWholeNetwork } from '@/store/paths/paths.queries';
import { describeEachEngine } from '../helpers/engines';

// The whole-graph reads on a graph with nothing in it. Kuzu's collect() over no rows answers null, not an empty list:
// read as "one entry of nulls", it put a phantom person (id null) into the warm-path network of a new install.
describeEachEngine('whole-graph reads of an empty graph', (store) => {
  it('load the warm-path network with nobody in it', async () => {
    const network = new Network();
    const report = await readWholeNetwork(store().read, network);
    expect({ ...report, ms: 0 }).toEqual({ people: 0, ties: 0, interactions: 0, deals: 0, introductions: 0, reportsTo: 0, companyDeals: 0, ms: 0 });
    expect(network.people.size).toBe(0);
    expect(network.companies.size).toBe(0);
    expect(network.size).toBe(0);
  });

  it('give the insights and brokers nothing to rank', async () => {
    const base = await insightBase(store().read, '2026-10-31');
    expect({ reps: base.reps.size, companies: base.companies.size, companyOf: base.companyOf.size, ourTies: base.ourTies.size, deals: base.deals.length })
      .toEqual({ reps: 0, companies: 0, companyOf: 0, ourTies: 0, deals: 0 });
    const trust = await trustNetwork(store().read, '2026-10-31');
    expect({ managers: trust.managers.length, from: trust.from.length, to: trust.to.length, trust: trust.trust.length, companyOf: trust.companyOf.size })
      .toEqual({ managers: 0, from: 0, to: 0, trust: 0, companyOf: 0 });
  });
});
