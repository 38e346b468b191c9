import { isInstant, isIsoDate } from '@/domain/shared/calendar-date';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['2000-02-29', true], ['1900-02-29', false], ['2100-02-28', true],
    ['2024-04-30', true], ['2024-04-31', false], ['2024-12-31', true], ['2024-13-01', false], ['2024-00-10', false],
    ['2024-01-00', false], ['2024-01-32', false], ['0099-12-31', true], ['9999-12-31', true],
    ['2024-1-01', false], ['２０２４-01-01', false], ['2024/01/01', false], ['2024-01-01 ', false], ['+2024-01-01', false],
    ['2024-01-0a', false], ['', false], ['2024-01-01T00:00:00Z', false],
  ])('%s → %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });

  it('takes strings only', () => {
    for (const v of [20240101, null, undefined, {}, ['2024-01-01']]) expect(isIsoDate(v)).toBe(false);
  });
});

describe('isInstant', () => {
  it.each([
    ['2024-06-01T10:00:00+09:00', true], ['2024-06-01T10:00Z', true], ['2024-06-01T10:00:00.123456789Z', true],
    ['2024-06-01T10:00:00', false], ['2024-02-30T10:00:00Z', false], ['2024-06-01T25:00:00Z', false], ['2024-06-01', false],
  ])('%s → %s', (s, ok) => {
    expect(isInstant(s)).toBe(ok);
  });
});
