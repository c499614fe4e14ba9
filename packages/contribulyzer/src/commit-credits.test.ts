import { describe, expect, it } from 'vitest';
import { authorRef, CommitCreditor, creditCommit } from './commit-credits';

const UUID = '13f79535-47bb-0310-9956-ffa450edef68';
const svnLine = (revision: number) =>
  `\n\ngit-svn-id: https://svn.example.org/repos/p/trunk@${revision} ${UUID}\n`;
const jane = { name: 'Jane Doe', email: 'jane@example.org' };

function summary(message: string, author = jane, isMerge = false): string[] {
  return creditCommit({ message, author, isMerge }).credits.map(
    (c) => `${c.role} ${c.identity}${c.implied ? ' (implied)' : ''}`,
  );
}

describe('creditCommit', () => {
  it.each([
    [
      'no field: the author gets patch',
      'Fix a leak.\n',
      ['patch n=Jane Doe;e=jane@example.org (implied)'],
    ],
    [
      'no Patch by: the author gets patch beside the others',
      'Fix.\n\nReview by: sally\n',
      ['review u=sally', 'patch n=Jane Doe;e=jane@example.org (implied)'],
    ],
    [
      'Patch by someone else: the author gets nothing',
      'Fix.\n\nPatch by: sally\n',
      ['patch u=sally'],
    ],
    [
      'Patch by: me is the author, once',
      'Fix.\n\nPatch by: me\n',
      ['patch n=Jane Doe;e=jane@example.org'],
    ],
    [
      'naming the author again gives one patch credit',
      'Fix.\n\nPatch by: me\n          Jane Doe <jane@example.org>\n',
      ['patch n=Jane Doe;e=jane@example.org'],
    ],
    [
      'me in another role',
      'Fix.\n\nPatch by: sally\nReview by: me\n',
      ['patch u=sally', 'review n=Jane Doe;e=jane@example.org'],
    ],
    [
      'a trailer signoff does not stop the implied patch',
      'Subject\n\nSigned-off-by: Jane Doe <jane@example.org>\n',
      ['signoff n=Jane Doe;e=jane@example.org', 'patch n=Jane Doe;e=jane@example.org (implied)'],
    ],
  ])('%s', (_name, message, expected) => {
    expect(summary(message)).toEqual(expected);
  });

  it('does not credit the author of a merge', () => {
    expect(summary("Merge branch 'topic'\n", jane, true)).toEqual([]);
  });

  it('says whether the message holds a credit line', () => {
    expect(creditCommit({ message: 'Fix.\n', author: jane }).credited).toBe(false);
    expect(creditCommit({ message: 'Fix.\n\nApproved by: sally\n', author: jane }).credited).toBe(
      false,
    );
    expect(creditCommit({ message: 'Fix.\n\nReview by: sally\n', author: jane }).credited).toBe(
      true,
    );
  });

  it('reads the revision of a git-svn commit', () => {
    const result = creditCommit({
      message: `Fix.\n\nPatch by: sally${svnLine(1234)}`,
      author: { name: 'jrandom', email: `jrandom@${UUID}` },
    });
    expect(result.revision).toBe('r1234');
    expect(result.body).toBe('Fix.\n\nPatch by: sally');
  });
});

describe('authorRef', () => {
  const svn = { revision: 1, url: 'https://svn.example.org/r', uuid: UUID };
  it.each([
    ['a git author', jane, undefined, { name: 'Jane Doe', email: 'jane@example.org' }],
    [
      'a git-svn author without an authors file',
      { name: 'jrandom', email: `jrandom@${UUID}` },
      svn,
      { email: `jrandom@${UUID}`, username: 'jrandom' },
    ],
    [
      'a git-svn author mapped by an authors file',
      { name: 'J. Random', email: 'jrandom@example.org' },
      svn,
      { name: 'J. Random', email: 'jrandom@example.org', username: 'jrandom' },
    ],
    [
      'a UUID address without the git-svn line',
      { name: 'sally', email: `sally@${UUID}` },
      undefined,
      { email: `sally@${UUID}`, username: 'sally' },
    ],
    [
      'a GitHub no-reply address',
      { name: 'Octo Cat', email: '583231+octocat@users.noreply.github.com' },
      undefined,
      {
        name: 'Octo Cat',
        email: '583231+octocat@users.noreply.github.com',
        githubLogin: 'octocat',
      },
    ],
  ])('%s', (_name, author, origin, expected) => {
    expect(authorRef(author, origin)).toEqual(expected);
  });
});

describe('CommitCreditor', () => {
  it('gives the same results as creditCommit', () => {
    const creditor = new CommitCreditor();
    const commits = [
      { message: 'Fix.\n', author: jane },
      {
        message: `Fix.\n\nReview by: me${svnLine(7)}`,
        author: { name: 'jrandom', email: `jrandom@${UUID}` },
      },
      { message: 'Fix.\n\nPatch by: sally\n', author: jane },
      { message: 'Fix again.\n', author: jane },
      // The same author inside and outside git-svn, then again: each has an identity of its own.
      { message: `Port.${svnLine(8)}`, author: jane },
      { message: 'Port back.\n', author: jane },
      { message: `Port.${svnLine(9)}`, author: jane },
      { message: 'Merge branch.\n', author: jane, isMerge: true },
      { message: 'Fix.\n\nPatch by: me\n          Jane <jane@example.org>\n', author: jane },
    ];
    for (const commit of commits) {
      expect(creditor.credit(commit)).toEqual(creditCommit(commit));
    }
    // The credit an author's commit implies is made once and shared.
    const a = creditor.credit({ message: 'One.\n', author: jane });
    const b = creditor.credit({ message: 'Two.\n', author: jane });
    expect(a.credits[0]).toBe(b.credits[0]);
  });
});
