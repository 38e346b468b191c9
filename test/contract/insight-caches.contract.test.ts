import { analyseBrokerage } from '@/domain/brokers/team-brokerage';
import { roundHeadCount } from '@/domain/shared/rounding';
import { productMarket, proposalTargets, proposalsFor } from '@/domain/matching/proposals';
import { insightWorlds } from '@/app/matching/insight-world';
import { trustNetworks } from '@/app/brokers/broker-analysis';
import { type GraphStore } from '@/store/graph-store';
import { topicKey } from '@/store/graph-operations';
import { insightBase, trustNetwork } from '@/store/insights/insights.queries';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { insightsSnapshot } from './insights.fixture';

const today = new Date().toISOString().slice(0, 10);

/** Every product of the fixture: a write's rankings are dropped per product, so each is compared. */
const PRODUCTS = ['CRM', 'SFA', 'MA', 'ERP'];
const TARGETS = (product = 'CRM') => `{ proposalTargets(product: "${product}", limit: 50) { rep { id } score reasons } }`;
const FOR = '{ proposalsFor(repId: "r9", limit: 50) { productKey score } }';
const BROKERS = '{ brokers(limit: 50, maxAgeSeconds: 0) { person { id } reachedThrough dependents cutOff } brokerNetwork(maxAgeSeconds: 0) { people ties reachable } }';

/** What proposals answer when everything is read again from the store now (no cache). */
async function expectedProposals(store: GraphStore) {
  const base = await insightBase(store.read, today);
  const market = productMarket(base);
  return {
    targets: PRODUCTS.map((p) => proposalTargets(base, market, topicKey(p), 50, today, 'ALL').map((t) => ({ rep: { id: t.repId }, score: t.score, reasons: t.reasons }))),
    forR9: base.reps.has('r9') ? proposalsFor(base, market, base.reps.get('r9')!, 50, today, 'ALL').map((p) => ({ productKey: p.productKey, score: p.score })) : null,
  };
}

/** What brokers answer when the trust network is read again from the store now. */
async function expectedBrokers(store: GraphStore) {
  const r = analyseBrokerage(await trustNetwork(store.read, today), { minTrust: 0, top: 50 });
  const sorted = (xs: any[]) => [...xs].sort((a, b) => (a.person.id < b.person.id ? -1 : 1));
  return {
    brokers: sorted(r.brokers.map((b) => ({ person: { id: b.personId }, reachedThrough: roundHeadCount(b.reachedThrough), dependents: b.dependents, cutOff: b.cutOff }))),
    network: { people: r.people, ties: r.ties, reachable: r.reachable },
  };
}

/**
 * The insight caches (proposals' facts, the brokers' trust network) are kept across writes and only the parts a
 * change can alter are read again: after writes of every kind they must answer as a full re-read would.
 */
describeEachEngine('insight caches kept across writes', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.create(store());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: insightsSnapshot() });
  });

  async function expectFresh(): Promise<void> {
    const want = await expectedProposals(store());
    const targets = [];
    for (const p of PRODUCTS) targets.push((await api.ok(TARGETS(p))).proposalTargets);
    expect(targets).toEqual(want.targets);
    if (want.forR9) expect((await api.ok(FOR)).proposalsFor).toEqual(want.forR9);
    const b = await api.ok(BROKERS);
    const wantB = await expectedBrokers(store());
    expect({ brokers: [...b.brokers].sort((x: any, y: any) => (x.person.id < y.person.id ? -1 : 1)), network: b.brokerNetwork }).toEqual(wantB);
  }

  const writes: [string, string][] = [
    ['a tie between two reps', 'mutation { setRelationship(input: { a: "r3", b: "r9", trust: 0.8, kind: BUSINESS }) { trust } }'],
    ['a tie from one of our managers', 'mutation { setRelationship(input: { a: "m2", b: "r8", trust: 0.95, kind: BUSINESS }) { trust } }'],
    ['a tie changed the other way round', 'mutation { setRelationship(input: { a: "r8", b: "m2", trust: 0.3, kind: BUSINESS }) { trust } }'],
    ['a tie deleted', 'mutation { deleteRelationship(a: "r3", b: "r9") }'],
    ['a rep\'s expertise', 'mutation { updateRep(id: "r6", input: { expertise: ["CRM"] }) { id } }'],
    ['a rep\'s name and tendencies', 'mutation { updateRep(id: "r4", input: { name: "江藤 改", stance: CAUTIOUS, responseSpeed: SLOW, interests: ["SFA"] }) { id } }'],
    ['a rep created', 'mutation { createRep(input: { id: "r20", name: "新井 二十", expertise: ["CRM"], interests: ["MA"] }) { id } }'],
    ['a manager renamed', 'mutation { updateManager(id: "m1", input: { name: "佐藤 改名" }) { id } }'],
    ['a company\'s segments', 'mutation { updateCompany(id: "c3", input: { customerSegments: ["SMB"] }) { id } }'],
    ['a won deal', 'mutation { createDeal(input: { companyId: "c2", repId: "r9", product: "CRM", stage: WON, closedAt: "2026-01-10" }) { id } }'],
    ['a rep moving company', `mutation { moveRep(input: { repId: "r9", toCompanyId: "c3", since: "${today}" }) { id } }`],
    ['a contract (nothing these caches hold)', 'mutation { createContract(input: { companyId: "c1", termMonths: 12, status: ACTIVE }) { id } }'],
    ['a rep deleted', 'mutation { deleteRep(id: "r10") }'],
  ];

  it('answer as a full re-read does, after writes of every kind', async () => {
    await expectFresh();
    for (const [what, mutation] of writes) {
      try {
        await api.ok(mutation);
      } catch (e) {
        throw new Error(`${what}: ${(e as Error).message}`);
      }
      await expectFresh().catch((e: Error) => {
        throw new Error(`after ${what}: ${e.message}`);
      });
    }
  });

  it('a write re-reads only what it can alter: a tie between reps or a contract reads nothing whole again', async () => {
    await api.ok(TARGETS());
    await api.ok(BROKERS);
    const [worlds, networks] = [insightWorlds.reads, trustNetworks.reads];
    await api.ok('mutation { setRelationship(input: { a: "r1", b: "r7", trust: 0.6, kind: BUSINESS }) { trust } }');
    await api.ok('mutation { createContract(input: { companyId: "c2", termMonths: 6, status: ACTIVE }) { id } }');
    await expectFresh();
    expect([insightWorlds.reads, trustNetworks.reads]).toEqual([worlds, networks]);
  });

  it('a rep\'s change reads that rep once for the facts, whatever the sections it touches', async () => {
    await api.ok(TARGETS());
    const read = jest.spyOn(store().read, 'peopleByIds');
    try {
      await api.ok('mutation { updateRep(id: "r6", input: { interests: ["MA", "CRM"] }) { id } }');
      read.mockClear();
      await api.ok(TARGETS());
      // the facts' sections read the changed rep alone (the answer's reps are read apart, in one batch)
      const forR6 = read.mock.calls.filter(([ids]) => ids.length === 1 && ids[0] === 'r6');
      expect(forR6).toHaveLength(1);
    } finally {
      read.mockRestore();
    }
    await expectFresh();
  });
});
