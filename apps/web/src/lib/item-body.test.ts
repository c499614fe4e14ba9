import { describe, expect, it } from 'vitest';
import { bodyBeyondTitle } from './item-body';

describe('bodyBeyondTitle', () => {
  it.each([
    ['a commit with only a subject', 'Fix the parser', 'Fix the parser', ''],
    [
      'a commit with a body',
      'Fix the parser\n\nLong body.\nMore.',
      'Fix the parser',
      'Long body.\nMore.',
    ],
    [
      'a description that does not repeat the title',
      'Steps to reproduce',
      'Crash',
      'Steps to reproduce',
    ],
    ['surrounding blank lines', '\n  Crash \n', 'Crash', ''],
  ])('%s', (_, body, title, expected) => {
    expect(bodyBeyondTitle(body, title)).toBe(expected);
  });
});
