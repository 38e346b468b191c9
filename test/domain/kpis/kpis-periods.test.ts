import { kpiReport } from '@/domain/kpis/kpi-report';
import { parsePeriod, periodsOf } from '@/domain/kpis/periods';
import { targetProgress } from '@/domain/kpis/revenue-target';
import { type Deal } from '@/domain/deal/deal';
import { DealStage } from '@/domain/shared/enums';

const deal = (id: string, stage: DealStage, proposedAt: string | null, closedAt: string | null, amount = 100): Deal => ({
  id, companyId: 'c', repId: null, managerId: null, product: 'p', amount, grossProfit: amount / 10, stage, proposedAt, closedAt, lossReason: null, version: 1,
});

describe('KPI periods', () => {
  it('cuts months and quarters to the range, leap years included', () => {
    expect(periodsOf('2024-02-10', '2024-04-05', 'MONTH')).toEqual([
      { label: '2024-02', from: '2024-02-10', to: '2024-02-29' },
      { label: '2024-03', from: '2024-03-01', to: '2024-03-31' },
      { label: '2024-04', from: '2024-04-01', to: '2024-04-05' },
    ]);
    expect(periodsOf('2025-11-15', '2026-02-01', 'QUARTER')!.map((p) => [p.label, p.from, p.to])).toEqual([
      ['2025-Q4', '2025-11-15', '2025-12-31'], ['2026-Q1', '2026-01-01', '2026-02-01'],
    ]);
    expect(periodsOf('2000-01-01', '2010-01-01', 'MONTH')).toBeNull();
    expect(periodsOf('2000-01-01', '2010-01-01', 'QUARTER')).toHaveLength(41);
  });

  it('names each competitor once however it was typed, under its most used spelling (found by an outsider)', () => {
    const lost = (id: string, competitor: string, amount: number): Deal => ({ ...deal(id, DealStage.LOST, '2025-03-01', '2025-03-02', amount), competitor });
    const r = kpiReport([lost('a', 'テスト競合', 100), lost('b', 'テスト競合 ', 200), lost('c', 'ﾃｽﾄ競合', 300), lost('d', 'テスト競合', 50), lost('e', 'Acme', 10)], '2025-01-01', '2025-12-31', 'QUARTER')!;
    expect(r.competitors).toEqual([{ competitor: 'テスト競合', lost: 4, amount: 650 }, { competitor: 'Acme', lost: 1, amount: 10 }]);
  });

  it('parses target periods and refuses anything else', () => {
    expect(parsePeriod('2026')).toEqual({ label: '2026', from: '2026-01-01', to: '2026-12-31' });
    expect(parsePeriod('2026-Q2')).toEqual({ label: '2026-Q2', from: '2026-04-01', to: '2026-06-30' });
    expect(parsePeriod('2026-02')).toEqual({ label: '2026-02', from: '2026-02-01', to: '2026-02-28' });
    for (const bad of ['2026-13', '2026-00', '2026-Q0', '26', '2026-1', 'Q1-2026', '']) expect(parsePeriod(bad)).toBeNull();
  });

  it('every deal lands in exactly one period row: per-period sums equal the totals (random deals)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const day = () => `2025-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const stages = [DealStage.OPEN, DealStage.WON, DealStage.LOST];
    const deals = Array.from({ length: 500 }, (_, i) => {
      const [a, b] = [day(), day()].sort();
      return deal(`d${i}`, stages[i % 3], rnd() < 0.1 ? null : a, rnd() < 0.2 ? null : b, Math.floor(rnd() * 1000));
    });
    for (const by of ['MONTH', 'QUARTER'] as const) {
      const r = kpiReport(deals, '2025-02-01', '2025-11-30', by)!;
      for (const k of ['proposed', 'won', 'lost', 'revenue', 'grossProfit'] as const) {
        expect(r.periods.reduce((s, p) => s + p[k], 0)).toBeCloseTo(r.total[k], 6);
      }
      const inRange = (d: string | null) => !!d && d >= '2025-02-01' && d <= '2025-11-30';
      expect(r.total.proposed).toBe(deals.filter((d) => inRange(d.proposedAt)).length);
      expect(r.total.won).toBe(deals.filter((d) => d.stage === DealStage.WON && inRange(d.closedAt ?? d.proposedAt)).length);
    }
  });

  it('target progress: run rate, will it be met, status through a period', () => {
    const q = parsePeriod('2026-Q1')!; // 90 days
    expect(targetProgress(900, q, 0, '2025-12-31')).toMatchObject({ elapsedDays: 0, runRate: null, willMeet: null, status: 'NOT_STARTED' });
    expect(targetProgress(900, q, 300, '2026-01-30')).toMatchObject({ elapsedDays: 30, totalDays: 90, runRate: 900, willMeet: true, status: 'ON_TRACK' });
    expect(targetProgress(900, q, 299, '2026-01-30')).toMatchObject({ willMeet: false, status: 'BEHIND' });
    expect(targetProgress(900, q, 950, '2026-01-02')).toMatchObject({ willMeet: true, status: 'MET', share: 1.0556 });
    expect(targetProgress(900, q, 800, '2026-04-02')).toMatchObject({ elapsedDays: 90, runRate: 800, willMeet: false, status: 'MISSED' });
  });
});
