import { describe, expect, it } from 'vitest';
import { storableJson } from './sql';

describe('storableJson', () => {
  it.each([
    ['a\u0000b', 'a\ufffdb'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['literal \\u0000 text', 'literal \\u0000 text'],
    ['both \\\u0000', 'both \\\ufffd'],
  ])('makes %j storable', (input, expected) => {
    expect(JSON.parse(storableJson({ v: input })).v).toBe(expected);
  });
});
