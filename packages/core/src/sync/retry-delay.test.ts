import { describe, expect, it } from 'vitest';
import { retryDelaySeconds } from './retry-delay';

describe('retryDelaySeconds', () => {
  it.each([
    [{ retryable: true }, 0, 900, 60],
    [{ retryable: true }, 3, 900, 480],
    [{ retryable: true }, 30, 900, 86_400],
    [{ retryable: false }, 0, 900, 900],
    [{ retryable: false }, 2, 900, 3600],
    [{ retryable: true, retryAfterSeconds: 1234 }, 5, 900, 1234],
    [{ retryable: true, retryAfterSeconds: 10 ** 9 }, 0, 900, 86_400],
  ])(
    'waits for %j after %i failures (interval %i s): %i s',
    (failure, failures, interval, wait) => {
      expect(retryDelaySeconds(failure, failures, interval)).toBe(wait);
    },
  );
});
