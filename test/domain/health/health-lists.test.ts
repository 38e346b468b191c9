import {
  actionFollowUp, notContactedFollowUp, quietDealFollowUp, rankFollowUps, renewalFollowUp, fallingTrustFollowUp,
} from '@/domain/health/follow-up';
import { type PartnerFacts, competitorCounts, lossWindow, lossesByCompetitor, partnerRisks, rankRisks, topPartners } from '@/domain/health/relationship-risk';

const asOf = '2026-10-31';

describe('follow-up rules', () => {
  it('ranks overdue actions first, then renewals, due-soon actions, falling trust, quiet deals, people not contacted', () => {
    const items = [
      notContactedFollowUp({ personId: 'r9', name: 'X', companyId: 'c1', companyName: 'C', last: '2026-06-01T00:00:00Z' }, asOf)!,
      quietDealFollowUp({ dealId: 'd1', product: 'CRM', companyId: 'c1', companyName: 'C', lastActivity: '2026-08-01' }, asOf)!,
      fallingTrustFollowUp({ personId: 'r1', name: 'A', companyId: 'c1', companyName: 'C', now: 0.6, then: 0.8, since: '2026-08-02' }),
      actionFollowUp({ interactionId: 'i2', description: 'call', dueDate: '2026-11-03', personName: null }, asOf)!,
      renewalFollowUp({ contractId: 'k1', companyId: 'c1', companyName: 'C', renewalDate: '2026-11-15' }, asOf)!,
      actionFollowUp({ interactionId: 'i1', description: 'quote', dueDate: '2026-10-25', personName: 'A' }, asOf)!,
    ];
    const ranked = rankFollowUps(items);
    expect(ranked.map((f) => f.kind)).toEqual(['OVERDUE_ACTION', 'RENEWAL', 'DUE_SOON_ACTION', 'FALLING_TRUST', 'QUIET_DEAL', 'NOT_CONTACTED']);
    // by hand: overdue 6 days 0.9 + 0.1·6/36; renewal in 15 days 0.85 − 0.35·15/90; due in 3 days 0.8 − 0.2·3/7;
    // fell 0.2: 0.5 + 0.3·0.2/0.3; deal quiet 91 days 0.4 + 0.2·61/121; not contacted 152 days 0.3 + 0.2·92/182
    expect(ranked.map((f) => f.urgency)).toEqual([0.9167, 0.7917, 0.7143, 0.7, 0.5008, 0.4011]);
  });

  it('leaves out what is not due: actions beyond 7 days, renewals beyond 90, recent contact and active deals', () => {
    expect(actionFollowUp({ interactionId: 'i', description: 'x', dueDate: '2026-11-08', personName: null }, asOf)).toBeNull();
    expect(renewalFollowUp({ contractId: 'k', companyId: 'c', companyName: 'C', renewalDate: '2027-01-30' }, asOf)).toBeNull();
    expect(renewalFollowUp({ contractId: 'k', companyId: 'c', companyName: 'C', renewalDate: '2027-01-29' }, asOf)).not.toBeNull();
    expect(notContactedFollowUp({ personId: 'p', name: 'P', companyId: 'c', companyName: 'C', last: '2026-09-02T00:00:00Z' }, asOf)).toBeNull();
    expect(quietDealFollowUp({ dealId: 'd', product: 'P', companyId: 'c', companyName: 'C', lastActivity: '2026-10-02' }, asOf)).toBeNull();
    expect(renewalFollowUp({ contractId: 'k', companyId: 'c', companyName: 'C', renewalDate: '2026-10-01' }, asOf)).toMatchObject({ urgency: 0.9 });
  });
});

