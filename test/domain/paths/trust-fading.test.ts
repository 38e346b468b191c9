/**
 * Rule 4 of effective trust (src/domain/paths/trust-fading.ts, README "Relationship health"): a raise above the base
 * fades when nothing happens, more slowly for long relationships; the base never fades; one-sided contact builds
 * nothing and does not stop the fading. Expected values are worked out by hand from the documented constants.
 */
import { type Evidence, type RecordedTie, effectiveTrust } from '@/domain/paths/effective-trust';
import { FADE_RULE, fadeFactor, halfLifeDays, wholeDays } from '@/domain/paths/trust-fading';
import { Network } from '@/domain/paths/network';
import { healthOf } from '@/domain/health/relationship-health';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pair: [string, string] = ['m1', 'r1'];
const ev = (at: string, signal: Evidence['signal'], label = 'MEETING'): Evidence => ({ kind: 'INTERACTION', id: at, at, signal, label });
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
/** A new relationship: recorded 2026-01-01, no `since`, one positive meeting 2026-01-11 (10 days in): 0.6 → 0.65. */
const fresh: RecordedTie = { trust: 0.6, recordedAt: '2026-01-01T00:00:00Z' };
const raised = [ev('2026-01-11T10:00:00Z', 'POSITIVE')];
const trustOn = (asOf: string, tie: RecordedTie = fresh, evidence: Evidence[] = raised) => effectiveTrust(pair, tie, evidence, null, asOf)!;

