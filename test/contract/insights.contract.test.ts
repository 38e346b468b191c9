import { analyseBrokerage } from '@/domain/brokers/team-brokerage';
import { roundHeadCount, roundScore } from '@/domain/shared/rounding';
import { type CompanySubgraph, scoreKeyPersons } from '@/domain/key-persons/key-persons';
import { productMarket, proposalTargets, proposalsFor } from '@/domain/matching/proposals';
import { topicKey } from '@/store/graph-operations';
import { latestEmployer } from '@/store/insights/insights.queries';
import { referenceBase } from '../helpers/insight-reference';
import { describeEachEngine } from '../helpers/engines';
import { TestApi } from '../helpers/graphql';
import { insightsSnapshot } from './insights.fixture';

const today = new Date().toISOString().slice(0, 10);

/** What the store should hand the scorer for one company, built straight from the snapshot (the reference). */
function referenceSubgraph(s: Record<string, any>, companyId: string): CompanySubgraph {
  const current = (e: any) => e.companyId === companyId && (e.until == null || e.until > today);
  const emps = s.employments.filter(current);
  const members = new Set<string>(emps.map((e: any) => e.repId));
  const kind = new Map<string, string>([...s.managers.map((m: any) => [m.id, 'MANAGER']), ...s.reps.map((r: any) => [r.id, 'REP'])]);
  const name = new Map<string, string>([...s.managers, ...s.reps].map((p: any) => [p.id, p.name]));
  return {
    companyId, companyName: '',
    members: emps.map((e: any) => ({ id: e.repId, name: name.get(e.repId)!, title: e.title ?? null, department: e.department ?? null, since: e.since ?? null })),
    ties: s.relationships.filter((r: any) => members.has(r.a) && members.has(r.b)).map((r: any) => ({ a: r.a, b: r.b, trust: r.trust })),
    chart: s.reportsTo.filter((r: any) => members.has(r.repId) && members.has(r.bossId)),
    deals: s.deals.filter((d: any) => d.companyId === companyId).map((d: any) => ({
      id: d.id, repId: d.repId ?? null, stage: d.stage, amount: d.amount ?? null, closedAt: d.closedAt ?? null, proposedAt: d.proposedAt ?? null, productKey: topicKey(d.product),
    })),
    introductions: s.introductions.filter((i: any) => members.has(i.introducerId)).map((i: any) => ({ introducerId: i.introducerId, outcome: i.outcome, at: i.at ?? null })),
    managerTies: s.relationships.flatMap((r: any) => [[r.a, r.b], [r.b, r.a]].filter(([p, m]) => members.has(p) && kind.get(m) === 'MANAGER')
      .map(([p, m]) => ({ personId: p, managerId: m, managerName: name.get(m)!, trust: r.trust }))),
  };
}

