/**
 * Seeded randomness for the snapshot generator. Never Math.random: the same seed must give the same bytes.
 *
 * `Rng` is xoshiro128** (128-bit state, fast in JS with Math.imul). It is reseeded per entity
 * (`reseed(seed, stream, index)`), so a record's values depend only on (seed, what, which) and not on
 * how many numbers were drawn before it: lists can be produced in any order, in passes, and stay stable.
 */

/** murmur3's 32-bit finaliser: a good avalanche for integer keys. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit seed from a user seed: integers are used as they are, anything else is hashed (FNV-1a). */
export function seedFrom(seed: string | number): number {
  const text = String(seed).trim();
  if (/^-?\d+$/.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return fmix32((n >>> 0) ^ Math.floor(n / 4294967296));
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const TWO_32 = 4294967296;

export class Rng {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private spare: number | null = null;

  constructor(seed: number, stream = 0, index = 0) {
    this.reseed(seed, stream, index);
  }

  /** Positions the generator on the stream of one entity. Cheap: no allocation. */
  reseed(seed: number, stream: number, index: number): this {
    let x = fmix32(seed ^ Math.imul(stream + 1, 0x9e3779b1));
    x = fmix32(x ^ Math.imul((index >>> 0) + 0x632be5ab, 0x85ebca77) ^ Math.floor(index / TWO_32));
    // splitmix32 fills the state; never all zero.
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next() | 1;
    this.spare = null;
    return this;
  }

  /** A uniform unsigned 32-bit integer (xoshiro128**). */
  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextU32() / TWO_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  range(lo: number, hi: number): number {
    return hi <= lo ? lo : lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** An index drawn from a cumulative weight table (ascending, last entry = total). */
  weighted(cumulative: ArrayLike<number>): number {
    return searchCumulative(cumulative, 0, cumulative.length, this.float() * cumulative[cumulative.length - 1]);
  }

  /** Standard normal (Marsaglia polar method). */
  normal(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = this.float() * 2 - 1;
      v = this.float() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    return u * f;
  }

  /** Gamma(shape, 1) for shape >= 1 (Marsaglia-Tsang). */
  gamma(shape: number): number {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.float();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Beta(a, b) for a, b >= 1. */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }

  /** Fisher-Yates in place. */
  shuffle<T extends { length: number; [i: number]: unknown }>(items: T): T {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * The first index i in [lo, hi) whose cumulative value exceeds `target`, where `cumulative` is ascending.
 * Used for weighted draws over a slice of a larger table (e.g. the members of one company).
 */
export function searchCumulative(cumulative: ArrayLike<number>, lo: number, hi: number, target: number): number {
  let a = lo;
  let b = hi - 1;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (cumulative[mid] > target) b = mid;
    else a = mid + 1;
  }
  return a;
}

/** Cumulative weights of a plain list of weights. */
export function cumulate(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    total += weights[i];
    out[i] = total;
  }
  return out;
}
