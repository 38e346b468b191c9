/**
 * A partner's rep who moves (today pinned to 2026-10-31).
 *
 * ホテル商事 (h1, m1's): q1 課長 (leaves), q2 部長, q3 担当, q4 主任. ニュー販売 (h2, m2's): q5 部長. ソラ (h3, m3's).
 * Ties (recorded 2026-01-01): m1–q1 0.8, m2–q1 0.4, q1–q2 0.7, q1–q3 0.9, q1–q5 0.6, m1–q4 0.6, m2–q2 0.5.
 * Since then: i1 (m1, q1, POSITIVE, open action) and deal hd2 WON (q1 with m1) raise m1–q1 to 0.9, faded by 2026-10-31
 * to M1_Q1; i2 (m2, q1, NEUTRAL, open action) leaves m2–q1 at 0.4; i3 (m1, q1) is neutral.
 * Successors for q1 (0.4 × tie to q1 + 0.4 × our best trust + 0.2 × title rank):
 *   q2 0.4×0.7 + 0.4×0.5 + 0.2×0.7 = 0.62; q3 0.4×0.9 + 0 + 0.2×0.2 = 0.40; q4 0 + 0.4×0.6 + 0.2×0.3 = 0.30.
 */
/**
 * m1–q1's effective trust on 2026-10-31 (README, "Relationship health": a raise fades after 30 days without evidence):
 * 0.8 + 0.1 from i1 and hd2; the last, hd2, closed 2026-05-01, 183 days before, 153 of them fading; the relationship ran
 * 120 days from its recording (2026-01-01) to hd2, so the raise halves in 90 + 0.5 × 120 = 150 days:
 * 0.8 + 0.1 × 0.5^(153 / 150) = 0.8493.
 */
export const M1_Q1 = Math.round((0.8 + 0.1 * 0.5 ** (153 / 150)) * 1e4) / 1e4;

export function handoverSnapshot(): Record<string, any> {
  const at = '2026-01-01T00:00:00Z';
  const tie = (a: string, b: string, trust: number, kind = 'BUSINESS') => ({ a, b, trust, kind, recordedAt: at });
  return {
    version: 1,
    companies: [
      { id: 'h1', name: 'ホテル商事', partnerStatus: 'ACTIVE', businessPolicy: '既存顧客の深耕', challenges: '人手不足' },
      { id: 'h2', name: 'ニュー販売', partnerStatus: 'ACTIVE' },
      { id: 'h3', name: 'ソラ', partnerStatus: 'PROSPECT' },
    ],
    managers: [{ id: 'm1', name: '佐藤 花子', team: 'East' }, { id: 'm2', name: '鈴木 一郎', team: 'West' }, { id: 'm3', name: '高橋 三郎', team: 'West' }],
    reps: [
      { id: 'q1', name: '青木 一' }, { id: 'q2', name: '井上 二郎', interests: ['SFA'] }, { id: 'q3', name: '上田 三奈' }, { id: 'q4', name: '江藤 四郎' },
      { id: 'q5', name: '小野 五月' }, { id: 'q6', name: '加藤 六太' },
    ],
    employments: [
      { repId: 'q1', companyId: 'h1', title: '課長', since: '2018-04-01' },
      { repId: 'q2', companyId: 'h1', title: '部長', since: '2010-04-01' },
      { repId: 'q3', companyId: 'h1', title: '担当', since: '2020-04-01' },
      { repId: 'q4', companyId: 'h1', title: '主任', since: '2019-04-01' },
      { repId: 'q5', companyId: 'h2', title: '部長', since: '2015-04-01' },
      { repId: 'q6', companyId: 'h3', title: '担当', since: '2021-04-01' },
    ],
    portfolio: [{ managerId: 'm1', companyId: 'h1' }, { managerId: 'm2', companyId: 'h2' }, { managerId: 'm3', companyId: 'h3' }],
    relationships: [
      tie('m1', 'q1', 0.8), tie('m2', 'q1', 0.4), tie('q1', 'q2', 0.7, 'COLLEAGUE'), tie('q1', 'q3', 0.9, 'COLLEAGUE'),
      tie('q1', 'q5', 0.6, 'FORMER_COLLEAGUE'), tie('m1', 'q4', 0.6), tie('m2', 'q2', 0.5), tie('m3', 'q6', 0.7),
    ],
    interactions: [
      { id: 'i1', at: '2026-03-01T10:00:00+09:00', channel: 'MEETING', managerIds: ['m1'], repIds: ['q1'], summary: '新製品の説明', reaction: 'POSITIVE',
        concerns: ['価格'], nextAction: { description: '見積もり送付', dueDate: '2026-11-15', done: false } },
      { id: 'i2', at: '2026-04-01T10:00:00+09:00', channel: 'CALL', managerIds: ['m2'], repIds: ['q1'], reaction: 'NEUTRAL',
        nextAction: { description: '資料共有', dueDate: '2026-11-20', done: false } },
      { id: 'i3', at: '2026-02-01T10:00:00+09:00', channel: 'EMAIL', managerIds: ['m1'], repIds: ['q1'] },
      { id: 'i4', at: '2026-05-01T10:00:00+09:00', channel: 'MEETING', managerIds: ['m3'], repIds: ['q6'], reaction: 'POSITIVE',
        nextAction: { description: '訪問', dueDate: '2026-11-30', done: false } },
    ],
    introductions: [{ introducerId: 'q1', introducedId: 'q2', toManagerId: 'm1', at: '2025-06-01', outcome: 'MET' }],
    deals: [
      { id: 'hd1', companyId: 'h1', repId: 'q1', managerId: 'm1', product: 'CRM', stage: 'OPEN', proposedAt: '2026-09-01', amount: 500000 },
      { id: 'hd2', companyId: 'h1', repId: 'q1', managerId: 'm1', product: 'CRM', stage: 'WON', proposedAt: '2026-03-15', closedAt: '2026-05-01', amount: 1000000 },
      { id: 'hd3', companyId: 'h1', repId: 'q2', product: 'SFA', stage: 'OPEN', proposedAt: '2026-08-01' },
      { id: 'hd4', companyId: 'h3', repId: 'q6', managerId: 'm3', product: 'SFA', stage: 'OPEN', proposedAt: '2026-08-01' },
    ],
  };
}

/**
 * Two more open next actions of q1's (handover-handing and handover-job-change-atomic add them): i5, which two of our
 * managers (m1, m2) took part in, and i6, m1's with q1 and q2.
 */
export function sharedOpenActions(): Record<string, any>[] {
  return [
    { id: 'i5', at: '2026-06-01T10:00:00+09:00', channel: 'MEETING', managerIds: ['m1', 'm2'], repIds: ['q1'], summary: '', concerns: [],
      nextAction: { description: '契約書案', dueDate: null, done: false } },
    { id: 'i6', at: '2026-07-01T10:00:00+09:00', channel: 'CALL', managerIds: ['m1'], repIds: ['q1', 'q2'], summary: '定例',
      nextAction: { description: 'デモ日程', dueDate: '2026-11-01', done: false } },
  ];
}
