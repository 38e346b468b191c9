import { todayUtc } from '@/graphql/context';

describe('todayUtc', () => {
  afterEach(() => jest.useRealTimers());

  it('gives the UTC day of a date', () => {
    expect(todayUtc(new Date('2026-11-24T23:59:59.999+09:00'))).toBe('2026-11-24');
    expect(todayUtc(new Date('2026-11-25T00:00:00.000+09:00'))).toBe('2026-11-24');
  });

  it('without a date, turns to the next day at UTC midnight exactly, though it is computed at most once a second', () => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date('2026-11-24T23:59:59.000Z'));
    expect(todayUtc()).toBe('2026-11-24');
    jest.setSystemTime(new Date('2026-11-24T23:59:59.999Z'));
    expect(todayUtc()).toBe('2026-11-24');
    jest.setSystemTime(new Date('2026-11-25T00:00:00.000Z'));
    expect(todayUtc()).toBe('2026-11-25');
    jest.setSystemTime(new Date('2027-01-01T12:00:00.500Z'));
    expect(todayUtc()).toBe('2027-01-01');
  });
});
