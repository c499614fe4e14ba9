const FIRST_RETRY = 60;
const LONGEST_WAIT = 24 * 3600;

/**
 * When to try a failing source again: what it asked for (Retry-After), else a backoff that
 * doubles with each failure in a row, from a minute (or the source's interval, when waiting
 * cannot help) up to a day.
 */
export function retryDelaySeconds(
  failure: { retryable: boolean; retryAfterSeconds?: number | undefined },
  failures: number,
  intervalSeconds: number,
): number {
  if (failure.retryAfterSeconds !== undefined) {
    return Math.min(failure.retryAfterSeconds, LONGEST_WAIT);
  }
  const base = failure.retryable ? FIRST_RETRY : Math.max(intervalSeconds, FIRST_RETRY);
  return Math.min(base * 2 ** Math.min(failures, 16), LONGEST_WAIT);
}
