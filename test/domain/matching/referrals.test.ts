import { type KeyPersonScore } from '@/domain/key-persons/key-persons';
import { type InsightBase } from '@/domain/matching/facts';
import { type ViaNetwork, candidateCompanies, importanceOf, referralCandidates } from '@/domain/matching/referrals';

const TODAY = '2026-01-01';

function ranked(personId: string, score: number, ourTrust = 0, reason = `${personId} matters`): KeyPersonScore {
  return {
    personId, name: personId, score,
    signals: { seniority: 0, reach: 0, centrality: 0, dealInfluence: 0, introductions: 0, ourTrust },
    contributions: { seniority: 0, reach: 0, centrality: 0, dealInfluence: 0, introductions: 0, ourTrust: 0 },
    facts: {} as KeyPersonScore['facts'], reasons: [reason],
  };
}

const rep = (id: string) => ({ id, name: id.toUpperCase(), responseSpeed: null, stance: null, expertise: [], interests: [], expertiseKeys: [], interestKeys: [] });

/** v works at A (営業部); a1 same department, a2 another, boss b; f worked with v at B, now at C; k known to us. */
function world(): { base: InsightBase; net: ViaNetwork; rankings: Map<string, KeyPersonScore[]> } {
  const base: InsightBase = {
    reps: new Map(['v', 'a1', 'a2', 'b', 'f', 'k', 'x'].map((id) => [id, rep(id)])),
    companyOf: new Map([['v', 'A'], ['a1', 'A'], ['a2', 'A'], ['b', 'A'], ['f', 'C'], ['k', 'A']]),
    companies: new Map(['A', 'B', 'C'].map((id) => [id, { id, name: `Co${id}`, industry: null, segments: [], partnerStatus: 'ACTIVE' }])),
    ourTies: new Map([['k', [{ managerId: 'm', managerName: 'M', trust: 0.7 }]], ['a2', [{ managerId: 'm', managerName: 'M', trust: 0.2 }]]]),
    deals: [],
  };
  const vA = { companyId: 'A', since: '2020-01-01', until: null, department: '営業部' };
  const vB = { companyId: 'B', since: '2015-01-01', until: '2019-12-31', department: '営業部' };
  const net: ViaNetwork = {
    viaId: 'v', viaName: 'V',
    contacts: [{ personId: 'f', trust: 0.9, kind: 'FORMER_COLLEAGUE' }, { personId: 'x', trust: 0.8, kind: 'PERSONAL' }],
    bosses: ['b'], reports: [],
    coworkers: [
      { personId: 'a1', via: vA, theirs: { companyId: 'A', since: '2021-01-01', until: null, department: '営業部' } },
      { personId: 'a2', via: vA, theirs: { companyId: 'A', since: '2010-01-01', until: null, department: '開発部' } },
      { personId: 'b', via: vA, theirs: { companyId: 'A', since: '2000-01-01', until: null, department: '経営企画室' } },
      { personId: 'k', via: vA, theirs: { companyId: 'A', since: '2000-01-01', until: null, department: '営業部' } },
      { personId: 'f', via: vB, theirs: { companyId: 'B', since: '2016-01-01', until: '2018-12-31', department: '営業部' } },
    ],
  };
  const rankings = new Map([
    ['A', [ranked('b', 0.8), ranked('k', 0.6, 0.7), ranked('a2', 0.4, 0.2), ranked('a1', 0.2), ranked('v', 0.1)]],
    ['C', [ranked('z', 0.9), ranked('y', 0.8), ranked('w', 0.7), ranked('f', 0.5)]],
  ]);
  return { base, net, rankings };
}

describe('referral candidates', () => {
  const { base, net, rankings } = world();
  const out = referralCandidates(net, base, rankings, { knownTrust: 0.5, limit: 10, today: TODAY });
  const by = Object.fromEntries(out.map((c) => [c.personId, c]));

  it('asks for the companies where candidates work now', () => {
    expect(candidateCompanies(net, base)).toEqual(['A', 'C']);
  });

  it('scores importance × tie and ranks by it', () => {
    expect(out.map((c) => c.personId)).toEqual(['b', 'f', 'a2', 'a1']);
    expect(by.b).toMatchObject({ tie: 0.6, importance: 0.8889, relations: ['BOSS', 'OTHER_DEPARTMENT', 'KEY_PERSON'] });
    expect(by.b.score).toBeCloseTo(0.6 * (0.8 / 0.9), 3);
    expect(by.f).toMatchObject({ tie: 0.9, relations: ['CONTACT', 'FORMER_COLLEAGUE'] });
    expect(by.a1).toMatchObject({ tie: 0.4, relations: ['COLLEAGUE'] });
    expect(by.a2.tie).toBe(0.25);
    // importance leaves our own trust out: (0.4 − 0.1 × 0.2) / 0.9
    expect(by.a2.importance).toBeCloseTo((0.4 - 0.02) / 0.9, 4);
    expect(importanceOf(ranked('q', 0.55, 1))).toBeCloseTo(0.5);
  });

  it('leaves out people we know well, people who work nowhere now, and the rep', () => {
    expect(by.k).toBeUndefined(); // our trust 0.7 >= 0.5
    expect(by.x).toBeUndefined(); // a contact without a current employer
    expect(by.v).toBeUndefined();
    const lenient = referralCandidates(net, base, rankings, { knownTrust: 0.8, limit: 10, today: TODAY });
    expect(lenient.map((c) => c.personId)).toContain('k');
  });

  it('says why, in short sentences', () => {
    expect(by.f.reasons).toEqual([
      'V knows them (trust 0.90, former colleague tie)',
      'Worked with V at CoB (2016-01-01 – 2018-12-31); now at CoC',
      'At CoC: f matters',
      'None of our managers knows them yet',
    ]);
    expect(by.b.reasons).toEqual([
      "V's boss",
      'Works in another department of CoA (経営企画室)',
      'Key person #1 at CoA: b matters',
      'None of our managers knows them yet',
    ]);
    expect(by.a2.reasons).toContain('Our managers barely know them yet (trust 0.20)');
  });

  it('dates a former colleague by the time both worked there, not by either one\'s own employment', () => {
    const moved: ViaNetwork = {
      ...net,
      coworkers: net.coworkers.map((c) => (c.personId === 'f' ? { ...c, theirs: { ...c.theirs, since: '2014-06-01', until: '2017-03-31' } } : c)),
    };
    const f = referralCandidates(moved, base, rankings, { knownTrust: 0.5, limit: 10, today: TODAY }).find((c) => c.personId === 'f');
    // v was at B 2015-01-01 – 2019-12-31, f 2014-06-01 – 2017-03-31: together 2015-01-01 – 2017-03-31.
    expect(f?.reasons).toContain('Worked with V at CoB (2015-01-01 – 2017-03-31); now at CoC');
    const stillThere: ViaNetwork = {
      ...net,
      coworkers: net.coworkers.map((c) => (c.personId === 'f' ? { ...c, via: { ...c.via, until: null }, theirs: { ...c.theirs, since: '2016-02-26', until: '2016-09-18' } } : c)),
    };
    const g = referralCandidates(stillThere, base, rankings, { knownTrust: 0.5, limit: 10, today: TODAY }).find((c) => c.personId === 'f');
    expect(g?.reasons).toContain('Worked with V at CoB (2016-02-26 – 2016-09-18); now at CoC');
  });

  it('honours the limit', () => {
    expect(referralCandidates(net, base, rankings, { knownTrust: 0.5, limit: 2, today: TODAY })).toHaveLength(2);
  });
});
