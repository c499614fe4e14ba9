/**
 * A small seeded generator (mulberry32). The synthetic history must be the same bytes for the
 * same seed on every machine, so nothing here may call Math.random or depend on the clock.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new Error('pick from an empty list');
    }
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * An index in [0, size) where low indexes are much likelier (a Zipf-like law): a few people
   * write most commits and a few folders see most changes, as in real histories.
   */
  skewedIndex(size: number, exponent = 1.2): number {
    return Math.min(size - 1, Math.floor(size * this.next() ** (exponent * 2)));
  }

  /** One of the keys, with the weights given. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) {
        return key;
      }
    }
    const last = entries[entries.length - 1];
    if (!last) {
      throw new Error('weighted pick from no choices');
    }
    return last[0];
  }

  /** A derived generator, so that adding draws in one part does not shift every other part. */
  fork(salt: number): Random {
    return new Random(Math.imul(this.int(0, 0x7fffffff) ^ salt, 0x9e3779b1));
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) {
      out += this.int(0, 0xffff).toString(16).padStart(4, '0');
    }
    return out.slice(0, length);
  }
}
