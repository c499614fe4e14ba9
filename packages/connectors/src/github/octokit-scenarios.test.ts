import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createGithubClient } from './client';
import { createGithubConnector } from './connector';
import type { RecordedExchange } from './demo/exchange';
import { type ReplayServer, startReplayServer } from './demo/replay-server';
import { collect, itemsOf } from './fixtures/collect';
import { normalizeIssue } from './normalize-issue';
import { normalizeRelease } from './normalize-release';
import { GithubIssue, GithubLabel, GithubRelease } from './objects';
import { loadOctokitScenario } from './testing/octokit-scenario';
import { recordExchange } from './testing/record-exchange';
import { replayFetch } from './testing/replay-fetch';

// Real recordings of api.github.com from @octokit/fixtures, replayed through Octokit 5's fetch
// (on loopback and without a socket). What those scenarios do not record, a sync also reads; it
// is added in the same form, empty.

const repo = 'octokit-fixture-org/paginate-issues';
const base = `/repos/${repo}`;

function paginateIssuesScenario(): RecordedExchange[] {
  const recorded = loadOctokitScenario('paginate-issues');
  const comments = Array.from({ length: 13 }, (_, index) =>
    recordExchange({ path: `${base}/issues/${index + 1}/comments?per_page=3`, response: [] }),
  );
  return [
    recordExchange({ path: `${base}/milestones?per_page=3`, response: [] }),
    ...recorded,
    ...comments,
    recordExchange({ path: `${base}/releases?per_page=3`, response: [] }),
  ];
}

const servers: ReplayServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('the paginate-issues scenario', () => {
  const expected = Array.from({ length: 13 }, (_, index) => `issue:${13 - index}`).sort();

  it('syncs over loopback, following the recorded Link headers', async () => {
    // The recording asked for `?per_page=3` only; the sync adds state, sort and since.
    const server = await startReplayServer({
      exchanges: paginateIssuesScenario(),
      query: 'recorded',
    });
    servers.push(server);
    const connector = createGithubConnector({ apiUrl: server.url, perPage: 3, waitUnitMs: 1 });
    const items = itemsOf(await collect(connector.sync({ config: { repo }, cursor: null })));

    expect(server.unmatched()).toEqual([]);
    expect(items.map((item) => item.externalId).sort()).toEqual(expected);
    expect(items.every((item) => item.kind === 'BUG' && item.status === 'OPEN')).toBe(true);
    expect(items.find((item) => item.externalId === 'issue:13')).toMatchObject({
      title: 'Test issue 13',
      author: { githubLogin: 'octokit-fixture-user-a' },
      url: 'https://github.com/octokit-fixture-org/paginate-issues/issues/13',
      body: '',
    });
    // Every issue shares one `updated_at`, so after the first page only the links make progress.
    expect(server.requests().filter((line) => line.includes('/repositories/1000/issues'))).toEqual(
      [2, 3, 4, 5].map((page) => `GET /repositories/1000/issues?per_page=3&page=${page}`),
    );
  });

  it('syncs through a replaying fetch, without a socket', async () => {
    const fetch = replayFetch(paginateIssuesScenario(), { query: 'recorded' });
    const connector = createGithubConnector({
      apiUrl: 'https://api.github.com',
      fetch,
      perPage: 3,
      waitUnitMs: 1,
    });
    const items = itemsOf(await collect(connector.sync({ config: { repo }, cursor: null })));
    expect(fetch.unmatched()).toEqual([]);
    expect(items.map((item) => item.externalId).sort()).toEqual(expected);
  });
});

describe('recorded GitHub objects', () => {
  function recordedAnswer(scenario: string, index = 0): unknown {
    return loadOctokitScenario(scenario)[index]?.response;
  }

  it('read as issues, search results included', () => {
    const answer = z.object({ items: z.array(GithubIssue) }).parse(recordedAnswer('search-issues'));
    const items = answer.items.map((issue) => normalizeIssue(issue));
    expect(items.map((item) => item.title)).toContain('Sesame seeds split without a pop!');
    expect(items.every((item) => item.updatedAt.toISOString() === '2017-10-10T16:00:00.000Z')).toBe(
      true,
    );
  });

  it('read as a release', () => {
    const release = GithubRelease.parse(recordedAnswer('release-assets'));
    expect(normalizeRelease(release)).toMatchObject({
      externalId: 'release:1000',
      title: 'Version 1.0.0',
      body: 'Initial release',
      data: { type: 'release', tag: 'v1.0.0', publishedAt: '2017-10-10T16:00:00.000Z' },
    });
  });

  it('read as labels', () => {
    const labels = z.array(GithubLabel).parse(recordedAnswer('labels'));
    expect(labels.map((label) => label.name)).toContain('bug');
  });

  it('answer through an Octokit client made for the connector', async () => {
    const octokit = createGithubClient({
      apiUrl: 'https://api.github.com',
      fetch: replayFetch(loadOctokitScenario('get-repository')),
    });
    const { data } = await octokit.request('GET /repos/{owner}/{repo}', {
      owner: 'octokit-fixture-org',
      repo: 'hello-world',
    });
    expect(data.full_name).toBe('octokit-fixture-org/hello-world');
  });
});
