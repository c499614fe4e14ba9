import { describe, expect, it } from 'vitest';
import { describeFileChange, fileLinesPending, formatChurn, treeLinesPending } from './changes';

describe('describeFileChange', () => {
  it.each([
    ['A', 'added'],
    ['M', 'modified'],
    ['D', 'deleted'],
    ['R', 'renamed'],
    ['T', 'type changed'],
    ['X', 'changed'],
  ])('%s is %s', (letter, words) => {
    expect(describeFileChange(letter)).toBe(words);
  });
});

describe('fileLinesPending', () => {
  it('waits while any file has no line counts', () => {
    expect(fileLinesPending([{ additions: 3, deletions: 0 }])).toBe(false);
    expect(
      fileLinesPending([
        { additions: 3, deletions: 0 },
        { additions: null, deletions: null },
      ]),
    ).toBe(true);
    expect(fileLinesPending([])).toBe(false);
  });
});

describe('treeLinesPending', () => {
  it('waits while an entry has no line counts, and only then', () => {
    expect(treeLinesPending([{ additions: null, deletions: null }])).toBe(true);
    expect(
      treeLinesPending([
        { additions: 0, deletions: 0 },
        { additions: 0, deletions: 4 },
      ]),
    ).toBe(false);
    expect(treeLinesPending([])).toBe(false);
  });
});

describe('formatChurn', () => {
  it('signs both counts, with a true minus sign', () => {
    expect(formatChurn(12, 3)).toEqual({ added: '+12', deleted: '\u22123' });
  });

  it('leaves nothing unsigned', () => {
    expect(formatChurn(0, 4)).toEqual({ added: '0', deleted: '\u22124' });
  });

  it('shows a dash for a count not made yet', () => {
    expect(formatChurn(null, null)).toEqual({ added: '\u2014', deleted: '\u2014' });
  });
});
