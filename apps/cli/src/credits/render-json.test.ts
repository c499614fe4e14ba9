import type { Contributor } from '@moduleboard/contribulyzer';
import { IdentityResolver } from '@moduleboard/contribulyzer';
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
  return JSON.parse([...renderJson(full)].join(''));
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
});
