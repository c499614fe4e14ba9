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
  it('suspects a pending pass when changes exist but no line was counted', () => {
    expect(treeLinesPending([{ changes: 2, additions: 0, deletions: 0 }])).toBe(true);
    expect(
      treeLinesPending([
        { changes: 2, additions: 0, deletions: 0 },
        { changes: 1, additions: 0, deletions: 4 },
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
});
