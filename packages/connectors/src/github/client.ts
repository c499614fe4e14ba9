import { Octokit } from 'octokit';
import { SourceError } from '../types';

export interface GithubClientOptions {
  /** REST API root: https://api.github.com, GitHub Enterprise's /api/v3, or a fixture server. */
  apiUrl: string;
  token?: string | undefined;
  fetch?: typeof fetch | undefined;
  userAgent?: string | undefined;
  /**
   * The longest rate-limit wait sat out inside a sync, once. A longer one ends the sync with a
   * retryable SourceError so the scheduler, not a held worker, does the waiting. Default 60.
   */
  maxRetryWaitSeconds?: number | undefined;
  /** Retries of a 5xx answer or a failed connection, after 1, 4, 9… waits. Default 2. */
  retries?: number | undefined;
  /** Milliseconds per second of every wait above; tests shrink it. Default 1000. */
  waitUnitMs?: number | undefined;
}

const silentLog = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};

/** github.com's REST API; GITHUB_API_URL replaces it for GitHub Enterprise or a fixture server. */
export const githubApiUrl = 'https://api.github.com';

function parseApiUrl(apiUrl: string): string {
  const url = URL.canParse(apiUrl) ? new URL(apiUrl) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(`GitHub API URL must be an http(s) URL, got "${apiUrl}"`);
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * GitHub's secondary rate limit stopped a request, as the throttling plugin recognised it; the
 * answer GitHub gave is the cause.
 */
export class SecondaryRateLimitError extends Error {
  constructor(cause: unknown) {
    super("GitHub's secondary rate limit stopped a request", { cause });
    this.name = 'SecondaryRateLimitError';
  }
}

/**
 * Octokit with its throttling and retry plugins, tuned so a sync never sleeps for long. A
 * request that would leave the API's origin (a crafted `next` link) is refused: it would carry
 * the token to another host.
 */
export function createGithubClient(options: GithubClientOptions): Octokit {
  const maxWait = options.maxRetryWaitSeconds ?? 60;
  const waitUnitMs = options.waitUnitMs ?? 1000;
  const baseUrl = parseApiUrl(options.apiUrl);
  // Requests the throttling plugin found stopped by a secondary limit, by their options object.
  const secondaryLimited = new WeakSet<object>();
  // The plugin's handlers decide whether to wait and retry; answering false lets the error out.
  const retryOnceIfShort = (retryAfter: number, count: number) =>
    count === 0 && retryAfter <= maxWait;
  const octokit = new Octokit({
    baseUrl,
    auth: options.token || undefined,
    userAgent: options.userAgent ?? 'moduleboard',
    log: silentLog,
    request: options.fetch ? { fetch: options.fetch } : {},
    throttle: {
      onRateLimit: (retryAfter: number, _request: object, _octokit: unknown, count: number) =>
        retryOnceIfShort(retryAfter, count),
      onSecondaryRateLimit: (
        retryAfter: number,
        requestOptions: object,
        _octokit: unknown,
        count: number,
      ) => {
        secondaryLimited.add(requestOptions);
        return retryOnceIfShort(retryAfter, count);
      },
      retryAfterBaseValue: waitUnitMs,
    },
    retry: {
      retries: options.retries ?? 2,
      retryAfterBaseValue: waitUnitMs,
      // 429 is the throttling plugin's to handle; 501 will not get better by asking again.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451, 501],
    },
  });
  octokit.hook.before('request', (request) => {
    refuseOtherOrigin(request.url, baseUrl);
  });
  octokit.hook.error('request', (error, request) => {
    const status = 'status' in error ? error.status : undefined;
    if (secondaryLimited.has(request) && (status === 403 || status === 429)) {
      throw new SecondaryRateLimitError(error);
    }
    throw error;
  });
  return octokit;
}

function refuseOtherOrigin(url: string, baseUrl: string): void {
  const { origin } = new URL(baseUrl);
  if (new URL(url, baseUrl).origin !== origin) {
    throw new SourceError(`a link in GitHub's answer leaves ${origin}: ${url}`, {
      retryable: false,
    });
  }
}
