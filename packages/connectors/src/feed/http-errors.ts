import { STATUS_CODES } from 'node:http';
import { SourceError } from '../types';
import { RefusedAddressError } from './ssrf';

/** The error for a final answer that is neither a feed nor a redirect nor 304. */
export function statusError(
  url: string,
  status: number,
  headers: { get(name: string): string | null },
  now: Date,
): SourceError {
  const reason = STATUS_CODES[status] ?? 'an unknown status';
  // 408 and 429 say "later"; any 5xx may be a deploy or an overload that passes.
  const retryable = status === 408 || status === 429 || status >= 500;
  const retryAfterSeconds = retryable
    ? parseRetryAfter(headers.get('retry-after'), now)
    : undefined;
  const wait = retryAfterSeconds === undefined ? '' : ` (retry after ${retryAfterSeconds} s)`;
  return new SourceError(`${url} answered ${status} ${reason}${wait}`, {
    retryable,
    retryAfterSeconds,
  });
}

/** Retry-After as seconds from `now`: either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    return Number(text);
  }
  const at = Date.parse(text);
  if (Number.isNaN(at)) {
    return undefined;
  }
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

const NETWORK_WORDS: Record<string, { words: string; retryable: boolean }> = {
  ENOTFOUND: { words: 'its host name does not resolve', retryable: false },
  EAI_AGAIN: { words: 'DNS did not answer', retryable: true },
  ECONNREFUSED: { words: 'the connection was refused', retryable: true },
  ECONNRESET: { words: 'the connection was reset', retryable: true },
  EPIPE: { words: 'the connection was reset', retryable: true },
  ETIMEDOUT: { words: 'the connection timed out', retryable: true },
  EHOSTUNREACH: { words: 'the host is unreachable', retryable: true },
  ENETUNREACH: { words: 'the network is unreachable', retryable: true },
  UND_ERR_SOCKET: { words: 'the server closed the connection', retryable: true },
  UND_ERR_CONNECT_TIMEOUT: { words: 'the connection timed out', retryable: true },
  UND_ERR_HEADERS_TIMEOUT: { words: 'the server sent no headers in time', retryable: true },
  UND_ERR_BODY_TIMEOUT: { words: 'the server stalled while sending', retryable: true },
};

/**
 * Words for a failure below HTTP (fetch's "fetch failed" hides the reason in `cause`), told
 * apart by the error's class and code. Address refusals keep their own words; certificate
 * problems are not retryable because only the server's owner can fix them.
 */
export function networkError(url: string, error: unknown): SourceError {
  const cause = rootCause(error);
  if (cause instanceof RefusedAddressError) {
    return new SourceError(cause.message, { retryable: false, cause });
  }
  const code = errorCode(cause);
  const known = code === undefined ? undefined : NETWORK_WORDS[code];
  if (known) {
    return new SourceError(`could not fetch ${url}: ${known.words}`, {
      retryable: known.retryable,
      cause,
    });
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  if (code !== undefined && isTlsFailure(code)) {
    return new SourceError(`could not fetch ${url}: TLS failed (${message})`, {
      retryable: false,
      cause,
    });
  }
  return new SourceError(`could not fetch ${url}: ${message}`, { retryable: true, cause });
}

function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof RefusedAddressError || !(current instanceof Error)) {
      return current;
    }
    if (errorCode(current) !== undefined) {
      return current;
    }
    // Happy eyeballs fails with an AggregateError of one error per address tried.
    const next = current instanceof AggregateError ? current.errors[0] : current.cause;
    if (next === undefined) {
      return current;
    }
    current = next;
  }
  return current;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Node's TLS errors (`ERR_TLS_…`), OpenSSL's (`ERR_SSL_…`), and the X.509 verification codes
 * OpenSSL reports for a certificate (`CERT_HAS_EXPIRED`, `DEPTH_ZERO_SELF_SIGNED_CERT`,
 * `UNABLE_TO_VERIFY_LEAF_SIGNATURE`…).
 */
function isTlsFailure(code: string): boolean {
  return /^(ERR_TLS_|ERR_SSL_)|CERT|^UNABLE_TO_/.test(code);
}
