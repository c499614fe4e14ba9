import type { Contributor } from '@moduleboard/contribulyzer';
import { CreditTally, creditCommit, IdentityResolver } from '@moduleboard/contribulyzer';
import { describe, expect, it } from 'vitest';
import type { CreditsResult } from './credits-result';
import { renderJson } from './render-json';

function contributor(overrides: Partial<Contributor>): Contributor {
  const resolver = new IdentityResolver();
  resolver.add({ name: 'Jane Doe' });
  const [person] = resolver.resolve().people;
  if (person === undefined) {
    throw new Error('no person');
  }
  return {
    id: 'abc',
    name: 'Jane "JD" Doe',
    emails: ['jane@example.org'],
    usernames: ['jd'],
    score: 3,
    roles: { patch: 1, review: 1 },
    commits: [],
    asides: [],
    person,
    ...overrides,
  };
}

function render(result: Partial<CreditsResult>): unknown {
  const full: CreditsResult = {
    repository: 'repo',
    head: 'h',
    commits: 0,
    creditedCommits: 0,
    contributors: [],
    blocked: [],
    ...result,
  };
  return JSON.parse(Buffer.concat([...renderJson(full)]).toString());
}

describe('renderJson', () => {
  it('writes an empty history', () => {
    expect(render({})).toEqual({
      repository: 'repo',
      head: 'h',
      commits: 0,
      creditedCommits: 0,
      contributors: [],
    });
  });

  it('writes the contract shape, escaping what needs it', () => {
    const roles = ['patch', 'review'];
    const commits = [
      { sha: 'a'.repeat(40), revision: 'r12', roles },
      { sha: 'b'.repeat(40), revision: null, roles },
      { sha: 'odd"sha', revision: 'r"1', roles: ['patch'] },
    ];
    expect(
      render({ repository: 'C:\\repo "x"', contributors: [contributor({ commits })] }),
    ).toEqual({
      repository: 'C:\\repo "x"',
      head: 'h',
      commits: 0,
      creditedCommits: 0,
      contributors: [
        {
          id: 'abc',
          name: 'Jane "JD" Doe',
          emails: ['jane@example.org'],
          usernames: ['jd'],
          score: 3,
          roles: { patch: 1, review: 1 },
          commits,
        },
      ],
    });
  });

  it('writes the bytes JSON.stringify writes for each entry, from objects or a tally', () => {
    const tally = new CreditTally();
    const names = ['Zoë "Z" Ång', 'jrandom', '日本 太郎', 'Back\\slash Person'];
    for (let i = 0; i < 300; i++) {
      const name = names[i % names.length] ?? '';
      const credits = creditCommit({
        message: `Change ${i}.\n\nReview by: ${names[(i + 1) % names.length]}${i % 3 ? '' : svn(i)}`,
        author: { name, email: `${i % 4}@example.org` },
      });
      tally.addCommit({
        sha: i % 50 === 7 ? `odd"sha${i}` : i.toString(16).padStart(40, '0'),
        revision: credits.revision,
        credits: credits.credits,
        credited: credits.credited,
      });
    }
    const resolver = new IdentityResolver();
    for (const ref of tally.identityRefs()) {
      resolver.add(ref);
    }
    const contributors = tally.contributors(resolver.resolve().people);
    const result: CreditsResult = {
      repository: 'repo',
      head: 'h',
      commits: tally.commits,
      creditedCommits: tally.creditedCommits,
      contributors,
      blocked: [],
    };
    const expected = stringified(result);
    expect(Buffer.concat([...renderJson(result)]).toString()).toBe(expected);
    // The same contributors as plain objects, without the list the tally gives.
    const plain = contributors.map((c) => ({ ...c }));
    expect(plain.every((c) => c.commitList === undefined)).toBe(true);
    expect(Buffer.concat([...renderJson({ ...result, contributors: plain })]).toString()).toBe(
      expected,
    );
  });
});

const UUID = '13f79535-47bb-0310-9956-ffa450edef68';
const svn = (rev: number) => `\n\ngit-svn-id: https://svn.example.org/r/trunk@${rev} ${UUID}\n`;

/** The output as it was written before: `JSON.stringify` of each contributor's entry. */
function stringified(result: CreditsResult): string {
  const entries = result.contributors.map((c) =>
    JSON.stringify({
      id: c.id,
      name: c.name,
      emails: c.emails,
      usernames: c.usernames,
      score: c.score,
      roles: c.roles,
      commits: c.commits,
    }),
  );
  return (
    '{\n' +
    `  "repository": ${JSON.stringify(result.repository)},\n` +
    `  "head": ${JSON.stringify(result.head)},\n` +
    `  "commits": ${result.commits},\n` +
    `  "creditedCommits": ${result.creditedCommits},\n` +
    `  "contributors": [${entries.map((e) => `\n    ${e}`).join(',')}${entries.length > 0 ? '\n  ]' : ']'}\n}\n`
  );
}
