import { type Evidence, type RecordedTie, effectiveTrust } from '@/domain/paths/effective-trust';
import { Network } from '@/domain/paths/network';
import { evidenceOf, explainEvidence } from '@/domain/health/trust-evidence';
import { healthOf } from '@/domain/health/relationship-health';
import { rankOf, trendOf } from '@/domain/health/trust-rank';

const pair: [string, string] = ['m1', 'r1'];
const rec: RecordedTie = { trust: 0.6, recordedAt: '2026-01-01T00:00:00Z' };
const ev = (at: string, signal: Evidence['signal'], id = at): Evidence => ({ kind: 'INTERACTION', id, at, signal, label: 'CALL' });

describe('the trust model behind relationship health', () => {
  it('ranks by documented thresholds and calls a change over 0.02 a trend', () => {
    expect([0.75, 0.7499, 0.5, 0.25, 0.2499, 0, 1].map(rankOf)).toEqual(['A', 'B', 'B', 'C', 'D', 'D', 'A']);
    expect(trendOf(0.6, 0.8)).toBe('FALLING');
    expect(trendOf(0.82, 0.8)).toBe('STABLE');
    expect(trendOf(0.78, 0.8)).toBe('STABLE');
    expect(trendOf(0.85, 0.8)).toBe('RISING');
  });

  it('one-sided contact (no reaction) builds no trust, however much of it there is', () => {
    const many = Array.from({ length: 30 }, (_, i) => ev(`2026-02-${String(i % 28 + 1).padStart(2, '0')}T10:00:00Z`, 'NEUTRAL', `i${i}`));
    expect(effectiveTrust(pair, rec, many)!.trust).toBe(0.6);
    expect(explainEvidence(many).every((e) => e.effect === 0 && e.reason.includes('builds no trust'))).toBe(true);
    // only negative reactions lower it, never raise it
    expect(effectiveTrust(pair, rec, [ev('2026-02-01T00:00:00Z', 'NEGATIVE')])!.trust).toBe(0.5);
  });

  it('explains each item with the effect the capped rule gives it, summing to the change', () => {
    const items = [1, 2, 3, 4].map((d) => ev(`2026-02-0${d}T00:00:00Z`, 'POSITIVE')).concat([ev('2026-03-01T00:00:00Z', 'NEGATIVE')]);
    const t = effectiveTrust(pair, rec, items)!;
    const explained = explainEvidence(t.newer);
    expect(explained.map((e) => e.effect)).toEqual([0.05, 0.05, 0.05, 0, -0.1]);
    expect(explained[3].reason).toContain('limit');
    expect(Math.round((rec.trust + explained.reduce((s, e) => s + e.effect, 0)) * 1e9) / 1e9).toBe(t.trust);
  });

  it('an override is the trust until evidence after it moves it; a later recording supersedes it', () => {
    const before = ev('2026-02-01T00:00:00Z', 'POSITIVE');
    const override = { trust: 0.3, at: '2026-03-01T00:00:00Z', byId: 'm1', note: 'n' };
    const active = effectiveTrust(pair, rec, [before], override)!;
    expect(active).toMatchObject({ trust: 0.3, basis: 'OVERRIDDEN', override: { status: 'ACTIVE', computed: 0.65 } });
    const after = effectiveTrust(pair, rec, [before, ev('2026-04-01T00:00:00Z', 'POSITIVE')], override)!;
    expect(after).toMatchObject({ trust: 0.35, basis: 'OVERRIDDEN', override: { status: 'SUPERSEDED_BY_EVIDENCE', computed: 0.7 } });
    const computed = effectiveTrust(pair, rec, [before, ev('2026-04-01T00:00:00Z', 'POSITIVE')])!;
    expect(evidenceOf(computed, after, null, '2026-04-30').map((e) => e.effect)).toEqual([0, 0.05]);
    const rerecorded = effectiveTrust(pair, { trust: 0.9, recordedAt: '2026-05-01T00:00:00Z' }, [before], override)!;
    expect(rerecorded).toMatchObject({ trust: 0.9, basis: 'RECORDED', override: { status: 'SUPERSEDED_BY_RECORDING' } });
    // no override: exactly the warm-path rule as before
    expect(effectiveTrust(pair, rec, [before])).toEqual({ trust: 0.65, basis: 'ADJUSTED', recorded: 0.6, newer: [before], positives: 1, negatives: 0 });
  });

  it('health: the same value as the network (warm paths), deterministic, with the trend over 90 days and the rating\'s age', () => {
    const build = () => {
      const n = new Network();
      n.upsertTie({ a: 'm1', b: 'r1', trust: 0.7, recordedAt: '2026-01-01T00:00:00Z', kind: 'BUSINESS', since: null });
      const i = (id: string, at: string, reaction: string | null) => n.upsertInteraction({ id, at, atMillis: Date.parse(at), channel: 'MEETING', reaction, participants: ['m1', 'r1'] });
      i('i1', '2026-03-01T00:00:00Z', 'POSITIVE');
      i('i2', '2026-09-15T00:00:00Z', 'NEGATIVE');
      i('i3', '2026-11-15T00:00:00Z', 'POSITIVE'); // after the day asked: does not count
      n.asOf('2026-10-31');
      return n;
    };
    const h = healthOf(build(), 'm1', 'r1', '2026-10-31')!;
    // 90 days before (2026-08-02) the trust was 0.75 on 2026-03-01's evidence, faded by then (rule 4): 154 days idle,
    // 30 free, a relationship of 59 days (2026-01-01 to 03-01) halves its raise in 90 + 0.5 × 59 days
    const then = Math.round((0.7 + 0.05 * 0.5 ** ((154 - 30) / (90 + 0.5 * 59))) * 1e4) / 1e4;
    expect(then).toBe(0.7244);
    expect(h).toMatchObject({ effectiveTrust: 0.65, trustThen: then, trend: 'FALLING', rank: 'B', recorded: { trust: 0.7, ageDays: 303 }, lastContactAt: '2026-09-15T00:00:00Z' });
    expect(h.effectiveTrust).toBe(build().effectiveTrust('m1', 'r1')!.trust);
    expect(healthOf(build(), 'r1', 'm1', '2026-10-31')).toEqual({ ...h, a: 'r1', b: 'm1' });
    // an override on the network is what warm paths read
    const n = build();
    n.upsertOverride('r1', 'm1', { trust: 0.95, at: '2026-10-01T00:00:00Z', byId: 'm1', note: null });
    expect(n.trustOf('m1', 'r1')).toBe(0.95);
    expect(healthOf(n, 'm1', 'r1', '2026-10-31')).toMatchObject({ effectiveTrust: 0.95, computedTrust: 0.65, basis: 'OVERRIDDEN' });
    n.removeOverride('m1', 'r1');
    expect(n.trustOf('m1', 'r1')).toBe(0.65);
  });
});
