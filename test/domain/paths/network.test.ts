import { Network } from '@/domain/paths/network';
import { kBestPaths } from '@/domain/paths/k-best';
import { IntroductionOutcome } from '@/domain/shared/enums';

const T0 = '2024-01-01T00:00:00.000Z';

function base(): Network {
  const n = new Network();
  n.upsertPerson({ id: 'm1', name: '佐藤 花子', kind: 'MANAGER', team: 'East' });
  for (const [id, name] of [['r1', '田中 太郎'], ['r2', '中村 大輔'], ['r3', '山田 一郎']]) n.upsertPerson({ id, name, kind: 'REP', team: null });
  n.upsertTie({ a: 'm1', b: 'r1', trust: 0.8, recordedAt: T0, kind: 'BUSINESS', since: '2023-02-01' });
  n.upsertTie({ a: 'r1', b: 'r2', trust: 0.6, recordedAt: T0, kind: 'FORMER_COLLEAGUE', since: null });
  return n;
}

const interaction = (id: string, at: string, reaction: string, participants: string[]) => ({
  id, at, atMillis: Date.parse(at), channel: 'MEETING', reaction, participants,
});

describe('Network', () => {
  it("keeps each person's tie records as the ties change: added, recorded again, removed, and with a person deleted", () => {
    const n = base();
    const records = (id: string) => n.tiesOfPerson(id).map((t) => `${t.a}-${t.b}:${t.trust}`).sort();
    const byPair = (id: string) => [...n.tiesOfPerson(id)].map((t) => n.tie(t.a, t.b)).map((t) => `${t!.a}-${t!.b}:${t!.trust}`).sort();
    expect(records('r1')).toEqual(['m1-r1:0.8', 'r1-r2:0.6']);
    n.upsertTie({ a: 'r2', b: 'r1', trust: 0.3, recordedAt: T0, kind: null, since: null }); // the same pair, recorded again
    n.upsertTie({ a: 'r3', b: 'r1', trust: 0.5, recordedAt: T0, kind: null, since: null });
    expect(records('r1')).toEqual(['m1-r1:0.8', 'r2-r1:0.3', 'r3-r1:0.5']);
    expect(records('r2')).toEqual(['r2-r1:0.3']);
    expect(records('r1')).toEqual(byPair('r1'));
    n.removeTie('r1', 'm1');
    expect(records('r1')).toEqual(['r2-r1:0.3', 'r3-r1:0.5']);
    expect(records('m1')).toEqual([]);
    n.removePerson('r3');
    expect(records('r1')).toEqual(['r2-r1:0.3']);
    expect(n.tiesOfPerson('r3')).toEqual([]);
  });

  it('uses the recorded trust until something newer happens between the two', () => {
    const n = base();
    n.upsertInteraction(interaction('old', '2023-06-01T10:00:00+09:00', 'NEGATIVE', ['m1', 'r1']));
    expect(n.trustOf('m1', 'r1')).toBe(0.8);
    n.upsertInteraction(interaction('new', '2024-03-01T10:00:00+09:00', 'POSITIVE', ['m1', 'r1', 'r3']));
    expect(n.trustOf('m1', 'r1')).toBe(0.85);
    expect(n.neighbours('m1')).toEqual([{ id: 'r1', trust: 0.85 }]);
    // a newer recording of the trust makes the meeting old news again
    n.upsertTie({ a: 'm1', b: 'r1', trust: 0.7, recordedAt: '2024-04-01T00:00:00.000Z', kind: 'BUSINESS', since: '2023-02-01' });
    expect(n.neighbours('m1')).toEqual([{ id: 'r1', trust: 0.7 }]);
    n.removeTie('m1', 'r1');
    expect(n.neighbours('m1')).toEqual([]);
  });

  it('counts won deals between a rep and a manager, and forgets deleted records', () => {
    const n = base();
    n.upsertDeal({ id: 'd1', repId: 'r1', managerId: 'm1', stage: 'WON', closedAt: '2024-02-01', proposedAt: '2023-12-01' });
    expect(n.trustOf('m1', 'r1')).toBe(0.85);
    n.upsertDeal({ id: 'd1', repId: 'r1', managerId: 'm1', stage: 'LOST', closedAt: '2024-02-01', proposedAt: '2023-12-01' });
    expect(n.trustOf('m1', 'r1')).toBe(0.8);
    n.removeDeal('d1');
    expect(n.effectiveTrust('m1', 'r1')?.newer).toEqual([]);
  });

  it('gives a MET introduction an introduced tie that a search can use, and removes it with the introduction', () => {
    const n = base();
    const intro = { id: 'r1>r2>m1', introducerId: 'r1', introducedId: 'r2', toManagerId: 'm1', at: '2024-05-10', outcome: IntroductionOutcome.PENDING };
    n.upsertIntroduction(intro);
    const q = { sources: new Set(['m1']), targets: new Set(['r2']), maxHops: 4, limit: 5, minTrust: 0 };
    expect(kBestPaths(n, q).paths.map((p) => p.people.join('>'))).toEqual(['m1>r1>r2']);
    n.upsertIntroduction({ ...intro, outcome: IntroductionOutcome.MET });
    const paths = kBestPaths(n, q).paths;
    expect(paths.map((p) => `${p.people.join('>')}:${p.strength}`)).toEqual(['m1>r1>r2:0.5525', 'm1>r2:0.5']);
    expect(n.effectiveTrust('m1', 'r2')?.basis).toBe('INTRODUCED');
    // the MET introduction is newer than the recorded ties among the three: each of them gains a step
    expect(n.trustOf('m1', 'r1')).toBe(0.85);
    expect(n.trustOf('r1', 'r2')).toBe(0.65);
    expect(n.lastContact('m1', 'r2')).toMatchObject({ kind: 'INTRODUCTION', at: '2024-05-10', outcome: 'MET', introducerName: '田中 太郎' });
    n.removeIntroduction(intro.id);
    expect(n.neighbours('m1').map((x) => x.id)).toEqual(['r1']);
  });

  it('deletes a person with their ties, employment and introductions', () => {
    const n = base();
    n.upsertCompany('c1', 'サンプル');
    n.upsertEmployment({ id: 'e1', repId: 'r1', companyId: 'c1', title: '部長', department: null, since: '2019-04-01', until: null });
    n.upsertInteraction(interaction('i1', '2024-03-01T10:00:00Z', 'POSITIVE', ['m1', 'r1', 'r2']));
    n.removePerson('r1');
    expect(n.neighbours('m1')).toEqual([]);
    expect(n.neighbours('r2')).toEqual([]);
    expect(n.currentEmployees('c1', '2026-01-01')).toEqual([]);
    expect(n.interactionParticipants('i1')).toEqual(['m1', 'r2']);
  });

  it('answers who works at a company now and their current title', () => {
    const n = base();
    n.upsertEmployment({ id: 'e1', repId: 'r1', companyId: 'c1', title: '担当', department: null, since: '2015-04-01', until: '2020-03-31' });
    n.upsertEmployment({ id: 'e2', repId: 'r1', companyId: 'c2', title: '部長', department: '営業部', since: '2020-04-01', until: null });
    n.upsertEmployment({ id: 'e3', repId: 'r2', companyId: 'c1', title: '課長', department: null, since: '2018-04-01', until: '2030-01-01' });
    expect(n.currentEmployees('c1', '2026-01-01')).toEqual(['r2']);
    expect(n.currentEmployment('r1', '2026-01-01')?.title).toBe('部長');
    n.removeEmployment('e3');
    expect(n.currentEmployees('c1', '2026-01-01')).toEqual([]);
  });

  it('holds reports-to links and every deal with a company (key persons), and forgets them with the person or the company', () => {
    const n = base();
    n.upsertCompany('c1', 'サンプル');
    n.upsertCompany('c2', '別会社');
    n.upsertReportsTo('r2', 'r1');
    n.upsertReportsTo('r2', 'r1'); // stored once (the store MERGEs the link)
    n.upsertReportsTo('r3', 'r2');
    expect(n.bossesOfPerson('r2')).toEqual(['r1']);
    n.removeReportsTo('r3', 'r2');
    expect(n.bossesOfPerson('r3')).toEqual([]);
    const deal = { id: 'd1', repId: 'r2', stage: 'WON', amount: 100, closedAt: '2025-01-01', proposedAt: null, productKey: 'crm' };
    n.upsertCompanyDeal(deal, ['c1']);
    expect(n.dealsWithCompany('c1')).toEqual([deal]);
    n.upsertCompanyDeal({ ...deal, stage: 'OPEN' }, ['c2']); // moved to another company
    expect(n.dealsWithCompany('c1')).toEqual([]);
    expect(n.dealsWithCompany('c2').map((d) => d.stage)).toEqual(['OPEN']);
    n.upsertCompanyDeal({ ...deal, id: 'd2' }, ['c1', 'c2']);
    n.removeCompany('c2'); // the deals stay, no longer with it
    expect(n.dealsWithCompany('c2')).toEqual([]);
    expect(n.dealsWithCompany('c1').map((d) => d.id)).toEqual(['d2']);
    n.removeCompanyDeal('d2');
    expect(n.dealsWithCompany('c1')).toEqual([]);
    expect(n.companyDealCount).toBe(0);
    n.upsertReportsTo('r3', 'r2');
    n.removePerson('r2'); // their links go with them, both ways
    expect(n.bossesOfPerson('r2')).toEqual([]);
    expect(n.bossesOfPerson('r3')).toEqual([]);
  });

  it('lists the introductions each person made', () => {
    const n = base();
    const x = { id: 'x1', introducerId: 'r1', introducedId: 'r2', toManagerId: 'm1', at: '2024-02-01', outcome: IntroductionOutcome.PENDING };
    n.upsertIntroduction(x);
    expect(n.introductionsMadeBy('r1')).toEqual([x]);
    n.upsertIntroduction({ ...x, introducerId: 'r3' });
    expect(n.introductionsMadeBy('r1')).toEqual([]);
    expect(n.introductionsMadeBy('r3').map((i) => i.id)).toEqual(['x1']);
    n.removeIntroduction('x1');
    expect(n.introductionsMadeBy('r3')).toEqual([]);
  });
});
