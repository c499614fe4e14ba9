import { describe, expect, it } from 'vitest';
import { countKind, itemLabel, sortCounts } from './kinds';

describe('countKind', () => {
  it('says one or many', () => {
    expect(countKind('CHANGE', 1)).toBe('1 change');
    expect(countKind('USE_CASE', 3)).toBe('3 use cases');
  });
});

describe('sortCounts', () => {
  it('puts kinds in the house order and leaves out empty ones', () => {
    expect(
      sortCounts([
        { kind: 'DOC', count: 1 },
        { kind: 'CHANGE', count: 0 },
        { kind: 'BUG', count: 2 },
      ]).map((c) => c.kind),
    ).toEqual(['BUG', 'DOC']);
  });
});

describe('itemLabel', () => {
  it('calls a pull request by its number, a commit by its sha', () => {
    expect(
      itemLabel({ kind: 'CHANGE', change: { isPullRequest: true, number: 13, shortSha: null } }),
    ).toBe('Pull request #13');
    expect(itemLabel({ kind: 'CHANGE', change: { isPullRequest: true, number: null } })).toBe(
      'Pull request',
    );
    expect(
      itemLabel({
        kind: 'CHANGE',
        change: { isPullRequest: false, number: null, shortSha: '1a2b3c4d5e' },
      }),
    ).toBe('Change 1a2b3c4d5e');
    expect(itemLabel({ kind: 'BUG', change: null })).toBe('Bug');
  });
});
