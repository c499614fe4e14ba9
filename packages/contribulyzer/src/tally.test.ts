import { describe, expect, it } from 'vitest';
import { creditCommit } from './commit-credits';
import { commitObjects } from './commit-list';
import { IdentityResolver } from './identity-resolver';
import { CreditTally } from './tally';

const UUID = '13f79535-47bb-0310-9956-ffa450edef68';
const svn = (rev: number) => `\n\ngit-svn-id: https://svn.example.org/r/trunk@${rev} ${UUID}\n`;

function run(commits: Array<{ sha: string; message: string; author: string; isMerge?: boolean }>) {
  const tally = new CreditTally();
  for (const commit of commits) {
    const author = { name: commit.author, email: `${commit.author}@${UUID}` };
    const credits = creditCommit({ message: commit.message, author, isMerge: commit.isMerge });
    tally.addCommit({
      sha: commit.sha,
      revision: credits.revision,
      credits: credits.credits,
      credited: credits.credited,
    });
  }
  const resolver = new IdentityResolver();
  for (const ref of tally.identityRefs()) {
    resolver.add(ref);
  }
  return { tally, contributors: tally.contributors(resolver.resolve().people) };
}

describe('CreditTally', () => {
  const { tally, contributors } = run([
    { sha: 'c1', message: `Fix one.${svn(10)}`, author: 'jrandom' },
    {
      sha: 'c2',
      message: `Fix two.\n\nPatch by: sally\nReview by: jrandom${svn(11)}`,
      author: 'jrandom',
    },
    {
      sha: 'c3',
      message: `Fix three.\n\nPatch by: me\n          jrandom\nFound by: sally${svn(12)}`,
      author: 'jrandom',
    },
    {
      sha: 'c4',
      message: `Fix four.\n\nReview by: sally\n           sally${svn(13)}`,
      author: 'jrandom',
    },
    { sha: 'c5', message: 'Merge.\n', author: 'sally', isMerge: true },
  ]);

  it('counts commits and credited commits', () => {
    expect(tally.commits).toBe(5);
    expect(tally.creditedCommits).toBe(3);
  });

  it("counts distinct commits per role, across a person's identities", () => {
    expect(contributors.map((c) => [c.name, c.roles, c.score])).toEqual([
      ['jrandom', { patch: 3, review: 1 }, 7],
      ['sally', { patch: 1, review: 1, found: 1 }, 4],
    ]);
  });

  it('lists each commit once with its roles and revision', () => {
    expect(contributors[0]?.commits).toEqual([
      { sha: 'c1', revision: 'r10', roles: ['patch'] },
      { sha: 'c2', revision: 'r11', roles: ['review'] },
      { sha: 'c3', revision: 'r12', roles: ['patch'] },
      { sha: 'c4', revision: 'r13', roles: ['patch'] },
    ]);
  });

  it('leaves git-svn stand-in addresses out of the addresses', () => {
    expect(contributors[0]?.emails).toEqual([]);
    expect(contributors[0]?.usernames).toEqual(['jrandom']);
  });

  it('makes the commit objects only when read, from the list it keeps', () => {
    const [first] = contributors;
    const list = first?.commitList;
    expect(list?.length).toBe(4);
    expect(list === undefined ? [] : commitObjects(list)).toEqual(first?.commits);
    // The same objects on each read, and the list stays out of copies and JSON.
    expect(first?.commits).toBe(first?.commits);
    expect(Object.keys(first ?? {})).not.toContain('commitList');
    expect(JSON.parse(JSON.stringify(first)).commits).toHaveLength(4);
  });

  it('hands over identities in the order they were first credited, from any point', () => {
    const all = tally.identityRefs();
    expect(tally.identityCount).toBe(all.length);
    expect(tally.identityRefs(1)).toEqual(all.slice(1));
    expect(tally.identityRefs(all.length)).toEqual([]);
  });

  it('ranks ties by name', () => {
    const tied = run([
      { sha: 'a', message: 'A.\n\nPatch by: zed\n', author: 'x' },
      { sha: 'b', message: 'B.\n\nPatch by: Amy\n', author: 'x' },
    ]).contributors;
    expect(tied.map((c) => c.name)).toEqual(['Amy', 'zed']);
  });
});
