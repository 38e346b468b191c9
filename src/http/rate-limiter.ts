/** Token buckets per caller: `perMinute` requests a minute, refilled continuously, bursts up to `perMinute`. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  /** True when the caller may go on; false when it is over its limit. */
  take(key: string): boolean {
    if (this.perMinute <= 0) return true;
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + ((t - b.at) * this.perMinute) / 60000);
    b.at = t;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    this.buckets.set(key, b);
    if (this.buckets.size > 100000) this.sweep(t);
    return ok;
  }

  /** Seconds until one more request is allowed. */
  retryAfter(key: string): number {
    const b = this.buckets.get(key);
    return b ? Math.max(1, Math.ceil(((1 - b.tokens) * 60) / this.perMinute)) : 1;
  }

  private sweep(t: number): void {
    for (const [k, b] of this.buckets) if (t - b.at > 60000) this.buckets.delete(k);
  }
}
