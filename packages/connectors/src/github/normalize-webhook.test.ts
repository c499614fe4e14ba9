import { describe, expect, it } from 'vitest';
import { normalizeIssue } from './normalize-issue';
import { normalizePull } from './normalize-pull';
import { normalizeWebhook, WebhookPayloadError } from './normalize-webhook';
import { GithubIssue, GithubPull } from './objects';

const repository = { id: 1, full_name: 'acme/widgets', private: false };
const sender = { login: 'bob', type: 'User' };
const user = (login: string) => ({ login, html_url: `https://github.com/${login}` });

const issue = {
  number: 12,
  title: 'Widgets vanish after a restart',
  body: 'Steps: …',
  state: 'open',
  state_reason: null,
  user: user('alice'),
  labels: [{ name: 'use case', color: 'ededed' }],
  assignee: null,
  assignees: [user('bob')],
  milestone: { number: 1, title: 'v1.0', state: 'open', due_on: null, description: null },
  comments: 1,
  html_url: 'https://github.com/acme/widgets/issues/12',
  created_at: '2024-02-01T10:00:00Z',
  updated_at: '2024-02-03T10:00:00Z',
  closed_at: null,
};
const pull = {
  number: 13,
  title: 'Persist widgets',
  body: 'Fixes #12',
  state: 'closed',
  user: user('carol'),
  labels: [],
  assignees: [],
  milestone: null,
  html_url: 'https://github.com/acme/widgets/pull/13',
  created_at: '2024-02-02T10:00:00Z',
  updated_at: '2024-02-04T10:00:00Z',
  closed_at: '2024-02-04T10:00:00Z',
  merged_at: '2024-02-04T10:00:00Z',
  merged: true,
  draft: false,
  head: { ref: 'persist', sha: 'c'.repeat(40) },
  base: { ref: 'main', sha: 'd'.repeat(40) },
};
const comment = {
  id: 501,
  user: user('dave'),
  body: 'Seen it too.',
  html_url: 'https://github.com/acme/widgets/issues/12#issuecomment-501',
  created_at: '2024-02-03T10:00:00Z',
  updated_at: '2024-02-03T10:00:00Z',
};
const release = {
  id: 88,
  tag_name: 'v1.0.0',
  name: 'Widgets 1.0',
  body: 'Notes',
  draft: false,
  prerelease: false,
  html_url: 'https://github.com/acme/widgets/releases/tag/v1.0.0',
  author: user('bob'),
  created_at: '2024-02-05T10:00:00Z',
  published_at: '2024-02-05T11:00:00Z',
};

function batchOf(result: ReturnType<typeof normalizeWebhook>) {
  if ('ignored' in result) {
    throw new Error(`ignored: ${result.ignored}`);
  }
  expect(result.repo).toBe('acme/widgets');
  return result.batch;
}

