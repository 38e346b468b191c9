import { type InsightBase, type RepFacts } from '@/domain/matching/facts';
import { PROPOSAL_WEIGHTS, lift, productMarket, proposalTargets, proposalWeights, proposalsFor, responsiveness, scoreProposal } from '@/domain/matching/proposals';
import { topicKey } from '@/store/graph-operations';

const TODAY = '2026-01-01';
const rep = (id: string, extra: Partial<RepFacts> = {}): RepFacts => {
  const r = { id, name: id, responseSpeed: null, stance: null, expertise: [], interests: [], ...extra } as RepFacts;
  return { ...r, expertiseKeys: r.expertise.map(topicKey), interestKeys: r.interests.map(topicKey) };
};

/** Two manufacturers (x, y) and a retailer (z); CRM is won at manufacturers, SFA at the retailer. */
function base(): InsightBase {
  return {
    reps: new Map([
      ['a', rep('a', { expertise: ['ＣＲＭ'], responseSpeed: 'FAST', stance: 'PROACTIVE' })],
      ['b', rep('b', { interests: ['crm'] })],
      ['c', rep('c', { expertise: ['SFA'] })],
      ['d', rep('d')],
      ['t', rep('t', { expertise: ['CRM'] })],
    ]),
    companyOf: new Map([['a', 'x'], ['b', 'z'], ['c', 'z'], ['d', 'y'], ['t', 'dead']]),
    companies: new Map([
      ['x', { id: 'x', name: 'X', industry: '製造業', segments: ['SMB'], partnerStatus: 'ACTIVE' }],
      ['y', { id: 'y', name: 'Y', industry: '製造業', segments: [], partnerStatus: 'ACTIVE' }],
      ['z', { id: 'z', name: 'Z', industry: '小売', segments: ['SMB'], partnerStatus: 'ACTIVE' }],
      ['dead', { id: 'dead', name: 'Dead', industry: '製造業', segments: [], partnerStatus: 'TERMINATED' }],
    ]),
    ourTies: new Map([['a', [{ managerId: 'm1', managerName: 'M1', trust: 0.8 }]]]),
    deals: [
      { productKey: 'crm', product: 'CRM', companyId: 'x', repId: 'a', stage: 'WON', date: TODAY },
      { productKey: 'crm', product: 'CRM', companyId: 'y', repId: 'd', stage: 'WON', date: '2025-01-01' },
      { productKey: 'crm', product: 'crm', companyId: 'x', repId: 'a', stage: 'OPEN', date: TODAY },
      { productKey: 'sfa', product: 'SFA', companyId: 'z', repId: 'c', stage: 'WON', date: TODAY },
      { productKey: 'sfa', product: 'SFA', companyId: 'z', repId: 'c', stage: 'WON', date: TODAY },
    ],
  };
}

