import { describe, expect, it } from 'vitest';
import { ancestorTrail } from './ancestors';

describe('ancestorTrail', () => {
  it('links every level above the module, named by the parents fetched', () => {
    const module = {
      path: 'lib/asyncio/streams',
      parent: { path: 'lib/asyncio', name: 'asyncio', parent: { path: 'lib', name: 'Library' } },
    };
    expect(ancestorTrail('cpython', module)).toEqual([
      { label: 'Library', href: '/p/cpython/m/lib' },
      { label: 'asyncio', href: '/p/cpython/m/lib/asyncio' },
    ]);
  });

  it('labels levels deeper than the query reached by their slugs', () => {
    const module = { path: 'a/b/c', parent: { path: 'a/b', name: 'Bee', parent: null } };
    expect(ancestorTrail('p', module).map((c) => c.label)).toEqual(['a', 'Bee']);
  });

  it('has nothing above a root module', () => {
    expect(ancestorTrail('p', { path: 'lib', parent: null })).toEqual([]);
  });
});
