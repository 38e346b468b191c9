import { ANALYST, useApi } from '../../helpers/graphql';
import { insightsSnapshot } from '../../contract/insights.fixture';

describe('brokers, referrals and proposals over GraphQL (embedded engine)', () => {
  const fx = useApi(insightsSnapshot);

  const BROKERS = `query($n: Int, $side: BrokerSide, $age: Int, $min: Float) {
    brokers(limit: $n, side: $side, maxAgeSeconds: $age, minTrust: $min) { rank person { id } reachedThrough dependents cutOff cutOffCompanies distance
      companies(limit: 3) { company { id } reachedThrough cutOff } reasons }
    brokerNetwork(side: $side, maxAgeSeconds: $age, minTrust: $min) { people ties managers reachable freshness { upToDate basis computeMs ageSeconds computedAt } } }`;

  it('brokers: who our team reaches the network through, and who hangs on them', async () => {
    const r = await fx.api.ok(BROKERS, { n: 10, side: 'THEIRS' });
    const by = Object.fromEntries(r.brokers.map((b: any) => [b.person.id, b]));
    expect(r.brokers[0].person.id).toBe('r8');
    expect(by.r8).toMatchObject({ rank: 1, reachedThrough: 3, dependents: 2, cutOff: 2, cutOffCompanies: 2, distance: 1 });
    expect(by.r8.companies).toEqual([{ company: { id: 'c2' }, reachedThrough: 2, cutOff: 1 }, { company: { id: 'c3' }, reachedThrough: 1, cutOff: 1 }]);
    expect(by.r8.reasons).toContain('Without them we could not reach 2 people in 2 companies at all');
    expect(by.r8.reasons).toContain('Connects us to ベータ販売 (2), ガンマ (1)');
    expect(r.brokerNetwork).toMatchObject({ people: 12, ties: 15, managers: 2, reachable: 10, freshness: { upToDate: true, basis: 'REVISION' } });
    const ours = await fx.api.ok(BROKERS, { n: 10, side: 'OURS' });
    expect(ours.brokers.map((b: any) => b.person.id)).toEqual(['m2', 'm1']);
  });

  it('brokers: minTrust leaves weak ties out', async () => {
    const r = await fx.api.ok(BROKERS, { n: 50, min: 0.7 });
    expect(r.brokerNetwork.ties).toBe(10);
    expect(r.brokers.find((b: any) => b.person.id === 'r4')).toMatchObject({ cutOff: 6 }); // all of Acme and r7 hang on r4 now
  });

  it('brokers: cached until the graph changes, then served up to maxAgeSeconds old or recomputed', async () => {
    const first = (await fx.api.ok(BROKERS, { n: 1 })).brokerNetwork.freshness;
    const again = (await fx.api.ok(BROKERS, { n: 1 })).brokerNetwork.freshness;
    expect(again.computedAt).toBe(first.computedAt);
    await fx.api.ok('mutation { setRelationship(input: { a: "m1", b: "r10", trust: 0.9, kind: BUSINESS }) { trust } }');
    const tolerant = (await fx.api.ok(BROKERS, { n: 1, age: 3600 })).brokerNetwork.freshness;
    expect(tolerant).toMatchObject({ upToDate: false, computedAt: first.computedAt });
    const fresh = await fx.api.ok(BROKERS, { n: 50, age: 0, side: 'THEIRS' });
    expect(fresh.brokerNetwork.freshness.upToDate).toBe(true);
    expect(fresh.brokers.find((b: any) => b.person.id === 'r9')?.cutOff ?? 0).toBe(0); // r10 is reached directly now
    await fx.api.ok('mutation { deleteRelationship(a: "m1", b: "r10") }');
  });

  it('brokers: bounds are BAD_USER_INPUT', async () => {
    for (const vars of [{ n: 0 }, { n: 51 }, { n: 1, min: 1.5 }, { n: 1, age: -1 }]) {
      expect((await fx.api.run(BROKERS, vars)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  const REFERRALS = `query($via: ID!, $n: Int, $k: Float) { referralCandidates(via: $via, limit: $n, knownTrust: $k) {
    rep { id } company { id } score importance tie ourTrust relations reasons } }`;

  it('referralCandidates: colleagues, key persons, other departments and former colleagues, ranked', async () => {
    const r = await fx.api.ok(REFERRALS, { via: 'r4', n: 10 });
    const ids = r.referralCandidates.map((c: any) => c.rep.id);
    expect(ids).toEqual(['r5', 'r7', 'r1', 'r3', 'r6']);
    expect(ids).not.toContain('r2'); // m2 knows r2 at 0.5: known well enough
    const r7 = r.referralCandidates[1];
    expect(r7).toMatchObject({ company: { id: 'c2' }, tie: 0.75, relations: ['CONTACT', 'FORMER_COLLEAGUE', 'KEY_PERSON'] });
    expect(r7.reasons[1]).toBe('Worked with 江藤 四郎 at アクメ商事 (2019-04-01 – 2020-03-31); now at ベータ販売');
    const scores = r.referralCandidates.map((c: any) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const c of r.referralCandidates) expect(c.score).toBeCloseTo(c.importance * c.tie, 3);
    const strict = await fx.api.ok(REFERRALS, { via: 'r4', n: 10, k: 0.6 });
    expect(strict.referralCandidates.map((c: any) => c.rep.id)).toContain('r2');
  });

  it('referralCandidates: NOT_FOUND for nobody, BAD_USER_INPUT for a manager or a bad limit', async () => {
    expect((await fx.api.run(REFERRALS, { via: 'nobody' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const m = await fx.api.run(REFERRALS, { via: 'm1' });
    expect(m.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'via', reason: expect.any(String) }] });
    expect((await fx.api.run(REFERRALS, { via: 'r4', n: 0 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  const TARGETS = `query($p: String!, $n: Int) { proposalTargets(product: $p, limit: $n) { rep { id } company { id } product score
    signals { affinity companyFit ourTrust responsiveness pastWins companyWins } reasons } }`;
  const FOR = `query($r: ID!, $n: Int) { proposalsFor(repId: $r, limit: $n) { product productKey score
    signals { affinity companyFit ourTrust responsiveness pastWins companyWins } reasons } }`;

  it('proposalTargets: matched on normalised product keys, live partners only, with reasons', async () => {
    const r = await fx.api.ok(TARGETS, { p: 'ｃｒｍ', n: 20 });
    const ids = r.proposalTargets.map((t: any) => t.rep.id);
    expect(ids.slice(0, 3)).toEqual(['r4', 'r8', 'r2']);
    expect(ids).not.toContain('r11'); // works at a TERMINATED partner
    expect(ids).not.toContain('r6'); // nothing links them to CRM
    expect(r.proposalTargets[0]).toMatchObject({ product: 'CRM', company: { id: 'c1' }, signals: { affinity: 1, ourTrust: 0.9 } });
    expect(r.proposalTargets[0].reasons[0]).toBe('Lists CRM among their expertise');
    const unknown = await fx.api.run(TARGETS, { p: 'nothing-like-this' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', what: 'product' });
    expect((await fx.api.run(TARGETS, { p: '' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fx.api.run(TARGETS, { p: '  ' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('proposalsFor: the products to pitch a rep, with the same score as proposalTargets', async () => {
    const f = await fx.api.ok(FOR, { r: 'r4', n: 10 });
    expect(f.proposalsFor[0]).toMatchObject({ product: 'CRM', productKey: 'crm' });
    const t = await fx.api.ok(TARGETS, { p: 'CRM', n: 1 });
    expect(f.proposalsFor[0].score).toBe(t.proposalTargets[0].score);
    expect(f.proposalsFor.map((p: any) => p.productKey).sort()).toEqual(['crm', 'ma', 'sfa']); // won or open products (ERP was lost)
    expect((await fx.api.run(FOR, { r: 'nobody' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await fx.api.run(FOR, { r: 'm1' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('analysts see no tendencies in proposals: their scores are computed without them', async () => {
    const admin = await fx.api.ok(TARGETS, { p: 'CRM', n: 3 });
    const analyst = await fx.api.ok(TARGETS, { p: 'CRM', n: 3 }, ANALYST);
    expect(admin.proposalTargets[2].reasons).toContain('Fast to respond and proactive');
    expect(analyst.proposalTargets.every((t: any) => t.signals.responsiveness === null)).toBe(true);
    expect(analyst.proposalTargets.flatMap((t: any) => t.reasons).join('\n')).not.toMatch(/respond|proactive/i);
    for (const t of analyst.proposalTargets) {
      const s = t.signals;
      expect(t.score).toBeCloseTo((0.3 * s.affinity + 0.15 * s.companyFit + 0.15 * s.ourTrust + 0.2 * s.pastWins + 0.1 * s.companyWins) / 0.9, 3);
    }
    const forRep = await fx.api.ok(FOR, { r: 'r4', n: 10 }, ANALYST);
    expect(forRep.proposalsFor[0].score).toBe(analyst.proposalTargets.find((t: any) => t.rep.id === 'r4').score);
  });

  it('reads a page of companies\' key persons in a fixed number of queries (no N+1)', async () => {
    const Q = 'query($n: Int) { companies(first: $n) { edges { node { keyPersons(limit: 3) { rep { id name } } } } } }';
    const trips = async (n: number): Promise<number> => {
      // a tie written: every key-person ranking is dropped (the record cache keeps what the tie cannot alter, so the
      // page of 4 is read once first: both pages then find the same records cached)
      await fx.api.ok('mutation { setRelationship(input: { a: "m1", b: "r3", trust: 0.1 }) { trust } }');
      const before = fx.store.stats.roundTrips;
      await fx.api.ok(Q, { n });
      return fx.store.stats.roundTrips - before;
    };
    await trips(4);
    const one = await trips(1);
    expect(await trips(4)).toBe(one);
    expect(one).toBeLessThanOrEqual(9); // the page, the 6 subgraph queries for all its companies, the people
  });
});
