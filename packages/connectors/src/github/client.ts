import { Octokit } from 'octokit';

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

/** Octokit with its throttling and retry plugins, tuned so a sync never sleeps for long. */
export function createGithubClient(options: GithubClientOptions): Octokit {
  const maxWait = options.maxRetryWaitSeconds ?? 60;
  const waitUnitMs = options.waitUnitMs ?? 1000;
  // The plugin's handlers decide whether to wait and retry; answering false lets the error out.
  const retryOnceIfShort = (
    retryAfter: number,
    _options: unknown,
    _octokit: unknown,
    count: number,
  ) => count === 0 && retryAfter <= maxWait;
  return new Octokit({
    baseUrl: parseApiUrl(options.apiUrl),
    auth: options.token || undefined,
    userAgent: options.userAgent ?? 'moduleboard',
    log: silentLog,
    request: options.fetch ? { fetch: options.fetch } : {},
    throttle: {
      onRateLimit: retryOnceIfShort,
      onSecondaryRateLimit: retryOnceIfShort,
      retryAfterBaseValue: waitUnitMs,
    },
    retry: {
      retries: options.retries ?? 2,
      retryAfterBaseValue: waitUnitMs,
      // 429 is the throttling plugin's to handle; 501 will not get better by asking again.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451, 501],
    },
  });
}
