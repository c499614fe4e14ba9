import { SourceError } from '../types';
import { SecondaryRateLimitError } from './client';

// Every failure of a sync leaves the connector as a SourceError a maintainer can act on: what
// went wrong, in GitHub's words where they help, and whether waiting will fix it.

export interface ErrorContext {
  repo: string;
  apiUrl: string;
  /** Without a token GitHub allows 60 requests an hour; saying so is the useful hint. */
  hasToken: boolean;
  now: () => Date;
}

interface HttpFailure {
  status: number;
  /** What GitHub said (its `message`), else what the client said. */
  message: string;
  /** The throttling plugin took it for GitHub's secondary rate limit. */
  secondaryLimit: boolean;
  headers: Record<string, string | number | undefined>;
  /** False when no answer came back at all (Octokit then reports a 500). */
  answered: boolean;
  error: Error;
}

function readHttpFailure(thrown: unknown): HttpFailure | undefined {
  const secondaryLimit = thrown instanceof SecondaryRateLimitError;
  const error = secondaryLimit ? thrown.cause : thrown;
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
    return undefined;
  }
  const response = 'response' in error ? error.response : undefined;
  const answered = typeof response === 'object' && response !== null && 'headers' in response;
  const headers = answered ? (response.headers as HttpFailure['headers']) : {};
  const data = answered && 'data' in response ? response.data : undefined;
  return {
    status: error.status,
    message: githubMessage(data) ?? error.message,
    secondaryLimit,
    headers,
    answered,
    error,
  };
}

/** GitHub's own words in an error answer: its JSON `message`, or a short text body. */
function githubMessage(data: unknown): string | undefined {
  if (typeof data === 'string' && data.trim() !== '') {
    return data.trim();
  }
  if (typeof data === 'object' && data !== null && 'message' in data) {
    return String(data.message);
  }
  return undefined;
}

function headerNumber(headers: HttpFailure['headers'], name: string): number | undefined {
  const value = Number(headers[name]);
  return headers[name] !== undefined && Number.isFinite(value) ? value : undefined;
}

function rateLimitError(failure: HttpFailure, context: ErrorContext): SourceError | undefined {
  const { status, headers } = failure;
  if (status !== 403 && status !== 429) {
    return undefined;
  }
  const reset = headerNumber(headers, 'x-ratelimit-reset');
  if (headers['x-ratelimit-remaining'] === '0' || headers['x-ratelimit-remaining'] === 0) {
    const nowSeconds = Math.floor(context.now().getTime() / 1000);
    const wait = reset === undefined ? 60 : Math.max(1, reset - nowSeconds + 1);
    const at = reset === undefined ? 'soon' : `at ${new Date(reset * 1000).toISOString()}`;
    const hint = context.hasToken ? '' : ' Setting GITHUB_TOKEN raises the limit.';
    return new SourceError(
      `GitHub API rate limit exhausted while syncing ${context.repo}; it resets ${at}.${hint}`,
      { retryable: true, retryAfterSeconds: wait, cause: failure.error },
    );
  }
  const retryAfter = headerNumber(headers, 'retry-after');
  if (retryAfter !== undefined || failure.secondaryLimit || status === 429) {
    const wait = Math.max(1, retryAfter ?? 60);
    return new SourceError(
      `GitHub's secondary rate limit stopped the sync of ${context.repo}; try again in ${wait} s`,
      { retryable: true, retryAfterSeconds: wait, cause: failure.error },
    );
  }
  return undefined;
}

function httpError(failure: HttpFailure, context: ErrorContext): SourceError {
  const { status } = failure;
  const limited = rateLimitError(failure, context);
  if (limited) {
    return limited;
  }
  const cause = failure.error;
  if (status === 401) {
    return new SourceError(`GitHub rejected the token (GITHUB_TOKEN): ${failure.message}`, {
      retryable: false,
      cause,
    });
  }
  if (status === 404) {
    return new SourceError(
      `repository ${context.repo} not found (or the token cannot see it) at ${context.apiUrl}`,
      { retryable: false, cause },
    );
  }
  if (status === 403) {
    return new SourceError(
      `GitHub refused access to ${context.repo} (${failure.message}); check the token's ` +
        'scopes and its SSO authorization for the organization',
      { retryable: false, cause },
    );
  }
  if (status === 410) {
    return new SourceError(`GitHub says the issues of ${context.repo} are disabled or gone`, {
      retryable: false,
      cause,
    });
  }
  if (status >= 500) {
    const what = !failure.answered
      ? `could not reach GitHub at ${context.apiUrl} (${failure.message})`
      : `GitHub answered ${status} (${failure.message})`;
    return new SourceError(`${what} while syncing ${context.repo}; it is worth retrying later`, {
      retryable: true,
      retryAfterSeconds: 60,
      cause,
    });
  }
  return new SourceError(
    `GitHub rejected a request of the ${context.repo} sync (${status}: ${failure.message})`,
    { retryable: false, cause },
  );
}

/** Turns what a sync threw into a SourceError; aborts and our own bugs pass through unchanged. */
export function toSourceError(error: unknown, context: ErrorContext): unknown {
  if (error instanceof SourceError) {
    return error;
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return error;
  }
  const failure = readHttpFailure(error);
  return failure ? httpError(failure, context) : error;
}
