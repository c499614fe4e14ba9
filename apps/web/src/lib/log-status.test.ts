import { describe, expect, it } from 'vitest';
import { describeLog } from './log-status';

describe('describeLog', () => {
  it.each([
    [{ shown: 4, total: 4, path: '', author: '' }, '4 changes, newest first.'],
    [{ shown: 1, total: 1, path: '', author: 'Bo Chen' }, '1 change by Bo Chen, newest first.'],
    [
      { shown: 25, total: 43, path: 'lib/parser', author: 'Ann' },
      '25 of 43 changes touching lib/parser by Ann, newest first.',
    ],
    [{ shown: 0, total: 0, path: 'docs', author: '' }, 'No changes touching docs.'],
    [{ shown: 0, total: 0, path: '', author: '' }, 'No changes in this module yet.'],
  ])('%j', (log, words) => {
    expect(describeLog(log)).toBe(words);
  });
});