describe('risk rules', () => {
  const base: PartnerFacts = {
    companyId: 'c1', companyName: 'アクメ', top: false,
    people: [
      { personId: 'r1', name: 'A', trust: 0.8, falling: false, trendFrom: 0.8 },
      { personId: 'r2', name: 'B', trust: 0.3, falling: true, trendFrom: 0.5 },
    ],
    keyPerson: { personId: 'r2', name: 'B' }, contracts: [], lostTo: new Map(),
  };

  it('finds a single thread and a key person we barely know; a top partner makes them HIGH and watches falling trust', () => {
    expect(partnerRisks(base, asOf).map((r) => [r.kind, r.severity, r.meetPersonId, r.avoid])).toEqual([
      ['SINGLE_THREADED', 'MEDIUM', null, ['r1']], ['WEAK_KEY_PERSON', 'MEDIUM', 'r2', []],
    ]);
    expect(partnerRisks({ ...base, top: true }, asOf).map((r) => [r.kind, r.severity])).toEqual([
      ['SINGLE_THREADED', 'HIGH'], ['WEAK_KEY_PERSON', 'HIGH'], ['FALLING_TRUST', 'HIGH'],
    ]);
    const two = { ...base, people: base.people.map((p) => ({ ...p, trust: 0.7 })) };
    expect(partnerRisks(two, asOf)).toEqual([]);
  });

  it('contracts about to lapse and repeated losses to one competitor within a year', () => {
    const f = {
      ...base, people: [], keyPerson: null,
      contracts: [{ contractId: 'k1', renewalDate: '2026-11-20' }, { contractId: 'k2', renewalDate: '2027-01-15' }, { contractId: 'k3', renewalDate: '2027-06-01' }],
      lostTo: lossesByCompetitor([
        { competitor: 'Z社', day: '2026-03-01' }, { competitor: 'Z社', day: '2026-09-01' }, { competitor: 'Y社', day: '2026-09-01' },
        { competitor: 'Y社', day: '2025-09-01' }, { competitor: null, day: '2026-09-02' },
      ], asOf),
    };
    expect(rankRisks(partnerRisks(f, asOf)).map((r) => [r.kind, r.severity, r.why])).toEqual([
      ['CONTRACT_LAPSING', 'HIGH', 'The contract with アクメ comes up for renewal on 2026-11-20, in 20 days'],
      ['CONTRACT_LAPSING', 'MEDIUM', 'The contract with アクメ comes up for renewal on 2027-01-15, in 76 days'],
      ['REPEATED_LOSSES', 'MEDIUM', '2 deals with アクメ lost to Z社 in the last 365 days'],
    ]);
  });

  it('counts losses per named competitor within the 365 days before asOf, both ends included', () => {
    expect(lossWindow('2026-10-31')).toEqual({ from: '2025-10-31', to: '2026-10-31' });
    expect(lossWindow('2024-03-01')).toEqual({ from: '2023-03-02', to: '2024-03-01' }); // a leap year's 366 days
    const at = (day: string | null, competitor: string | null = 'Z') => ({ competitor, day });
    expect([...lossesByCompetitor([
      at('2025-10-31'), at('2025-10-30'), at('2026-10-31'), at('2026-11-01'), at(null), at('2026-05-01', ''), at('2026-05-01', null), at('2026-05-01', 'Y'),
    ], '2026-10-31')]).toEqual([['Z', 2], ['Y', 1]]);
  });

  it('one competitor however its name was typed: width, case and spaces aside, under its most used spelling (found by an outsider)', () => {
    const at = (competitor: string) => ({ competitor, day: '2026-10-01' });
    expect([...lossesByCompetitor([at('テスト競合'), at('テスト競合 '), at('ﾃｽﾄ競合'), at('テスト競合'), at('Acme'), at('ACME')], '2026-10-31')])
      .toEqual([['テスト競合', 4], ['ACME', 2]]);
    expect([...competitorCounts([['acme', 1], ['Acme', 2], ['Ａｃｍｅ', 1]])]).toEqual([['Acme', 4]]);
  });

  it('top partners: the top 20 % by won revenue, at least one', () => {
    expect([...topPartners(new Map([['a', 5], ['b', 10], ['c', 0], ['d', 1], ['e', 2], ['f', 3]]))]).toEqual(['b']);
    expect([...topPartners(new Map([['a', 0]]))]).toEqual([]);
  });
});
