import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead';

describe('readAhead', () => {
  it('asks for the next value while the current one is used', async () => {
    const log: string[] = [];
    async function* produce() {
      for (const n of [1, 2, 3]) {
        log.push(`make ${n}`);
        yield n;
      }
    }
    for await (const n of readAhead(produce())) {
      log.push(`use ${n}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(log).toEqual(['make 1', 'make 2', 'use 1', 'make 3', 'use 2', 'use 3']);
  });

  it('closes the producer when the consumer stops early', async () => {
    let closed = false;
    async function* produce() {
      try {
        yield 1;
        yield 2;
        yield 3;
      } finally {
        closed = true;
      }
    }
    for await (const n of readAhead(produce())) {
      if (n === 1) {
        break;
      }
    }
    expect(closed).toBe(true);
  });
});
