/**
 * A small network for partner KPIs, with totals worked out by hand (today pinned to 2026-10-31).
 *
 * Kappa (k1, m1's): Q1 2026 by month
 *   Jan: proposed d1 d2 (2); won d7 (proposed Dec 2025) 400,000 / GP 100,000; lost d2 (価格, ライバル社 500,000) → 1/2
 *   Feb: proposed d3 d4 (2); won d1 1,000,000 / 300,000; lost d4 (機能不足, 別社 200,000) → 1/2
 *   Mar: proposed d5 d6 d9 (3); won d5 2,000,000 / 500,000 and d9 600,000 / 100,000; lost d3 (価格, ライバル社 800,000) → 2/3
 *   Q1: proposed 7, won 4, lost 3, win rate 4/7, revenue 4,000,000, GP 1,000,000;
 *       loss reasons 価格 2, 機能不足 1; competitors ライバル社 2 (1,300,000), 別社 1 (200,000)
 *   d8 (April) and d11 (October, 1,500,000) fall outside Q1.
 * Lambda (k2, m1's): d10 proposed Jan, won Feb 1,000,000 / 200,000.
 * Mu (k3, m2's): d12 won in Feb, 700,000.
 * m1's portfolio over Q1: proposed 8, won 5, lost 3, revenue 5,000,000, GP 1,200,000, win rate 5/8.
 * r1 (Kappa) handled d1 and d9: proposed 2, won 2, revenue 1,600,000.
 */
export function kpisSnapshot(): Record<string, any> {
  const deal = (id: string, companyId: string, stage: string, proposedAt: string | null, closedAt: string | null, extra: Record<string, unknown> = {}) =>
    ({ id, companyId, product: 'CRM', stage, proposedAt, closedAt, ...extra });
  return {
    version: 1,
    companies: [
      { id: 'k1', name: 'カッパ商事', partnerStatus: 'ACTIVE' },
      { id: 'k2', name: 'ラムダ販売', partnerStatus: 'ACTIVE' },
      { id: 'k3', name: 'ミュー', partnerStatus: 'ACTIVE' },
    ],
    managers: [{ id: 'm1', name: '佐藤 花子', team: 'East' }, { id: 'm2', name: '鈴木 一郎', team: 'West' }],
    reps: [{ id: 'r1', name: '青木 一' }, { id: 'r2', name: '井上 二郎' }, { id: 'r3', name: '上田 三奈' }],
    employments: [
      { repId: 'r1', companyId: 'k1', title: '部長', since: '2015-04-01' },
      { repId: 'r2', companyId: 'k1', title: '担当', since: '2020-04-01' },
      { repId: 'r3', companyId: 'k2', title: '課長', since: '2018-04-01' },
    ],
    portfolio: [{ managerId: 'm1', companyId: 'k1' }, { managerId: 'm1', companyId: 'k2' }, { managerId: 'm2', companyId: 'k3' }],
    contracts: [
      { id: 'ct1', companyId: 'k1', startDate: '2025-12-01', termMonths: 12, commissionRate: 0.15, status: 'ACTIVE' },
      { id: 'ct2', companyId: 'k1', startDate: '2020-01-01', termMonths: 24, status: 'EXPIRED' },
    ],
    deals: [
      deal('d1', 'k1', 'WON', '2026-01-10', '2026-02-05', { amount: 1000000, grossProfit: 300000, repId: 'r1', managerId: 'm1' }),
      deal('d2', 'k1', 'LOST', '2026-01-20', '2026-01-30', { amount: 500000, lossReason: '価格', competitor: 'ライバル社' }),
      deal('d3', 'k1', 'LOST', '2026-02-01', '2026-03-15', { amount: 800000, lossReason: '価格', competitor: 'ライバル社' }),
      deal('d4', 'k1', 'LOST', '2026-02-10', '2026-02-20', { amount: 200000, lossReason: '機能不足', competitor: '別社' }),
      deal('d5', 'k1', 'WON', '2026-03-01', '2026-03-20', { amount: 2000000, grossProfit: 500000, repId: 'r2' }),
      deal('d6', 'k1', 'OPEN', '2026-03-05', null),
      deal('d7', 'k1', 'WON', '2025-12-20', '2026-01-05', { amount: 400000, grossProfit: 100000 }),
      deal('d8', 'k1', 'WON', '2026-04-02', '2026-04-10', { amount: 9999 }),
      deal('d9', 'k1', 'WON', '2026-03-02', '2026-03-25', { amount: 600000, grossProfit: 100000, repId: 'r1' }),
      deal('d10', 'k2', 'WON', '2026-01-15', '2026-02-10', { amount: 1000000, grossProfit: 200000, repId: 'r3' }),
      deal('d11', 'k1', 'WON', '2026-09-01', '2026-10-15', { amount: 1500000, grossProfit: 400000 }),
      deal('d12', 'k3', 'WON', '2026-02-01', '2026-02-15', { amount: 700000 }),
    ],
  };
}
