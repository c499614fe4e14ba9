import { describe, expect, it } from 'vitest';
import { ShaStore } from './sha-store';

describe('ShaStore', () => {
  it('gives back every id, packed or not', () => {
    const store = new ShaStore();
    const ids = [
      '0123456789abcdef0123456789abcdef01234567',
      'ffffffffffffffffffffffffffffffffffffffff',
      'ABCDEF0123456789abcdef0123456789abcdef01',
      'short',
      '0000000000000000000000000000000000000000',
      '',
    ];
    for (let i = 0; i < 3000; i++) {
      ids.push(i.toString(16).padStart(40, '0'));
    }
    for (const id of ids) {
      store.push(id);
    }
    expect(ids.map((_, i) => store.get(i))).toEqual(ids);
    expect(store.size).toBe(ids.length);
  });

  it('packs SHA-256 ids too', () => {
    const store = new ShaStore();
    const id = 'a'.repeat(64);
    store.push(id);
    expect(store.get(0)).toBe(id);
  });
});