describe('fading of evidence-derived trust (rule 4)', () => {
  it('documents its constants: 30 free days, half-life 90 days + half a day per day of relationship, at most 720', () => {
    expect(FADE_RULE).toEqual({ graceDays: 30, halfLifeDays: 90, halfLifePerDay: 0.5, maxHalfLifeDays: 720 });
    expect([0, 10, 365, 1260, 5000].map(halfLifeDays)).toEqual([90, 95, 272.5, 720, 720]);
    expect(fadeFactor(30, 0)).toBe(1);
    expect(fadeFactor(120, 0)).toBe(0.5);
    expect(fadeFactor(210, 0)).toBe(0.25);
    expect(wholeDays('2026-01-11T23:59:00+09:00', '2026-02-10')).toBe(30); // the UTC day of the instant (01-11)
  });

  it('leaves the raise whole for 30 days, then halves it every half-life; the same data and day give the same value', () => {
    // relationship of 10 days (2026-01-01 to 01-11): half-life 95 days
    expect(trustOn('2026-01-11').trust).toBe(0.65);
    expect(trustOn('2026-02-10')).toMatchObject({ trust: 0.65, basis: 'ADJUSTED' });
    expect(trustOn('2026-02-10').faded).toBeUndefined();
    const may = trustOn('2026-05-16'); // 125 days after 01-11: 95 fading, one half-life
    expect(may).toMatchObject({ trust: 0.625, basis: 'ADJUSTED', recorded: 0.6, positives: 1 });
    expect(may.faded).toMatchObject({ from: 0.65, to: 0.625, base: 0.6, idleDays: 125, relationshipDays: 10, halfLifeDays: 95, factor: 0.5 });
    const later = ['2026-03-01', '2026-06-01', '2026-12-31', '2030-01-01'].map((d) => trustOn(d).trust);
    expect(later).toEqual([round4(0.6 + 0.05 * 0.5 ** ((49 - 30) / 95)), round4(0.6 + 0.05 * 0.5 ** ((141 - 30) / 95)),
      round4(0.6 + 0.05 * 0.5 ** ((354 - 30) / 95)), round4(0.6 + 0.05 * 0.5 ** ((1451 - 30) / 95))]);
    for (let i = 1; i < later.length; i++) expect(later[i]).toBeLessThan(later[i - 1]);
    // it fades toward the recorded rating and never below it
    expect(later[3]).toBe(0.6);
    expect(trustOn('2026-05-16')).toEqual(trustOn('2026-05-16'));
  });

  it('fades a long relationship more slowly than a new one', () => {
    const long: RecordedTie = { ...fresh, since: '2021-01-11' }; // five years to the meeting: the 720-day cap
    const day = '2026-10-11'; // 273 days after the meeting, 243 fading
    const newOne = trustOn(day).trust;
    const longOne = trustOn(day, long).trust;
    expect(newOne).toBe(round4(0.6 + 0.05 * 0.5 ** (243 / 95)));
    expect(longOne).toBe(round4(0.6 + 0.05 * 0.5 ** (243 / 720)));
    expect(longOne).toBeGreaterThan(newOne);
    expect(trustOn(day, long).faded).toMatchObject({ relationshipDays: 1826, halfLifeDays: 720 });
    // a `since` after the recording does not shorten it: the relationship starts at the earlier of the two
    expect(trustOn(day, { ...fresh, since: '2026-01-10' }).trust).toBe(newOne);
  });

  it('never fades a recorded rating without newer evidence, nor an override nothing came after', () => {
    for (const day of ['2026-01-01', '2027-06-01', '2040-01-01']) {
      expect(effectiveTrust(pair, fresh, [], null, day)).toEqual({ trust: 0.6, basis: 'RECORDED', recorded: 0.6, newer: [], positives: 0, negatives: 0 });
      const override = { trust: 0.9, at: '2026-02-01T00:00:00Z', byId: 'm1', note: null };
      expect(effectiveTrust(pair, fresh, raised, override, day)).toMatchObject({ trust: 0.9, basis: 'OVERRIDDEN', override: { status: 'ACTIVE' } });
    }
    // evidence older than the recording is not evidence of it, however old
    expect(effectiveTrust(pair, { trust: 0.6, recordedAt: '2026-03-01T00:00:00Z' }, raised, null, '2030-01-01')!.trust).toBe(0.6);
  });

  it('fades a raise after an override toward the override, and an introduced tie toward its 0.5', () => {
    const override = { trust: 0.3, at: '2026-02-01T00:00:00Z', byId: 'm1', note: null };
    const after = [...raised, ev('2026-02-11T00:00:00Z', 'POSITIVE')];
    // relationship 2026-01-01 to 02-11 (41 days): half-life 110.5; 2026-06-01 is 110 days after 02-11, 80 fading
    const t = effectiveTrust(pair, fresh, after, override, '2026-06-01')!;
    expect(t).toMatchObject({ basis: 'OVERRIDDEN', trust: round4(0.3 + 0.05 * 0.5 ** (80 / 110.5)), override: { status: 'SUPERSEDED_BY_EVIDENCE' } });
    // the computed value beside it fades the same way from the recording: 0.6 + 0.1
    expect(t.override!.computed).toBe(round4(0.6 + 0.1 * 0.5 ** (80 / 110.5)));
    const met: Evidence = { kind: 'INTRODUCTION', id: 'x', at: '2026-01-01', signal: 'POSITIVE', label: 'MET', introduction: { introducerId: 'r9', introducedId: 'r1', toManagerId: 'm1' } };
    const introduced = effectiveTrust(pair, null, [met, ev('2026-01-11T10:00:00Z', 'POSITIVE')], null, '2026-05-16')!;
    expect(introduced).toMatchObject({ basis: 'INTRODUCED', trust: 0.525 }); // 0.5 + 0.05 × 0.5 (same days as the new relationship)
    expect(effectiveTrust(pair, null, [met], null, '2040-01-01')!.trust).toBe(0.5);
  });

  it('one-sided contact builds no trust and does not stop the fading; a drop is not healed by time', () => {
    const unanswered = Array.from({ length: 20 }, (_, i) => ev(`2026-0${2 + (i % 4)}-${String(1 + (i % 15)).padStart(2, '0')}T10:00:00Z`, 'NEUTRAL', 'EMAIL'));
    expect(effectiveTrust(pair, fresh, unanswered, null, '2026-12-31')).toMatchObject({ trust: 0.6, basis: 'RECORDED', positives: 0 });
    // the raise fades from the last positive meeting, as if the emails had not been sent
    expect(trustOn('2026-05-16', fresh, [...raised, ...unanswered]).trust).toBe(0.625);
    // only negative reactions: lower, and they stay lower however long nothing happens
    const cold = [ev('2026-01-11T10:00:00Z', 'NEGATIVE'), ev('2026-01-20T10:00:00Z', 'NEGATIVE')];
    for (const day of ['2026-01-31', '2027-01-31', '2035-01-31']) expect(trustOn(day, fresh, cold)).toMatchObject({ trust: 0.4, basis: 'ADJUSTED' });
    // a mixed record below the recording does not fade either (nothing above the base)
    expect(trustOn('2030-01-01', fresh, [...raised, ev('2026-01-12T10:00:00Z', 'NEGATIVE')]).trust).toBe(0.55);
  });

  it('is what the network gives warm paths, day by day, and what relationship health shows with a FADED item', () => {
    const n = new Network();
    n.upsertTie({ a: 'm1', b: 'r1', trust: 0.6, recordedAt: '2026-01-01T00:00:00Z', kind: 'BUSINESS', since: null });
    n.upsertInteraction({ id: 'i1', at: '2026-01-11T10:00:00Z', atMillis: Date.parse('2026-01-11T10:00:00Z'), channel: 'MEETING', reaction: 'POSITIVE', participants: ['m1', 'r1'] });
    for (const day of ['2026-02-01', '2026-05-16', '2026-02-01', '2027-01-01']) {
      n.asOf(day);
      const expected = trustOn(day).trust;
      expect([n.trustOf('m1', 'r1'), n.neighbours('m1')[0].trust, n.adjacency(n.indexOf('m1')).trust[0]]).toEqual([expected, expected, expected]);
      expect(healthOf(n, 'm1', 'r1', day)!.effectiveTrust).toBe(expected);
    }
    const h = healthOf(n, 'r1', 'm1', '2026-05-16')!;
    expect(h).toMatchObject({ effectiveTrust: 0.625, basis: 'ADJUSTED', trend: 'FALLING', trustThen: round4(0.6 + 0.05 * 0.5 ** (5 / 95)), trendSince: '2026-02-15' });
    // 90 days before, 2026-02-15, the raise had faded 5 days (35 after the meeting): 0.6482, so the trend is FALLING
    expect(h.evidence.map((e) => [e.kind, e.effect])).toEqual([['INTERACTION', 0.05], ['FADED', -0.025]]);
    expect(h.evidence[1]).toMatchObject({ at: '2026-05-16', id: null, label: 'NO_EVIDENCE' });
    expect(h.evidence[1].reason).toBe('No positive or negative contact from 2026-01-11 to 2026-05-16 (125 days, the first 30 free): '
      + 'the raise above 0.6 fades with a half-life of 95 days for a relationship of 10 days, -0.025');
    // the evidence list explains the value
    expect(round4(0.6 + h.evidence.reduce((s, e) => s + e.effect, 0))).toBe(h.effectiveTrust);
  });

  it('gives README\'s worked example', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const meeting = [ev('2026-07-22T10:00:00+09:00', 'POSITIVE')];
    const tie: RecordedTie = { trust: 0.85, recordedAt: '2026-01-01T00:00:00Z' };
    const plain = effectiveTrust(pair, tie, meeting, null, '2026-10-31')!;
    expect(plain.faded).toMatchObject({ idleDays: 101, relationshipDays: 202, halfLifeDays: 191 });
    expect(plain.trust).toBe(round4(0.85 + 0.05 * 0.5 ** (71 / 191)));
    const long = effectiveTrust(pair, { ...tie, since: '2020-01-01' }, meeting, null, '2026-10-31')!;
    expect(long.faded).toMatchObject({ halfLifeDays: 720 });
    expect(readme).toContain(`the trust is 0.85 + 0.05 × 0.5^(71 / 191) = **${plain.trust}**`);
    expect(readme).toContain(`the half-life is the 720-day cap and the trust is **${long.trust}**`);
  });
});
