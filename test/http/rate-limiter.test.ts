import { RateLimiter } from '@/http/rate-limiter';

describe('RateLimiter', () => {
  it('allows a burst up to the per-minute limit, then refuses until tokens refill', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
    expect(limiter.take('b')).toBe(true); // callers have their own buckets
    expect(limiter.retryAfter('a')).toBe(20);
    now += 20_000; // one request's worth at 3 a minute
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('a')).toBe(false);
  });

  it('is off at 0', () => {
    const limiter = new RateLimiter(0);
    expect(Array.from({ length: 1000 }, () => limiter.take('x')).every(Boolean)).toBe(true);
  });
});
