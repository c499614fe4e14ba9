import { describe, expect, it } from 'vitest';
import { NO_CREDIT_FILTERS } from './credit-filters';
import { moduleViewHref, moduleViewSearch, readModuleView } from './module-views';

const none = { path: '', author: '', exactAuthor: false, credits: NO_CREDIT_FILTERS };

describe('readModuleView', () => {
  it.each([
    ['', { ...none, view: 'items' }],
    ['?view=log', { ...none, view: 'log' }],
    [
      '?view=log&path=/lib/parser/&author=%20Ann%20Lee%20',
      { ...none, view: 'log', path: 'lib/parser', author: 'Ann Lee' },
    ],
    ['?view=log&author=Ann&exact=1', { ...none, view: 'log', author: 'Ann', exactAuthor: true }],
    ['?view=log&exact=1', { ...none, view: 'log' }],
    ['?view=tree&path=lib', { ...none, view: 'tree', path: 'lib' }],
    [
      '?view=contributors&role=review&since=2024-01-01',
      {
        ...none,
        view: 'contributors',
        credits: { role: 'review', since: '2024-01-01', until: '' },
      },
    ],
    ['?view=blame', { ...none, view: 'items' }],
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
    expect(moduleViewSearch({ view: 'log', author: 'Bo Chen', exactAuthor: true })).toBe(
      '?view=log&author=Bo+Chen&exact=1',
    );
    expect(moduleViewSearch({ view: 'tree', path: 'lib/a b', author: 'Bo' })).toBe(
      '?view=tree&path=lib%2Fa+b',
    );
    expect(moduleViewSearch({ view: 'authors', path: 'lib' })).toBe('?view=authors');
    expect(
      moduleViewSearch({
        view: 'contributors',
        author: 'Bo',
        credits: { role: 'patch', since: '', until: '2024-06-30' },
      }),
    ).toBe('?view=contributors&role=patch&until=2024-06-30');
  });

  it('reads back what it writes', () => {
    const state = {
      ...none,
      view: 'log',
      path: 'lib/parser/a&b.ts',
      author: 'Zoë #1',
      exactAuthor: true,
    } as const;
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
