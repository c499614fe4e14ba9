import { describe, expect, it } from 'vitest';
import { SourceError } from '../types';
import { createGithubClient } from './client';
import { createGithubConnector } from './connector';
import type { RecordedExchange } from './demo/exchange';
import { toSourceError } from './errors';
import { collect, itemsOf } from './fixtures/collect';
import { loadOctokitScenario } from './testing/octokit-scenario';
import { recordExchange } from './testing/record-exchange';
import { type ReplayFetch, replayFetch as replayAt } from './testing/replay-fetch';

const apiUrl = 'https://ghe.example/api/v3';
const milestones = '/repos/acme/widgets/milestones?state=all&per_page=100';
const now = () => new Date();
const nowSeconds = () => Math.floor(Date.now() / 1000);

// Served as GitHub Enterprise serves its API, under /api/v3.
const replayFetch = (exchanges: RecordedExchange[]) => replayAt(exchanges, { basePath: '/api/v3' });

function answer(status: number, response: unknown, headers: Record<string, string> = {}) {
  return recordExchange({ path: milestones, status, response, headers });
}

/** Every other list of the sync, empty, so that a sync that recovers can finish. */
const emptyRest: RecordedExchange[] = [
  recordExchange({
    path: '/repos/acme/widgets/issues?state=all&sort=updated&direction=asc&per_page=100',
    response: [],
  }),
  recordExchange({ path: '/repos/acme/widgets/releases?per_page=100', response: [] }),
];

async function syncWith(fetch: ReplayFetch, options: { maxRetryWaitSeconds?: number } = {}) {
  const connector = createGithubConnector({ apiUrl, fetch, now, waitUnitMs: 1, ...options });
  return collect(connector.sync({ config: { repo: 'acme/widgets' }, cursor: null }));
}

async function failure(fetch: ReplayFetch): Promise<SourceError> {
  const error = await syncWith(fetch).catch((caught: unknown) => caught);
  if (!(error instanceof SourceError)) {
    throw new Error(`expected a SourceError, got ${String(error)}`);
  }
  return error;
}

describe('a sync that GitHub refuses', () => {
  it('names a repository that is missing or hidden', async () => {
    const error = await failure(replayFetch([answer(404, { message: 'Not Found' })]));
    expect(error.message).toMatch(
      /^repository acme\/widgets not found \(or the token cannot see it\)/,
    );
    expect(error.retryable).toBe(false);
  });

  it('names the token when GitHub rejects it', async () => {
    const fetch = replayFetch([answer(401, { message: 'Bad credentials' })]);
    const error = await failure(fetch);
    expect(error.message).toBe('GitHub rejected the token (GITHUB_TOKEN): Bad credentials');
    expect(error.retryable).toBe(false);
    expect(fetch.requests()).toHaveLength(1);
  });

  it('says when access is refused for another reason than a rate limit', async () => {
    const fetch = replayFetch([
      answer(403, { message: 'Resource not accessible by personal access token' }),
    ]);
    const error = await failure(fetch);
    expect(error.message).toContain('GitHub refused access to acme/widgets');
    expect(error.message).toContain('Resource not accessible by personal access token');
    expect(error.retryable).toBe(false);
    expect(fetch.requests()).toHaveLength(1);
  });

  it('says when the repository has its issues turned off', async () => {
    const fetch = replayFetch([
      answer(200, []),
      recordExchange({
        path: '/repos/acme/widgets/issues?state=all&sort=updated&direction=asc&per_page=100',
        status: 410,
        response: { message: 'Issues are disabled for this repo' },
      }),
    ]);
    const error = await failure(fetch);
    expect(error.message).toBe('GitHub says the issues of acme/widgets are disabled or gone');
  });

  it('refuses an answer it cannot read, naming the field', async () => {
    const error = await failure(replayFetch([answer(200, [{ number: 1, title: 'v1' }])]));
    expect(error.message).toBe(
      "GitHub's answer to GET /repos/acme/widgets/milestones cannot be read: 0.state: " +
        'Invalid option: expected one of "open"|"closed"',
    );
    expect(error.retryable).toBe(false);
  });
});

