import { effectiveTrust } from '@/domain/paths/effective-trust';
import { type StepFacts, duration, formatTrust, stepReason } from '@/domain/paths/reasons';
import { type Employment } from '@/domain/employment/employment';

const job = (repId: string, companyId: string, since: string | null, until: string | null, title = '担当'): Employment => ({
  id: `${repId}@${companyId}@${since}`, repId, companyId, title, department: null, since, until,
});
const tanaka = { id: 'r1', name: '田中 太郎', kind: 'REP' as const };
const nakamura = { id: 'r2', name: '中村 大輔', kind: 'REP' as const };
const sato = { id: 'm1', name: '佐藤 花子', kind: 'MANAGER' as const, team: 'Partner Sales East' };
const suzuki = { id: 'm2', name: '鈴木 一郎', kind: 'MANAGER' as const, team: 'Partner Sales East' };
const recorded = (trust: number) => effectiveTrust(['a', 'b'], { trust, recordedAt: '2030-01-01T00:00:00Z' }, [])!;

function facts(over: Partial<StepFacts>): StepFacts {
  return {
    from: tanaka, to: nakamura, kind: null, since: null, trust: recorded(0.85), employments: { from: [], to: [] },
    companyNames: new Map([['c1', '株式会社サンプル'], ['c2', 'アルファ販売']]), last: null, today: '2026-11-24', ...over,
  };
}

describe('stepReason', () => {
  it('names former colleagues with the company and the years they overlapped', () => {
    const f = facts({
      kind: 'FORMER_COLLEAGUE', since: '2016-04-01',
      employments: {
        from: [job('r1', 'c2', '2014-04-01', '2023-03-31'), job('r1', 'c1', '2023-04-01', null)],
        to: [job('r2', 'c2', '2016-04-01', '2023-03-31'), job('r2', 'c1', '2023-04-01', null)],
      },
    });
    expect(stepReason(f)).toBe('田中 太郎 and 中村 大輔 are former colleagues at アルファ販売 (2016–2023), trust 0.85');
  });

  it('names current colleagues with their company and since when', () => {
    const f = facts({
      kind: 'COLLEAGUE', since: '2023-04-01',
      employments: { from: [job('r1', 'c1', '2019-04-01', null)], to: [job('r2', 'c1', '2023-04-01', null)] },
    });
    expect(stepReason(f)).toBe('田中 太郎 and 中村 大輔 are colleagues at 株式会社サンプル (since 2023), trust 0.85');
    expect(stepReason(facts({ from: sato, to: suzuki, kind: 'COLLEAGUE', since: '2020-01-15' })))
      .toBe('佐藤 花子 and 鈴木 一郎 are colleagues in Partner Sales East for 6 years, trust 0.85');
  });

  it('says how long for business and personal ties, and the last contact', () => {
    const f = facts({
      from: sato, to: tanaka, kind: 'BUSINESS', since: '2023-02-01', trust: recorded(0.8),
      last: { kind: 'INTERACTION', at: '2024-06-01T10:00:00+09:00', channel: 'MEETING', reaction: 'POSITIVE' },
    });
    expect(stepReason(f)).toBe('佐藤 花子 and 田中 太郎 have done business together for 3 years, trust 0.8; last contact 2024-06-01 (meeting, positive)');
    expect(stepReason(facts({ kind: 'PERSONAL', since: '2026-06-30' }))).toBe('田中 太郎 and 中村 大輔 have known each other personally for 4 months, trust 0.85');
    expect(stepReason(facts({}))).toBe('田中 太郎 and 中村 大輔 know each other, trust 0.85');
  });

  it('mentions the last introduction when it is the latest contact', () => {
    const f = facts({
      last: { kind: 'INTRODUCTION', at: '2024-05-10', introducerName: '田中 太郎', introducedName: '中村 大輔', managerName: '佐藤 花子', outcome: 'MET' },
    });
    expect(stepReason(f)).toBe('田中 太郎 and 中村 大輔 know each other, trust 0.85; last introduction 2024-05-10: 田中 太郎 introduced 中村 大輔 to 佐藤 花子 (met)');
  });

  it('explains an adjusted trust with the recorded value and what moved it', () => {
    const moved = effectiveTrust(['a', 'b'], { trust: 0.8, recordedAt: '2024-01-01T00:00:00Z' }, [
      { kind: 'INTERACTION', at: '2024-02-01T10:00:00Z', signal: 'POSITIVE', label: 'MEETING' },
      { kind: 'DEAL', at: '2024-03-01', signal: 'POSITIVE', label: 'WON' },
    ])!;
    expect(stepReason(facts({ trust: moved }))).toBe('田中 太郎 and 中村 大輔 know each other, trust 0.9 (recorded 0.8, raised by 2 positive contacts since)');
    // asked on 2024-06-01: the won deal is 92 days old, 62 of them fading; the relationship ran 60 days to it, half-life 120
    const faded = effectiveTrust(['a', 'b'], { trust: 0.8, recordedAt: '2024-01-01T00:00:00Z' }, moved.newer, null, '2024-06-01')!;
    expect(faded.trust).toBe(Math.round((0.8 + 0.1 * 0.5 ** (62 / 120)) * 1e4) / 1e4);
    expect(faded.trust).toBe(0.8699); // a reason shows it to 2 decimals
    expect(stepReason(facts({ trust: faded }))).toBe('田中 太郎 and 中村 大輔 know each other, trust 0.87 (recorded 0.8, raised by 2 positive contacts since, '
      + 'fading after 92 days without a positive or negative contact)');
  });

  it('explains an introduced tie by the introduction that made it', () => {
    const t = effectiveTrust(['m1', 'r2'], null, [{
      kind: 'INTRODUCTION', at: '2024-05-10', signal: 'POSITIVE', label: 'MET', introduction: { introducerId: 'r1', introducedId: 'r2', toManagerId: 'm1' },
    }])!;
    const f = facts({ from: sato, to: nakamura, trust: t, introducedBy: { introducerName: '田中 太郎', at: '2024-05-10' } });
    expect(stepReason(f)).toBe('中村 大輔 was introduced to 佐藤 花子 by 田中 太郎 on 2024-05-10 and they met, trust 0.5 (an introduction that led to a meeting)');
  });

  it('formats durations and trusts for people', () => {
    expect(duration('2019-04-01', '2026-11-24')).toBe('7 years');
    expect(duration('2026-11-01', '2026-11-24')).toBe('less than a month');
    expect(duration('2025-11-25', '2026-11-24')).toBe('11 months');
    expect(duration('2027-01-01', '2026-11-24')).toBeNull();
    expect([formatTrust(0.85), formatTrust(1), formatTrust(0.12345)]).toEqual(['0.85', '1', '0.123']);
  });
});
