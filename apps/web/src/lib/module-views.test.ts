import { describe, expect, it } from 'vitest';
import { moduleViewHref, moduleViewSearch, readModuleView } from './module-views';

describe('readModuleView', () => {
  it.each([
    ['', { view: 'items', path: '', author: '' }],
    ['?view=log', { view: 'log', path: '', author: '' }],
    [
      '?view=log&path=/lib/parser/&author=%20Ann%20Lee%20',
      {
        view: 'log',
        path: 'lib/parser',
        author: 'Ann Lee',
      },
    ],
    ['?view=tree&path=lib', { view: 'tree', path: 'lib', author: '' }],
    ['?view=blame', { view: 'items', path: '', author: '' }],
  ])('reads %j', (search, expected) => {
    expect(readModuleView(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('moduleViewSearch', () => {
  it('says nothing for the items, the default view', () => {
    expect(moduleViewSearch({ view: 'items', path: 'lib' })).toBe('');
  });

  it('keeps only the filters the view uses, and only when set', () => {
    expect(moduleViewSearch({ view: 'log', path: ' lib/ ', author: '' })).toBe(
      '?view=log&path=lib',
    );
    expect(moduleViewSearch({ view: 'log', author: 'Bo Chen' })).toBe('?view=log&author=Bo+Chen');
    expect(moduleViewSearch({ view: 'tree', path: 'lib/a b', author: 'Bo' })).toBe(
      '?view=tree&path=lib%2Fa+b',
    );
    expect(moduleViewSearch({ view: 'authors', path: 'lib' })).toBe('?view=authors');
  });

  it('reads back what it writes', () => {
    const state = { view: 'log', path: 'lib/parser/a&b.ts', author: 'Zoë #1' } as const;
    expect(readModuleView(new URLSearchParams(moduleViewSearch(state)))).toEqual(state);
  });
});

describe('moduleViewHref', () => {
  it('puts the view after the module’s address', () => {
    expect(moduleViewHref('cpython', 'lib/asyncio', { view: 'divergence' })).toBe(
      '/p/cpython/m/lib/asyncio?view=divergence',
    );
  });
});