describe('proposal score', () => {
  const b = base();
  const m = productMarket(b);

  it('weights sum to 1', () => {
    expect(Object.values(PROPOSAL_WEIGHTS).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('learns who won what where, and names a product by its usual spelling', () => {
    expect(m.won).toBe(4);
    expect(m.products.get('crm')!.name).toBe('CRM');
    expect(m.products.get('crm')!.byIndustry.get(topicKey('製造業'))).toBe(2);
    expect(m.products.get('crm')!.openByRep.get('a')).toBe(1);
  });

  it('names a product no deal names as the rep lists it, not by its normalised key (found by an outsider: "Lists crm")', () => {
    const only = { ...b, reps: new Map([['e', rep('e', { expertise: ['Data Lake'] })]]), companyOf: new Map([['e', 'x']]) };
    const score = scoreProposal(only, productMarket(only), only.reps.get('e')!, topicKey('data lake'), TODAY, 'ALL');
    expect(score.reasons).toContain('Lists Data Lake among their expertise');
    expect(score.reasons.join(' ')).not.toContain(topicKey('data lake'));
  });

  it('smooths the lift toward 1 with 5 pseudo-deals', () => {
    // CRM: 2 of its 2 wins at manufacturers, who have 2 of all 4 wins: (2 + 5 × 0.5) / (2 + 5) / 0.5
    expect(lift(2, 2, 2, 4)).toBeCloseTo(4.5 / 7 / 0.5);
    expect(lift(0, 0, 2, 4)).toBeCloseTo(1);
    expect(lift(1, 1, 0, 4)).toBeNull();
  });

  it('computes each signal by the documented formula', () => {
    const s = scoreProposal(b, m, b.reps.get('a')!, 'crm', TODAY, 'ALL');
    const industry = lift(2, 2, 2, 4)!;
    const segment = lift(1, 2, 3, 4)!; // SMB: CRM won once there (x), all products three times (x, z, z)
    expect(s.signals.affinity).toBe(1);
    expect(s.signals.companyFit).toBeCloseTo((industry / (industry + 1) + segment / (segment + 1)) / 2, 4);
    expect(s.signals.ourTrust).toBe(0.8);
    expect(s.signals.responsiveness).toBe(1);
    expect(s.signals.pastWins).toBe(0.5); // one win today: sat(1, 1)
    expect(s.signals.companyWins).toBeCloseTo(1 / 3, 4); // sat(1, 2)
    const expected = 0.3 * 1 + 0.15 * s.signals.companyFit + 0.15 * 0.8 + 0.1 * 1 + 0.2 * 0.5 + 0.1 * (1 / 3);
    expect(s.score).toBeCloseTo(expected, 3);
    expect(s.reasons).toEqual([
      'Lists CRM among their expertise',
      'Known to our managers: M1 (trust 0.80)',
      'Won 1 CRM deal before (latest 2026-01-01)',
      'Fast to respond and proactive',
      'X has won 1 CRM deal',
      'CRM wins 1.3× as often as usual at 製造業 companies',
      'Already has 1 open CRM deal',
    ]);
  });

  it('scores callers who may not see tendencies from the other signals alone, the weights rescaled to sum to 1', () => {
    const W = proposalWeights('WITHOUT_TENDENCIES');
    expect(W.responsiveness).toBe(0);
    expect(Object.values(W).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(W.affinity).toBeCloseTo(0.3 / 0.9, 12);
    const all = scoreProposal(b, m, b.reps.get('a')!, 'crm', TODAY, 'ALL');
    const s = scoreProposal(b, m, b.reps.get('a')!, 'crm', TODAY, 'WITHOUT_TENDENCIES');
    expect(s.signals).toEqual({ ...all.signals, responsiveness: null });
    const { affinity, companyFit, ourTrust, pastWins, companyWins } = all.signals;
    expect(s.score).toBeCloseTo((0.3 * affinity + 0.15 * companyFit + 0.15 * ourTrust + 0.2 * pastWins + 0.1 * companyWins) / 0.9, 3);
    expect(s.reasons).toEqual(all.reasons.filter((r) => r !== 'Fast to respond and proactive'));
  });

  it('says "no strong signal" alike whatever the tendencies, when they are not shown', () => {
    // Only tendencies speak for `d` and SFA in the full view; without them, nothing does, and that must not depend on them.
    const tendencies = [{ responseSpeed: 'FAST', stance: 'PROACTIVE' }, { responseSpeed: 'SLOW', stance: 'CAUTIOUS' }, { responseSpeed: null, stance: null }];
    const seen = tendencies.map((t) => scoreProposal(b, m, { ...b.reps.get('d')!, ...t }, 'sfa', TODAY, 'WITHOUT_TENDENCIES'));
    expect(seen.map((s) => s.reasons)).toEqual(tendencies.map(() => ['No strong signal for SFA yet']));
    expect(new Set(seen.map((s) => s.score)).size).toBe(1);
    expect(scoreProposal(b, m, { ...b.reps.get('d')!, ...tendencies[0] }, 'sfa', TODAY, 'ALL').reasons).toEqual(['Fast to respond and proactive']);
  });

  it('values interest below expertise and reads unknown tendencies as middling', () => {
    expect(scoreProposal(b, m, b.reps.get('b')!, 'crm', TODAY, 'ALL').signals.affinity).toBe(0.6);
    expect(responsiveness({ responseSpeed: null, stance: null })).toBeCloseTo(0.6 * 0.5 + 0.4 * 0.6);
    expect(responsiveness({ responseSpeed: 'SLOW', stance: 'CAUTIOUS' })).toBeCloseTo(0.6 * 0.2 + 0.4 * 0.4);
  });

  it('targets linked reps at live partners, best first, and agrees with proposalsFor', () => {
    const targets = proposalTargets(b, m, 'crm', 10, TODAY, 'ALL');
    expect(targets.map((t) => t.repId)).toEqual(['a', 'b', 'd']); // t's partner is terminated, c has no link to CRM
    const forA = proposalsFor(b, m, b.reps.get('a')!, 10, TODAY, 'ALL');
    expect(forA.map((p) => p.productKey)).toEqual(['crm', 'sfa']);
    expect(forA[0].score).toBe(targets[0].score);
  });
});
