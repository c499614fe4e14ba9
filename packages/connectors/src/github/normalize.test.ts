import { describe, expect, it } from 'vitest';
import { issueStatus, normalizeIssue } from './normalize-issue';
import { normalizeMilestone } from './normalize-milestone';
import { normalizePerson } from './normalize-person';
import { normalizePull, normalizePullFile, pullFromIssue, pullStatus } from './normalize-pull';
import { normalizeRelease } from './normalize-release';
import { GithubIssue, GithubPullFile, GithubRelease, type GithubReview } from './objects';

const issue = (fields: Record<string, unknown> = {}) =>
  GithubIssue.parse({
    number: 7,
    title: 'Title',
    body: null,
    state: 'open',
    user: { login: 'alice' },
    labels: [],
    html_url: 'https://github.com/acme/widgets/issues/7',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-02T00:00:00Z',
    ...fields,
  });

describe('issueStatus', () => {
  it.each([
    ['open', null, 'OPEN'],
    ['open', 'reopened', 'OPEN'],
    ['closed', 'completed', 'DONE'],
    ['closed', null, 'DONE'],
    ['closed', 'not_planned', 'CLOSED'],
    ['closed', 'duplicate', 'CLOSED'],
  ] as const)('%s, closed as %s, is %s', (state, reason, status) => {
    expect(issueStatus({ state, state_reason: reason })).toBe(status);
  });
});

describe('pullStatus', () => {
  it.each([
    ['open', null, 'OPEN'],
    ['closed', '2024-01-03T00:00:00Z', 'DONE'],
    ['closed', null, 'CLOSED'],
  ] as const)('%s, merged at %s, is %s', (state, mergedAt, status) => {
    expect(pullStatus({ state, merged_at: mergedAt })).toBe(status);
  });
});

describe('normalizeIssue', () => {
  it('makes a use case of an issue with the use-case label, whatever its case', () => {
    const labelled = issue({ labels: [{ name: 'Use Case' }, { name: 'area: web' }] });
    expect(normalizeIssue(labelled, { useCaseLabel: 'use case' }).kind).toBe('USE_CASE');
    expect(normalizeIssue(labelled).kind).toBe('BUG');
    // The core stores an unset label as null.
    expect(normalizeIssue(labelled, { useCaseLabel: null }).kind).toBe('BUG');
  });

  it('takes the owner from the first assignee, or the old single assignee field', () => {
    expect(normalizeIssue(issue({ assignees: [{ login: 'bob' }, { login: 'carol' }] })).owner).toBe(
      'bob',
    );
    expect(normalizeIssue(issue({ assignee: { login: 'dave' } })).owner).toBe('dave');
    expect(normalizeIssue(issue()).owner).toBeUndefined();
  });

  it('keeps an empty body as empty text and a deleted author as unknown', () => {
    const item = normalizeIssue(issue({ user: null }));
    expect(item.body).toBe('');
    expect(item.bodyFormat).toBe('text');
    expect(item.author).toBeUndefined();
    expect(item.credits).toEqual([]);
  });

  it('leaves comments unknown unless they were fetched', () => {
    expect(normalizeIssue(issue()).comments).toBeUndefined();
    expect(normalizeIssue(issue(), { comments: [] }).comments).toEqual([]);
  });
});

describe('normalizePull', () => {
  const reviews = (...list: [string | null, string][]): GithubReview[] =>
    list.map(([login, state], index) => ({
      id: index,
      user: login ? { login } : null,
      state,
      submitted_at: null,
    }));

  it('credits each reviewer once, skipping pending reviews, the author and deleted accounts', () => {
    const pull = pullFromIssue(issue({ pull_request: { merged_at: null } }));
    const item = normalizePull(pull, {
      reviews: reviews(
        ['bob', 'COMMENTED'],
        ['bob', 'APPROVED'],
        ['alice', 'COMMENTED'],
        ['carol', 'PENDING'],
        [null, 'APPROVED'],
        ['dave', 'dismissed'],
      ),
    });
    expect(item.credits?.map((credit) => `${credit.role}:${credit.person.githubLogin}`)).toEqual([
      'patch:alice',
      'review:bob',
      'review:dave',
    ]);
  });

  it('leaves files and linked changes unknown unless they were fetched', () => {
    const item = normalizePull(pullFromIssue(issue({ pull_request: {} })));
    expect(item.files).toBeUndefined();
    expect(item.linkedChanges).toBeUndefined();
    expect(item.externalId).toBe('pull:7');
  });
});

describe('normalizePullFile', () => {
  it.each([
    ['added', 'A'],
    ['removed', 'D'],
    ['modified', 'M'],
    ['renamed', 'R'],
    ['copied', 'C'],
    ['changed', 'T'],
    ['unchanged', 'M'],
  ] as const)('%s is %s', (status, letter) => {
    const file = GithubPullFile.parse({ filename: 'a.ts', status, additions: 1, deletions: 2 });
    expect(normalizePullFile(file).change).toBe(letter);
  });
});

describe('normalizeMilestone', () => {
  it.each([
    ['2024-03-01T08:00:00Z', '2024-03-01'],
    ['2024-07-01T07:00:00Z', '2024-07-01'],
    [null, undefined],
  ])('keeps the day of %s', (dueOn, day) => {
    const milestone = { number: 3, title: '3.13', state: 'open' as const, due_on: dueOn };
    expect(normalizeMilestone(milestone).dueOn).toBe(day);
  });
});

describe('normalizeRelease', () => {
  const release = (fields: Record<string, unknown>) =>
    GithubRelease.parse({
      id: 1,
      tag_name: 'v1.0.0',
      draft: false,
      prerelease: false,
      html_url: 'https://github.com/acme/widgets/releases/tag/v1.0.0',
      created_at: '2024-01-01T00:00:00Z',
      published_at: '2024-01-02T00:00:00Z',
      ...fields,
    });

  it.each([
    [null, 'v1.0.0'],
    ['', 'v1.0.0'],
    ['Widgets 1.0', 'Widgets 1.0'],
  ])('titles a release named %j as %s', (name, title) => {
    expect(normalizeRelease(release({ name })).title).toBe(title);
  });

  it('dates a release by its publication', () => {
    expect(normalizeRelease(release({})).updatedAt).toEqual(new Date('2024-01-02T00:00:00Z'));
  });
});

describe('normalizePerson', () => {
  it('names a GitHub account by its login', () => {
    expect(
      normalizePerson({
        login: 'octocat',
        name: 'The Octocat',
        html_url: 'https://github.com/octocat',
      }),
    ).toEqual({ githubLogin: 'octocat', name: 'The Octocat', url: 'https://github.com/octocat' });
    expect(normalizePerson(null)).toBeUndefined();
  });
});
