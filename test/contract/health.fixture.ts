/**
 * A small network for relationship health, worked out by hand (asOf 2026-10-31; every tie recorded 2026-01-01).
 *
 * m1–r1 0.7: i1 meeting +, i2 email (no reaction), i3 call +, i4 meeting −, i5 call − → 0.7 + 0.1 − 0.2 = 0.6 (B).
 *   90 days before (2026-08-02) only i1–i3 counted: 0.8, faded by then (M1_R1_THEN), so the trend is FALLING.
 * m1–r2 0.5, nothing since: RECORDED 0.5 (B). m2–r4 0.8 + won deal d3 = 0.85, faded to M2_R4 (A). r1–r3 0.9.
 * アクメ (c1, m1's): r1, r2, r3 work there; contract k1 comes up for renewal 2026-11-15; open deal d2 (r2) quiet since
 * 2026-06-01; open deal d1 (r1) active (last contact with r1 2026-10-10). i5's next action was due 2026-10-25.
 */
export const HEALTH_AS_OF = '2026-10-31';

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
/**
 * Fading (README, "Relationship health"): a raise halves every 90 + 0.5 × (days of relationship) days (at most 720)
 * after 30 free days without evidence. m1–r1 on 2026-08-02: i3 (2026-05-01) was 93 days before, 63 of them fading; the
 * relationship ran from its `since` 2020-01-01 to 2026-05-01 (2312 days), so the half-life is the 720 cap:
 * 0.7 + 0.1 × 0.5^(63 / 720) = 0.7941.
 */
export const M1_R1_THEN = round4(0.7 + 0.1 * 0.5 ** (63 / 720));
/**
 * m2–r4 on 2026-10-31: d3 closed 2026-02-01, 272 days before, 242 of them fading; recorded 2026-01-01 without `since`,
 * a relationship of 31 days: half-life 90 + 15.5 = 105.5 days; 0.8 + 0.05 × 0.5^(242 / 105.5) = 0.8102.
 */
export const M2_R4 = round4(0.8 + 0.05 * 0.5 ** (242 / 105.5));
const RECORDED = '2026-01-01T00:00:00.000Z';
const tie = (a: string, b: string, trust: number, since?: string) => ({ a, b, trust, kind: 'BUSINESS', since, recordedAt: RECORDED });

export function healthSnapshot(): Record<string, any> {
  return {
    version: 1,
    companies: [{ id: 'c1', name: 'アクメ', partnerStatus: 'ACTIVE' }, { id: 'c2', name: 'ベータ', partnerStatus: 'ACTIVE' }],
    managers: [{ id: 'm1', name: '佐藤 花子', team: 'East' }, { id: 'm2', name: '鈴木 一郎', team: 'East' }],
    reps: [{ id: 'r1', name: '田中 太郎' }, { id: 'r2', name: '中村 大輔' }, { id: 'r3', name: '山田 一郎' }, { id: 'r4', name: '小林 四郎' }],
    employments: [
      { repId: 'r1', companyId: 'c1', title: '部長', since: '2019-04-01' },
      { repId: 'r2', companyId: 'c1', title: '課長', since: '2020-04-01' },
      { repId: 'r3', companyId: 'c1', title: '担当', since: '2021-04-01' },
      { repId: 'r4', companyId: 'c2', title: '部長', since: '2018-04-01' },
    ],
    portfolio: [{ managerId: 'm1', companyId: 'c1', since: '2023-01-01' }, { managerId: 'm2', companyId: 'c2', since: '2023-01-01' }],
    contracts: [{ id: 'k1', companyId: 'c1', startDate: '2024-01-15', termMonths: 34, commissionRate: 0.1, status: 'ACTIVE' }],
    relationships: [tie('m1', 'r1', 0.7, '2020-01-01'), tie('m1', 'r2', 0.5), tie('m2', 'r4', 0.8), tie('r1', 'r3', 0.9)],
    interactions: [
      { id: 'i1', at: '2026-03-01T10:00:00+09:00', channel: 'MEETING', managerIds: ['m1'], repIds: ['r1'], reaction: 'POSITIVE' },
      { id: 'i2', at: '2026-04-01T10:00:00+09:00', channel: 'EMAIL', managerIds: ['m1'], repIds: ['r1'] },
      { id: 'i3', at: '2026-05-01T10:00:00+09:00', channel: 'CALL', managerIds: ['m1'], repIds: ['r1'], reaction: 'POSITIVE' },
      { id: 'i4', at: '2026-09-15T10:00:00+09:00', channel: 'MEETING', managerIds: ['m1'], repIds: ['r1'], reaction: 'NEGATIVE' },
      {
        id: 'i5', at: '2026-10-10T10:00:00+09:00', channel: 'CALL', managerIds: ['m1'], repIds: ['r1'], reaction: 'NEGATIVE',
        nextAction: { description: '見積もりを送る', dueDate: '2026-10-25', done: false },
      },
    ],
    deals: [
      { id: 'd1', companyId: 'c1', repId: 'r1', managerId: 'm1', product: 'CRM', stage: 'OPEN', proposedAt: '2026-08-01' },
      { id: 'd2', companyId: 'c1', repId: 'r2', managerId: 'm1', product: 'SFA', stage: 'OPEN', proposedAt: '2026-06-01' },
      { id: 'd3', companyId: 'c2', repId: 'r4', managerId: 'm2', product: 'CRM', stage: 'WON', amount: 1000, proposedAt: '2026-01-10', closedAt: '2026-02-01' },
    ],
  };
}