describe('normalizeWebhook', () => {
  it('normalizes an issue exactly as the sync does', () => {
    const payload = { action: 'labeled', issue, repository, sender };
    const batch = batchOf(normalizeWebhook('issues', payload, { useCaseLabel: 'use case' }));
    expect(batch.items).toEqual([
      normalizeIssue(GithubIssue.parse(issue), { useCaseLabel: 'use case' }),
    ]);
    expect(batch.items[0]).toMatchObject({
      kind: 'USE_CASE',
      owner: 'bob',
      milestone: 'v1.0',
      updatedAt: new Date('2024-02-03T10:00:00Z'),
    });
  });

  it("looks up the repository's use-case label", () => {
    const payload = { action: 'opened', issue, repository };
    const lookup = (repo: string) => (repo === 'acme/widgets' ? 'use case' : undefined);
    expect(
      batchOf(normalizeWebhook('issues', payload, { useCaseLabel: lookup })).items[0]?.kind,
    ).toBe('USE_CASE');
    expect(batchOf(normalizeWebhook('issues', payload)).items[0]?.kind).toBe('BUG');
  });

  it.each(['deleted', 'transferred'])('removes an issue that was %s', (action) => {
    const batch = batchOf(normalizeWebhook('issues', { action, issue, repository }));
    expect(batch).toEqual({ items: [], deleted: ['issue:12'] });
  });

  it('puts a new comment on its issue', () => {
    const payload = { action: 'created', issue, comment, repository };
    const [item] = batchOf(normalizeWebhook('issue_comment', payload)).items;
    expect(item?.externalId).toBe('issue:12');
    expect(item?.comments).toEqual([
      {
        externalId: '501',
        author: { githubLogin: 'dave', name: undefined, url: 'https://github.com/dave' },
        body: 'Seen it too.',
        url: 'https://github.com/acme/widgets/issues/12#issuecomment-501',
        createdAt: new Date('2024-02-03T10:00:00Z'),
      },
    ]);
  });

  it('puts a comment on a pull request on that pull request', () => {
    const onPull = { ...issue, number: 13, pull_request: { merged_at: null } };
    const payload = { action: 'edited', issue: onPull, comment, repository };
    const [item] = batchOf(normalizeWebhook('issue_comment', payload)).items;
    expect(item).toMatchObject({ externalId: 'pull:13', kind: 'CHANGE', status: 'OPEN' });
  });

  it('ignores a deleted comment', () => {
    const payload = { action: 'deleted', issue, comment, repository };
    expect(normalizeWebhook('issue_comment', payload)).toEqual({
      ignored: 'comment deletions are not tracked',
    });
  });

  it('normalizes a merged pull request exactly as the sync does', () => {
    const payload = { action: 'closed', number: 13, pull_request: pull, repository };
    const batch = batchOf(normalizeWebhook('pull_request', payload));
    expect(batch.items).toEqual([normalizePull(GithubPull.parse(pull))]);
    expect(batch.items[0]).toMatchObject({
      externalId: 'pull:13',
      status: 'DONE',
      credits: [{ role: 'patch', person: { githubLogin: 'carol' } }],
      data: { mergedAt: '2024-02-04T10:00:00.000Z' },
    });
  });

  it('credits the reviewer of a submitted review', () => {
    const review = { id: 9, user: user('erin'), state: 'approved', submitted_at: pull.updated_at };
    const payload = { action: 'submitted', review, pull_request: pull, repository };
    const [item] = batchOf(normalizeWebhook('pull_request_review', payload)).items;
    expect(item?.credits?.map((credit) => `${credit.role}:${credit.person.githubLogin}`)).toEqual([
      'patch:carol',
      'review:erin',
    ]);
  });

  it('reads a milestone and keeps one that was deleted', () => {
    const milestone = {
      number: 4,
      title: 'v2.0',
      description: 'Big one',
      due_on: '2024-06-01T07:00:00Z',
      state: 'open',
    };
    const batch = batchOf(
      normalizeWebhook('milestone', { action: 'created', milestone, repository }),
    );
    expect(batch).toEqual({
      items: [],
      milestones: [
        {
          externalId: '4',
          title: 'v2.0',
          description: 'Big one',
          dueOn: '2024-06-01',
          state: 'open',
        },
      ],
    });
    expect(
      normalizeWebhook('milestone', { action: 'deleted', milestone, repository }),
    ).toHaveProperty('ignored');
  });

  it('reads a published release, ignores a draft and removes a deleted one', () => {
    const published = batchOf(
      normalizeWebhook('release', { action: 'published', release, repository }),
    );
    expect(published.items[0]).toMatchObject({
      externalId: 'release:88',
      data: { type: 'release' },
    });
    const draft = { ...release, draft: true, published_at: null };
    expect(
      normalizeWebhook('release', { action: 'created', release: draft, repository }),
    ).toHaveProperty('ignored');
    expect(
      batchOf(normalizeWebhook('release', { action: 'deleted', release, repository })),
    ).toEqual({
      items: [],
      deleted: ['release:88'],
    });
  });

  it.each([
    ['label', { action: 'created', label: { name: 'area: web' }, repository }],
    ['push', { ref: 'refs/heads/main', before: '0', after: '1', commits: [], repository }],
    ['ping', { zen: 'Keep it logically awesome.', hook_id: 1 }],
  ])('ignores a %s event, saying why', (event, payload) => {
    const result = normalizeWebhook(event, payload);
    expect(result).toHaveProperty('ignored');
    expect(result).not.toHaveProperty('batch');
  });

  it('refuses an event it does not read, listing those it does', () => {
    const error = catchError(() => normalizeWebhook('star', { action: 'created', repository }));
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect(error).toMatchObject({ code: 'unsupported-event' });
    expect(error.message).toContain('GitHub "star" events are not read');
    expect(error.message).toContain('issues, issue_comment, pull_request');
  });

  it.each([
    ['issues', { action: 'opened', issue: { ...issue, number: '12' }, repository }, 'issue.number'],
    ['issues', { action: 'opened', issue, repository: {} }, 'repository.full_name'],
    [
      'issues',
      { action: 'opened', issue: { ...issue, updated_at: 'yesterday' } },
      'issue.updated_at',
    ],
    ['pull_request', { action: 'opened', repository }, 'pull_request'],
    ['release', 'not an object', '(whole)'],
  ])('names what is wrong in a malformed %s payload', (event, payload, where) => {
    const error = catchError(() => normalizeWebhook(event, payload));
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect(error).toMatchObject({ code: 'malformed-payload' });
    expect(error.message).toContain(`GitHub "${event}" webhook payload is malformed: ${where}`);
  });
});

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) {
      return error;
    }
  }
  throw new Error('expected an error');
}
