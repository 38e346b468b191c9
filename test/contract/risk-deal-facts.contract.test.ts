import { type Deal } from '@/domain/deal/deal';
import { addDays } from '@/domain/health/trust-rank';
import { lossWindow } from '@/domain/health/relationship-risk';
import { dealFactsOfPartners } from '@/app/health/relationship-risks';
import { sharedNetwork } from '@/app/health/trust-network';
import { neighbourhoodsOf } from '@/app/paths/neighbourhoods-of';
import { GENERATED_AS_OF, collectSnapshot, generateSnapshot } from '@/generator';
import { type GraphStore } from '@/store/graph-store';
import { Neo4jStore } from '@/store/neo4j/neo4j-store';
import { importSnapshot } from '@/wiring/snapshot';
import { describeEachEngine } from '../helpers/engines';

jest.setTimeout(120_000);

/**
 * The whole team's relationship risks take every partner's won and lost deals from the in-memory network (the deals
 * with each company key persons read), kept by the change feed. They must equal what the store adds up in its query
 * (dealFactsByCompanyIds, read without any cache) for every company and day, right after each kind of write that can
 * move them: a deal created, its stage, amount, competitor or company changed, a deal deleted, a company deleted (its
 * deals unlinked without a deal change). On Neo4j the writes go through ANOTHER store on the same database (its own
 * change feed, as another service process has; this one learns of them at the catch-up a request starts with); the
 * embedded engine has one process per directory. Patched, not read again in full.
 */
describeEachEngine('partner deal facts from the in-memory network', (store, engine) => {
  const asOf = GENERATED_AS_OF;
  let companies: string[];
  let deals: Omit<Deal, 'version'>[];
  let writer: GraphStore;
  let other: Neo4jStore | null = null;

  beforeAll(async () => {
    const snapshot = collectSnapshot(generateSnapshot({ people: 150, seed: 'risk-deal-facts' })) as Record<string, unknown[]>;
    deals = snapshot.deals as Omit<Deal, 'version'>[];
    await importSnapshot(store(), snapshot);
    companies = (snapshot.companies as { id: string }[]).map((x) => x.id);
    await neighbourhoodsOf(store()).warmUp();
    if (engine === 'neo4j') {
      other = await Neo4jStore.open({ uri: process.env.NEO4J_TEST_URI!, user: 'neo4j', password: 'unused-auth-disabled' });
      writer = other;
    } else {
      writer = store();
    }
  });
  afterAll(async () => {
    await other?.close();
  });

  const plain = (facts: { wonRevenue: number; lostTo: Map<string, number> }[]) =>
    facts.map((f) => ({ wonRevenue: Math.round(f.wonRevenue * 100) / 100, lostTo: [...f.lostTo].sort((x, y) => (x[0] < y[0] ? -1 : 1)) }));
  const ids = (): string[] => [...companies, 'nowhere', companies[0]];
  /** As a request reads them: after the catch-up it starts with, from the network (loaded: not the store's fallback). */
  async function partnerDealFacts(day: string): Promise<{ wonRevenue: number; lostTo: Map<string, number> }[]> {
    await store().changes.catchUp();
    expect(sharedNetwork(store())).not.toBeNull();
    return dealFactsOfPartners({ store: store(), read: store().read }, ids(), day);
  }
  async function same(days: string[] = [asOf]): Promise<void> {
    for (const day of days) {
      const kept = await partnerDealFacts(day);
      expect(plain(kept)).toEqual(plain(await store().read.dealFactsByCompanyIds(ids(), lossWindow(day))));
    }
  }

  it('equal the store query for every company and day, and after every kind of write on a deal or a company', async () => {
    await same([asOf, addDays(asOf, -200), addDays(asOf, 1)]);
    const network = sharedNetwork(store());
    const kept = plain(await partnerDealFacts(asOf));
    expect(kept.filter((f) => f.wonRevenue > 0).length).toBeGreaterThan(3);

    const c = deals[0].companyId;
    const elsewhere = deals.find((d) => d.companyId !== c)!.companyId;
    const base: Deal = {
      id: 'rf-1', companyId: c, repId: null, managerId: null, product: 'CRM', amount: 1_234_567, grossProfit: null,
      stage: 'WON' as Deal['stage'], proposedAt: addDays(asOf, -30), closedAt: addDays(asOf, -3), lossReason: null, competitor: null, version: 1,
    };
    const writes: [string, () => Promise<void>][] = [
      ['a won deal created', () => writer.write((ops) => ops.saveDeal(base))],
      ['its amount changed', () => writer.write((ops) => ops.saveDeal({ ...base, amount: 99, version: 2 }))],
      ['lost to a competitor in the window', () => writer.write((ops) => ops.saveDeal({ ...base, stage: 'LOST' as Deal['stage'], competitor: 'ケイ社', lossReason: '価格', version: 3 }))],
      ['moved to another company', () => writer.write((ops) => ops.saveDeal({ ...base, companyId: elsewhere, stage: 'LOST' as Deal['stage'], competitor: 'ケイ社', version: 4 }))],
      ['reopened', () => writer.write((ops) => ops.saveDeal({ ...base, companyId: elsewhere, stage: 'OPEN' as Deal['stage'], closedAt: null, version: 5 }))],
      ['won again', () => writer.write((ops) => ops.saveDeal({ ...base, companyId: elsewhere, version: 6 }))],
      ['deleted', () => writer.write((ops) => ops.deleteDeal(base.id))],
      ['a company with won deals deleted', () => writer.write((ops) => ops.deleteCompany(c))],
    ];
    for (const [what, write] of writes) {
      const before = plain(await partnerDealFacts(asOf));
      await write();
      const after = plain(await partnerDealFacts(asOf));
      expect({ what, after }).toEqual({ what, after: plain(await store().read.dealFactsByCompanyIds(ids(), lossWindow(asOf))) });
      expect({ what, changed: JSON.stringify(after) !== JSON.stringify(before) }).toEqual({ what, changed: true });
    }
    expect(sharedNetwork(store())).toBe(network); // patched from the changes, never loaded again in full
  });
});
