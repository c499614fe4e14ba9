import { describe, expect, it } from 'vitest';
import { networkError, parseRetryAfter } from './http-errors';
import { RefusedAddressError } from './ssrf';

/** fetch's way of failing: a TypeError whose cause says what happened. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

function coded(code: string, message = `failed with ${code}`): Error {
  return Object.assign(new Error(message), { code });
}

describe('networkError', () => {
  it.each([
    ['ECONNREFUSED', 'the connection was refused', true],
    ['ENOTFOUND', 'its host name does not resolve', false],
    ['UND_ERR_SOCKET', 'the server closed the connection', true],
  ])('says %s in words', (code, words, retryable) => {
    const error = networkError('https://feeds.example/a', fetchFailed(coded(code)));
    expect(error.message).toBe(`could not fetch https://feeds.example/a: ${words}`);
    expect(error.retryable).toBe(retryable);
  });

  it.each([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
  ])('calls %s a TLS failure only the server can fix', (code) => {
    const error = networkError('https://feeds.example/a', fetchFailed(coded(code, 'the reason')));
    expect(error.message).toBe('could not fetch https://feeds.example/a: TLS failed (the reason)');
    expect(error.retryable).toBe(false);
  });

  it('finds the first address tried in a happy-eyeballs failure', () => {
    const both = new AggregateError([coded('ECONNREFUSED'), coded('ENETUNREACH')]);
    expect(networkError('https://f.example/', fetchFailed(both)).message).toBe(
      'could not fetch https://f.example/: the connection was refused',
    );
  });

  it('keeps the words of an address refusal', () => {
    const refusal = new RefusedAddressError('10.0.0.5', '10.0.0.5', 'private');
    const error = networkError('https://f.example/', fetchFailed(refusal));
    expect([error.message, error.retryable]).toEqual([refusal.message, false]);
  });

  it('passes on anything else as retryable, in its own words', () => {
    const error = networkError('https://f.example/', fetchFailed(new Error('something odd')));
    expect([error.message, error.retryable]).toEqual([
      'could not fetch https://f.example/: something odd',
      true,
    ]);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2024-01-01T00:00:00Z');
  it.each([
    ['120', 120],
    ['Mon, 01 Jan 2024 00:01:00 GMT', 60],
    ['Sun, 31 Dec 2023 23:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('reads %j as %j seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});