describe('a sync that meets a rate limit', () => {
  it('stops at an exhausted primary limit, saying when it resets', async () => {
    const reset = nowSeconds() + 3600;
    const fetch = replayFetch([
      answer(
        403,
        { message: 'API rate limit exceeded for user ID 1.' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
        },
      ),
    ]);
    const started = Date.now();
    const error = await failure(fetch);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(3599);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(3602);
    expect(error.message).toBe(
      'GitHub API rate limit exhausted while syncing acme/widgets; it resets at ' +
        `${new Date(reset * 1000).toISOString()}. Setting GITHUB_TOKEN raises the limit.`,
    );
    // The throttling plugin did not sit out the hour, nor retry.
    expect(fetch.requests()).toHaveLength(1);
  });

  it('treats a 429 with an exhausted budget the same way', async () => {
    const reset = nowSeconds() + 600;
    const error = await failure(
      replayFetch([
        answer(
          429,
          { message: 'Too many requests' },
          {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(reset),
          },
        ),
      ]),
    );
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(599);
  });

  it('stops at a long secondary limit with its retry-after', async () => {
    const fetch = replayFetch([
      answer(
        403,
        { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
        { 'retry-after': '900' },
      ),
    ]);
    const error = await failure(fetch);
    expect(error.message).toBe(
      "GitHub's secondary rate limit stopped the sync of acme/widgets; try again in 900 s",
    );
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBe(900);
    expect(fetch.requests()).toHaveLength(1);
  });

  it('recognises a secondary limit by its message alone', async () => {
    const error = await failure(
      replayFetch([answer(403, { message: 'You have exceeded a secondary rate limit.' })]),
    );
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBe(60);
  });

  it('waits out a short secondary limit once and goes on', async () => {
    const limited = answer(
      403,
      { message: 'You have exceeded a secondary rate limit.' },
      { 'retry-after': '2' },
    );
    const fetch = replayFetch([limited, answer(200, []), ...emptyRest]);
    const batches = await syncWith(fetch);
    expect(itemsOf(batches)).toEqual([]);
    expect(fetch.requests().filter((line) => line.includes('/milestones'))).toHaveLength(2);
  });

  it('does not wait a second time', async () => {
    const limited = answer(
      403,
      { message: 'You have exceeded a secondary rate limit.' },
      { 'retry-after': '2' },
    );
    const fetch = replayFetch([limited]);
    const error = await failure(fetch);
    expect(error.retryAfterSeconds).toBe(2);
    expect(fetch.requests()).toHaveLength(2);
  });
});

describe('a sync that meets an outage', () => {
  it('retries a server error, then calls it retryable', async () => {
    const fetch = replayFetch([answer(502, 'Bad Gateway', { 'content-type': 'text/plain' })]);
    const error = await failure(fetch);
    expect(error.message).toBe(
      'GitHub answered 502 (Bad Gateway) while syncing acme/widgets; it is worth retrying later',
    );
    expect(error.retryable).toBe(true);
    // The first try and two retries.
    expect(fetch.requests()).toHaveLength(3);
  });

  it('recovers when a retry succeeds', async () => {
    const fetch = replayFetch([answer(500, { message: 'oops' }), answer(200, []), ...emptyRest]);
    await expect(syncWith(fetch)).resolves.toHaveLength(3);
  });

  it('says so when GitHub cannot be reached at all', async () => {
    const unreachable = Object.assign(
      async (): Promise<Response> => {
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
      },
      { unmatched: () => [], pending: () => [], requests: () => [] },
    );
    const error = await failure(unreachable);
    expect(error.message).toBe(
      `could not reach GitHub at ${apiUrl} (connect ECONNREFUSED) while syncing acme/widgets; ` +
        'it is worth retrying later',
    );
    expect(error.retryable).toBe(true);
  });
});

describe('toSourceError on recorded @octokit/fixtures errors', () => {
  it('keeps GitHub validation errors as they are said, not retryable', async () => {
    const octokit = createGithubClient({
      apiUrl,
      fetch: replayFetch(loadOctokitScenario('errors')),
      waitUnitMs: 1,
    });
    const thrown = await octokit
      .request('POST /repos/{owner}/{repo}/labels', {
        owner: 'octokit-fixture-org',
        repo: 'errors',
        name: 'foo',
        color: 'invalid',
      })
      .catch((caught: unknown) => caught);
    const error = toSourceError(thrown, {
      repo: 'octokit-fixture-org/errors',
      apiUrl,
      hasToken: true,
      now,
    });
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(
      /^GitHub rejected a request of the octokit-fixture-org\/errors sync \(422: Validation Failed/,
    );
    expect((error as SourceError).retryable).toBe(false);
  });

  it('passes our own bugs through untouched', () => {
    const bug = new RangeError('oops');
    expect(toSourceError(bug, { repo: 'a/b', apiUrl, hasToken: false, now })).toBe(bug);
  });
});

describe('a connector given a wrong API address', () => {
  it('refuses it when made, before any sync', () => {
    expect(() => createGithubConnector({ apiUrl: 'api.github.com' })).toThrow(
      'GitHub API URL must be an http(s) URL, got "api.github.com"',
    );
  });
});
