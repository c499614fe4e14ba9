import { describe, expect, it } from 'vitest';
import { parseReferences } from './references';

describe('parseReferences', () => {
  it.each([
    ['Fix the parser (#123)', [{ number: 123, kind: 'issue' }]],
    ['gh-45: handle tabs', [{ number: 45, kind: 'issue' }]],
    [
      'Fixes: #12\nSee also #13',
      [
        { number: 12, kind: 'closes' },
        { number: 13, kind: 'issue' },
      ],
    ],
    ['Closes gh-7, fixes #7 again', [{ number: 7, kind: 'closes' }]],
    ['bpo-9876: old tracker', [{ number: 9876, kind: 'external', tracker: 'bpo' }]],
    ['See https://github.com/o/r/issues/88 for details', [{ number: 88, kind: 'issue' }]],
    ['colour #fff and a&#39;s entity and path/#5 are not issues', []],
    ['no references at all', []],
  ])('reads %j', (message, expected) => {
    expect(parseReferences(message)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
