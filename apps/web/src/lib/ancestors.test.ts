import { describe, expect, it } from 'vitest';
import { ancestorTrail } from './ancestors';

describe('ancestorTrail', () => {
  it('links every level above the module, from the root down', () => {
    const ancestors = [
      { path: 'lib', name: 'Library' },
      { path: 'lib/asyncio', name: 'asyncio' },
    ];
    expect(ancestorTrail('cpython', ancestors)).toEqual([
      { label: 'Library', href: '/p/cpython/m/lib' },
      { label: 'asyncio', href: '/p/cpython/m/lib/asyncio' },
    ]);
  });

  it('has nothing above a root module', () => {
    expect(ancestorTrail('p', [])).toEqual([]);
  });
});
