/**
 * An open-addressing hash map from an unordered pair of person indexes to an edge index, on typed arrays.
 * It keeps relationships unique per unordered pair for millions of edges without millions of JS objects
 * (a JS Set also stops at 2^24 entries).
 */
export class PairMap {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  /** `universe`: person indexes are in [0, universe). */
  constructor(private readonly universe: number, expected: number) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for the pair {x, y}, or -1. */
  get(x: number, y: number): number {
    const { slot, key } = this.find(x, y);
    return this.keys[slot] === key ? this.values[slot] : -1;
  }

  /** The pair's key, and its slot: where it is stored, or the empty slot where it would go. */
  private find(x: number, y: number): { slot: number; key: number } {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    const key = a * this.universe + b + 1;
    let slot = hashPair(a, b) & this.mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return { slot, key };
  }

  has(x: number, y: number): boolean {
    return this.get(x, y) !== -1;
  }

  /** Stores the pair with `value` unless it is present; true when it was added. */
  add(x: number, y: number, value: number): boolean {
    if ((this.count + 1) * 10 > this.keys.length * 6) this.grow();
    const { slot, key } = this.find(x, y);
    if (this.keys[slot] === key) return false;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.count++;
    return true;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.values = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i];
      if (key === 0) continue;
      const a = Math.floor((key - 1) / this.universe);
      const b = key - 1 - a * this.universe;
      let slot = hashPair(a, b) & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = oldValues[i];
    }
  }
}

function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h >>> 0;
}