describeEachEngine('insights', (store) => {
  let api: TestApi;
  const snapshot = insightsSnapshot();
  beforeAll(async () => {
    api = await TestApi.create(store());
    await api.ok('mutation($s: JSONObject!) { importSnapshot(snapshot: $s) { total } }', { s: snapshot });
  });
  afterAll(() => api.stop());

  const KEY_PERSONS = `query($c: ID!, $n: Int) { keyPersons(companyId: $c, limit: $n) {
    rank score reasons rep { id } signals { seniority reach centrality dealInfluence introductions ourTrust } } }`;

  it.each(['c1', 'c2', 'c3'])('keyPersons of %s equals the pure score of the company as recorded', async (c) => {
    const r = await api.ok(KEY_PERSONS, { c, n: 50 });
    const expected = scoreKeyPersons(referenceSubgraph(snapshot, c), today);
    expect(r.keyPersons).toEqual(expected.map((k, i) => ({ rank: i + 1, score: k.score, reasons: k.reasons, rep: { id: k.personId }, signals: k.signals })));
  });

  it('keyPersons: only current staff, NOT_FOUND and BAD_USER_INPUT as in the contract', async () => {
    const r = await api.ok(KEY_PERSONS, { c: 'c1', n: 50 });
    expect(r.keyPersons.map((k: any) => k.rep.id)).not.toContain('r7');
    expect(r.keyPersons[0].rep.id).toBe('r1');
    expect((await api.run(KEY_PERSONS, { c: 'zz' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.run(KEY_PERSONS, { c: 'c1', n: 0 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('brokers equal the pure analysis of the trust network as recorded', async () => {
    const r = await api.ok(`{ brokers(limit: 50) { rank person { id } reachedThrough share dependents cutOff cutOffCompanies distance
      companies(limit: 10) { company { id } reachedThrough dependents cutOff } } brokerNetwork { people ties managers reachable } }`);
    const current = snapshot.employments.filter((e: any) => e.until == null || e.until > today);
    const expected = analyseBrokerage({
      managers: snapshot.managers.map((m: any) => m.id),
      from: snapshot.relationships.map((x: any) => x.a), to: snapshot.relationships.map((x: any) => x.b), trust: snapshot.relationships.map((x: any) => x.trust),
      companyOf: latestEmployer(current.map((e: any) => e.repId), current.map((e: any) => e.companyId), current.map((e: any) => e.since ?? '')),
    }, { minTrust: 0, top: 50 });
    expect(r.brokerNetwork).toEqual({ people: expected.people, ties: expected.ties, managers: expected.managers, reachable: expected.reachable });
    expect(r.brokers).toEqual(expected.brokers.map((b, i) => ({
      rank: i + 1, person: { id: b.personId }, reachedThrough: roundHeadCount(b.reachedThrough), share: roundScore(b.share), dependents: b.dependents, cutOff: b.cutOff,
      cutOffCompanies: b.cutOffCompanies, distance: b.distance,
      companies: b.companies.map((c) => ({ company: { id: c.companyId }, reachedThrough: roundHeadCount(c.reachedThrough), dependents: c.dependents, cutOff: c.cutOff })),
    })));
  });

  it('proposalTargets and proposalsFor equal the pure scores of the network as recorded', async () => {
    const base = referenceBase(snapshot, today);
    const market = productMarket(base);
    const t = await api.ok('{ proposalTargets(product: "CRM", limit: 50) { rep { id } score reasons signals { affinity companyFit ourTrust responsiveness pastWins companyWins } } }');
    expect(t.proposalTargets).toEqual(proposalTargets(base, market, 'crm', 50, today, 'ALL').map((p) => ({ rep: { id: p.repId }, score: p.score, reasons: p.reasons, signals: p.signals })));
    const f = await api.ok('{ proposalsFor(repId: "r2", limit: 50) { productKey score reasons } }');
    expect(f.proposalsFor).toEqual(proposalsFor(base, market, base.reps.get('r2')!, 50, today, 'ALL').map((p) => ({ productKey: p.productKey, score: p.score, reasons: p.reasons })));
  });

  it('referralCandidates: the same candidates, ties and reasons', async () => {
    const r = await api.ok('{ referralCandidates(via: "r4", limit: 10) { rep { id } company { id } score importance tie relations reasons } }');
    expect(r.referralCandidates.map((c: any) => [c.rep.id, c.company.id, c.tie, c.relations])).toEqual([
      ['r5', 'c1', 0.7, ['CONTACT', 'COLLEAGUE']],
      ['r7', 'c2', 0.75, ['CONTACT', 'FORMER_COLLEAGUE', 'KEY_PERSON']],
      ['r1', 'c1', 0.25, ['OTHER_DEPARTMENT', 'KEY_PERSON']],
      ['r3', 'c1', 0.25, ['OTHER_DEPARTMENT']],
      ['r6', 'c1', 0.25, ['OTHER_DEPARTMENT']],
    ]);
    const acme = scoreKeyPersons(referenceSubgraph(snapshot, 'c1'), today);
    const r1 = acme.find((k) => k.personId === 'r1')!;
    expect(r.referralCandidates[2].importance).toBeCloseTo((r1.score - 0.1 * r1.signals.ourTrust) / 0.9, 3);
    expect(r.referralCandidates[1].reasons).toEqual([
      '江藤 四郎 knows them (trust 0.75, former colleague tie)',
      'Worked with 江藤 四郎 at アクメ商事 (2019-04-01 – 2020-03-31); now at ベータ販売',
      expect.stringMatching(/^Key person #2 at ベータ販売: /),
      'None of our managers knows them yet',
    ]);
  });

  it('sees writes: brokers (maxAgeSeconds 0), proposals and key persons answer from the changed graph', async () => {
    const B = '{ brokers(limit: 50, side: THEIRS, maxAgeSeconds: 0) { person { id } cutOff } }';
    const cutOf = (r: any, id: string) => r.brokers.find((b: any) => b.person.id === id)?.cutOff ?? 0;
    expect(cutOf(await api.ok(B), 'r9')).toBe(1);
    await api.ok('mutation { setRelationship(input: { a: "m1", b: "r10", trust: 0.9, kind: BUSINESS }) { trust } }');
    expect(cutOf(await api.ok(B), 'r9')).toBe(0);
    const T = '{ proposalTargets(product: "CRM", limit: 50) { rep { id } } }';
    expect((await api.ok(T)).proposalTargets.map((t: any) => t.rep.id)).not.toContain('r6');
    await api.ok('mutation { updateRep(id: "r6", input: { expertise: ["CRM"] }) { id } }');
    expect((await api.ok(T)).proposalTargets.map((t: any) => t.rep.id)).toContain('r6');
    const K = '{ keyPersons(companyId: "c3", limit: 5) { rep { id } signals { ourTrust } } }';
    expect((await api.ok(K)).keyPersons).toEqual([{ rep: { id: 'r10' }, signals: { ourTrust: 0.9 } }]);
  });
});
