import { type Evidence, TRUST_RULE, effectiveTrust, evidenceMillis, introductionSignal } from '@/domain/paths/effective-trust';

const recorded = { trust: 0.8, recordedAt: '2024-06-01T00:00:00.000Z' };
const meeting = (at: string, signal: Evidence['signal']): Evidence => ({ kind: 'INTERACTION', at, signal, label: 'MEETING' });

describe('effectiveTrust', () => {
  it('is the recorded trust, exactly, when nothing newer is known (time alone changes nothing)', () => {
    const t = effectiveTrust(['a', 'b'], recorded, [meeting('2024-05-31T23:59:59+00:00', 'POSITIVE'), meeting('2023-01-01T10:00:00+09:00', 'NEGATIVE')]);
    expect(t).toMatchObject({ trust: 0.8, basis: 'RECORDED', recorded: 0.8, positives: 0, negatives: 0, newer: [] });
  });

  it('raises by 0.05 per newer positive contact, at most +0.15', () => {
    const one = effectiveTrust(['a', 'b'], recorded, [meeting('2024-06-02T10:00:00+09:00', 'POSITIVE')]);
    expect(one).toMatchObject({ trust: 0.85, basis: 'ADJUSTED', positives: 1 });
    const many = effectiveTrust(['a', 'b'], recorded, Array.from({ length: 6 }, (_, i) => meeting(`2024-07-0${i + 1}T10:00:00Z`, 'POSITIVE')));
    expect(many?.trust).toBe(0.95);
  });

  it('lowers by 0.10 per newer negative contact, at most −0.30, and stays in [0, 1]', () => {
    expect(effectiveTrust(['a', 'b'], recorded, [meeting('2024-07-01T10:00:00Z', 'NEGATIVE')])?.trust).toBe(0.7);
    const low = { trust: 0.1, recordedAt: recorded.recordedAt };
    expect(effectiveTrust(['a', 'b'], low, Array.from({ length: 5 }, (_, i) => meeting(`2024-07-0${i + 1}T10:00:00Z`, 'NEGATIVE')))?.trust).toBe(0);
    const high = { trust: 0.97, recordedAt: recorded.recordedAt };
    expect(effectiveTrust(['a', 'b'], high, [meeting('2024-07-01T10:00:00Z', 'POSITIVE')])?.trust).toBe(1);
    const mixed = effectiveTrust(['a', 'b'], recorded, [meeting('2024-07-01T10:00:00Z', 'POSITIVE'), meeting('2024-07-02T10:00:00Z', 'NEGATIVE')]);
    expect(mixed).toMatchObject({ trust: 0.75, positives: 1, negatives: 1 });
  });

  it('knows a neutral newer contact but does not move the trust', () => {
    const t = effectiveTrust(['a', 'b'], recorded, [meeting('2024-07-01T10:00:00Z', 'NEUTRAL')]);
    expect(t).toMatchObject({ trust: 0.8, basis: 'RECORDED' });
    expect(t?.newer).toHaveLength(1);
  });

  it('compares instants across offsets, and counts a day-only record only from the next day on', () => {
    // 09:30 in Tokyo on June 1st is 00:30 UTC, after the recording at 00:00 UTC
    expect(effectiveTrust(['a', 'b'], recorded, [meeting('2024-06-01T09:30:00+09:00', 'POSITIVE')])?.trust).toBe(0.85);
    const deal = (at: string): Evidence => ({ kind: 'DEAL', at, signal: 'POSITIVE', label: 'WON' });
    const noon = { trust: 0.8, recordedAt: '2024-06-01T12:00:00Z' };
    expect(effectiveTrust(['a', 'b'], noon, [deal('2024-06-01')])?.trust).toBe(0.8);
    expect(effectiveTrust(['a', 'b'], noon, [deal('2024-06-02')])?.trust).toBe(0.85);
    expect(evidenceMillis('2024-06-02')).toBe(Date.parse('2024-06-02T00:00:00Z'));
  });

  it('gives a pair without a relationship an introduced tie of 0.5 after a MET introduction to the manager', () => {
    const met: Evidence = {
      kind: 'INTRODUCTION', at: '2024-05-10', signal: 'POSITIVE', label: 'MET',
      introduction: { introducerId: 'r1', introducedId: 'r2', toManagerId: 'm1' },
    };
    const t = effectiveTrust(['m1', 'r2'], null, [met]);
    expect(t).toMatchObject({ trust: TRUST_RULE.introducedTie, basis: 'INTRODUCED', recorded: null, positives: 0 });
    const later = effectiveTrust(['m1', 'r2'], null, [met, meeting('2024-06-01T10:00:00+09:00', 'POSITIVE')]);
    expect(later).toMatchObject({ trust: 0.55, basis: 'INTRODUCED', positives: 1 });
    // a met introduction between introducer and manager, or a declined one, makes no tie
    expect(effectiveTrust(['m1', 'r1'], null, [met])).toBeNull();
    expect(effectiveTrust(['m1', 'r2'], null, [{ ...met, label: 'DECLINED', signal: 'NEGATIVE' }])).toBeNull();
    expect(effectiveTrust(['m1', 'r2'], null, [])).toBeNull();
  });

  it('reads an introduction as positive when MET, negative only for the introduced person and the manager when DECLINED', () => {
    const x = { introducedId: 'r2', toManagerId: 'm1' };
    expect(introductionSignal('MET', ['r1', 'r2'], x)).toBe('POSITIVE');
    expect(introductionSignal('DECLINED', ['m1', 'r2'], x)).toBe('NEGATIVE');
    expect(introductionSignal('DECLINED', ['r1', 'm1'], x)).toBe('NEUTRAL');
    expect(introductionSignal('PENDING', ['m1', 'r2'], x)).toBe('NEUTRAL');
  });
});
