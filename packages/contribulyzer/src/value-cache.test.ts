import { describe, expect, it } from 'vitest';
import { CommitCreditor, creditCommit } from './commit-credits';
import { ValueCache } from './value-cache';

describe('ValueCache', () => {
  it('gives back what was stored, and starts over when full', () => {
    const cache = new ValueCache(2);
    cache.set('jrandom', [{ person: { username: 'jrandom' }, identity: 'u=jrandom' }]);
    cache.set('me', [{ person: 'me', identity: 'me' }]);
    expect(cache.get('jrandom')).toEqual([
      { person: { username: 'jrandom' }, identity: 'u=jrandom' },
    ]);
    cache.set('sally', []);
    expect(cache.get('jrandom')).toBeUndefined();
    expect(cache.get('sally')).toEqual([]);
  });

  it('does not keep long values', () => {
    const cache = new ValueCache();
    const long = `Jane Doe <jane@example.org> ${'x'.repeat(300)}`;
    cache.set(long, []);
    expect(cache.get(long)).toBeUndefined();
  });

  it('changes no result of a history', () => {
    const creditor = new CommitCreditor({ cache: new ValueCache(3) });
    const author = { name: 'Jane Doe', email: 'jane@example.org' };
    const messages = [
      'A.\n\nPatch by: sally\nReview by: jrandom, sally\n(tests)\n',
      'B.\n\nReviewed-by: Ann Other <ann@example.org> (on Windows)\n',
      'C.\n\nPatch by: sally\nFound by: Ann Other <ann@example.org> (on Windows)\n',
      'D.\n\nReview by: jrandom, sally\n',
      'E.\n\nFound by: nobody in particular at all\n',
      'F.\n\nFound by: nobody in particular at all\n',
    ];
    for (const message of messages) {
      expect(creditor.credit({ message, author })).toEqual(creditCommit({ message, author }));
    }
  });
});
