import { MAX_YEN, MIN_TARGET_YEN, isYen, yenProblem } from '@/domain/shared/yen';
import { numberInProblem } from '@/domain/shared/number-range';

describe('the yen rule (every amount in yen)', () => {
  it('allows finite numbers from the minimum to 1e15, the bounds included', () => {
    for (const [v, min] of [[0, 0], [1e15, 0], [-1e15, -1e15], [1, MIN_TARGET_YEN], [123456789.5, 0]] as const) expect(isYen(v, min)).toBe(true);
    for (const [v, min] of [[1e15 + 1e3, 0], [1e300, 0], [Infinity, 0], [NaN, 0], [-1, 0], [0.5, MIN_TARGET_YEN], [5e-324, MIN_TARGET_YEN], [-1e16, -1e15]] as const) {
      expect(isYen(v, min)).toBe(false);
    }
    expect(MAX_YEN).toBe(1e15);
  });

  it('says why in one reason naming the range, and that text is no number', () => {
    expect(yenProblem(1e300, 0)).toBe('must be a number from 0 to 1e15 (yen)');
    expect(yenProblem(0, MIN_TARGET_YEN)).toBe('must be a number from 1 to 1e15 (yen)');
    expect(yenProblem('100', -1e15)).toBe('must be a number from -1e15 to 1e15 (yen), not text (write the number without quotes)');
    expect(yenProblem(null, 0)).toBe('must be a number from 0 to 1e15 (yen)');
    expect(yenProblem(1e15, 0)).toBeNull();
  });

  it('a bounded number (trust) gets one reason too', () => {
    expect(numberInProblem('0.5', 0, 1)).toBe('must be a number from 0 to 1, not text (write the number without quotes)');
    expect(numberInProblem(1.5, 0, 1)).toBe('must be a number from 0 to 1');
    expect(numberInProblem(0.5, 0, 1)).toBeNull();
  });
});
