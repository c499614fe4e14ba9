import { type Agent, fetch, type Response } from 'undici';
import { SourceError } from '../types';
import { decodeFeedText } from './decode-text';
import { createGuardedAgent, type GuardedAgentOptions } from './guarded-agent';
import { networkError, statusError } from './http-errors';
import { DEFAULT_MAX_BYTES, formatBytes, readCapped, TooLargeError } from './read-capped';
import { RefusedAddressError } from './ssrf';

/** What a server said about the last copy we read, for a conditional GET next time. */
export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export interface FetchFeedOptions extends GuardedAgentOptions {
  /** Cap on the decoded body; default 5 MiB. */
  maxBytes?: number | undefined;
  /** Cap on the whole exchange, redirects and body included; default 15 s. */
  timeoutMs?: number | undefined;
  /** Default 5. */
  maxRedirects?: number | undefined;
  userAgent?: string | undefined;
  /** Aborting it stops the fetch and rethrows the signal's reason, not a SourceError. */
  signal?: AbortSignal | undefined;
  /** The clock that dates Retry-After answers. */
  now?: (() => Date) | undefined;
}

export type FetchFeedResult =
  | { status: 'not-modified'; url: string }
  | {
      status: 'fetched';
      /** Where the feed was found after redirects: the base for its relative links. */
      url: string;
      text: string;
      etag?: string | undefined;
      lastModified?: string | undefined;
    };

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'Moduleboard feed reader';

const ACCEPT = [
  'application/atom+xml',
  'application/rss+xml',
  'application/rdf+xml;q=0.9',
  'application/xml;q=0.8',
  'text/xml;q=0.8',
  '*/*;q=0.1',
].join(', ');

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a feed over HTTP(S) without trusting it: every connection, redirects included, is
 * checked against the address policy; redirects are followed by hand (at most `maxRedirects`,
 * loops detected); the decoded body is capped as it streams; one deadline covers the whole
 * exchange; and the agent is destroyed at the end so no socket stays open. Sends the given
 * validators as a conditional GET; a 304 comes back as `not-modified`. Every failure of the
 * source is a SourceError.
 */
export async function fetchFeed(
  url: string,
  conditional: Validators | null,
  options: FetchFeedOptions = {},
): Promise<FetchFeedResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const exchange = openExchange(options, timeoutMs);
  const state = { current: parseFeedUrl(url, url) };
  try {
    options.signal?.throwIfAborted();
    const response = await followRedirects({
      url,
      state,
      exchange,
      headers: requestHeaders(conditional, options.userAgent ?? DEFAULT_USER_AGENT),
      maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    });
    return await readAnswer(response, state.current.href, options);
  } catch (error) {
    throw describeFailure(error, {
      url,
      current: state.current.href,
      timedOut: exchange.timedOut(),
      timeoutMs,
      options,
    });
  } finally {
    await exchange.close();
  }
}

interface Exchange {
  agent: Agent;
  signal: AbortSignal;
  timedOut(): boolean;
  close(): Promise<void>;
}

/** The agent, deadline and abort wiring of one fetch, released together by `close`. */
function openExchange(options: FetchFeedOptions, timeoutMs: number): Exchange {
  const agent = createGuardedAgent({
    allowPrivateNetwork: options.allowPrivateNetwork,
    allowedAddresses: options.allowedAddresses,
    resolveHost: options.resolveHost,
    connectTimeoutMs: timeoutMs,
  });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  return {
    agent,
    signal: controller.signal,
    timedOut: () => timedOut,
    close: async () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      // destroy, not close: a body we stopped reading must not keep its socket alive.
      await agent.destroy().catch(() => undefined);
    },
  };
}

/** GETs the feed, following redirects by hand; `state.current` is where it stands. */
async function followRedirects(input: {
  url: string;
  state: { current: URL };
  exchange: Exchange;
  headers: Record<string, string>;
  maxRedirects: number;
}): Promise<Response> {
  const { url, state } = input;
  const visited = new Set([state.current.href]);
  for (;;) {
    const response = await fetch(state.current, {
      dispatcher: input.exchange.agent,
      redirect: 'manual',
      signal: input.exchange.signal,
      headers: input.headers,
    });
    if (!REDIRECTS.has(response.status)) {
      return response;
    }
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) {
      throw new SourceError(
        `${state.current.href} answered ${response.status} without a Location`,
        {
          retryable: false,
        },
      );
    }
    const next = parseFeedUrl(location, url, state.current);
    if (visited.has(next.href)) {
      throw new SourceError(`${url} redirects in a loop (back to ${next.href})`, {
        retryable: false,
      });
    }
    if (visited.size > input.maxRedirects) {
      throw new SourceError(`${url}: too many redirects (more than ${input.maxRedirects})`, {
        retryable: false,
      });
    }
    visited.add(next.href);
    state.current = next;
  }
}

/** The final answer: not modified, a failure, or the feed's text, read under the size cap. */
async function readAnswer(
  response: Response,
  url: string,
  options: FetchFeedOptions,
): Promise<FetchFeedResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { status } = response;
  if (status === 304) {
    await response.body?.cancel();
    return { status: 'not-modified', url };
  }
  if (status < 200 || status > 299) {
    await response.body?.cancel();
    throw statusError(url, status, response.headers, (options.now ?? (() => new Date()))());
  }
  // Content-Length counts encoded bytes; only without an encoding is it the decoded size.
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (!response.headers.has('content-encoding') && declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLargeError(maxBytes);
  }
  const body = response.body ? await readCapped(response.body, maxBytes) : Buffer.alloc(0);
  return {
    status: 'fetched',
    url,
    text: decodeFeedText(body, response.headers.get('content-type') ?? undefined),
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
  };
}

function describeFailure(
  error: unknown,
  context: {
    url: string;
    current: string;
    timedOut: boolean;
    timeoutMs: number;
    options: FetchFeedOptions;
  },
): unknown {
  const { url, current, options } = context;
  if (context.timedOut) {
    return new SourceError(`${url} took longer than ${formatDuration(context.timeoutMs)}`, {
      retryable: true,
      cause: error,
    });
  }
  if (options.signal?.aborted) {
    return options.signal.reason;
  }
  if (error instanceof SourceError) {
    return error;
  }
  if (error instanceof TooLargeError) {
    return new SourceError(`${current} is larger than ${formatBytes(error.maxBytes)}`, {
      retryable: false,
    });
  }
  const failure = networkError(current, error);
  if (current !== url && failure.cause instanceof RefusedAddressError) {
    return new SourceError(`${failure.message} (${url} redirected to ${current})`, {
      retryable: false,
      cause: failure.cause,
    });
  }
  return failure;
}

function requestHeaders(conditional: Validators | null, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (conditional?.etag) {
    headers['if-none-match'] = conditional.etag;
  }
  if (conditional?.lastModified) {
    headers['if-modified-since'] = conditional.lastModified;
  }
  return headers;
}

/** Parses a feed or redirect URL; only http and https are fetched. */
function parseFeedUrl(raw: string, original: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw, base);
  } catch {
    throw new SourceError(
      base ? `${original} redirects to an invalid URL: ${raw}` : `not a valid URL: ${raw}`,
      { retryable: false },
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    const where = base ? `${original} redirects to ${parsed.href}` : parsed.href;
    throw new SourceError(`refused: ${where} (only http and https are fetched)`, {
      retryable: false,
    });
  }
  // Fragments never reach the server; dropping them keeps loop detection honest.
  parsed.hash = '';
  return parsed;
}

function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
