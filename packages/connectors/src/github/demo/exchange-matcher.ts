import { type RecordedExchange, recordedApiUrl } from './exchange';

export interface ReplayRequest {
  method: string;
  url: URL;
  headers: Headers;
}

export interface ReplayAnswer {
  status: number;
  headers: [string, string][];
  /** Empty for answers that carry no body (204, 304). */
  body: string;
}

export interface ExchangeMatcherOptions {
  /**
   * `exact` (default): the query must hold the recorded parameters and no others, in any order.
   * `recorded`: the recorded parameters must be there; others are ignored (replaying a scenario
   * recorded with other parameters, or serving a demo to any client).
   */
  query?: 'exact' | 'recorded' | undefined;
  /**
   * Where the API is mounted under the replay's origin, as GitHub Enterprise mounts it under
   * `/api/v3`: stripped from requests before matching, added to the address put in answers.
   */
  basePath?: string | undefined;
}

export interface ExchangeMatcher {
  answer(request: ReplayRequest): ReplayAnswer;
  /** Requests no exchange matched, as `METHOD /path?query`. */
  unmatched(): string[];
  /** Exchanges never used, as `METHOD /path?query`. */
  pending(): string[];
  /** Every request answered so far, as `METHOD /path?query`, in order. */
  requests(): string[];
}

const conditionalHeaders = ['if-none-match', 'if-modified-since'] as const;
// Recorded framing headers describe the recorded bytes, not the ones a replay sends.
const droppedHeaders = new Set(['content-length', 'connection', 'transfer-encoding', 'keep-alive']);

function headerText(value: string | number | string[] | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function lowerKeys(record: RecordedExchange['headers']): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(record ?? {}).map(([name, value]) => [name.toLowerCase(), headerText(value)]),
  );
}

function queryMatches(recorded: URLSearchParams, actual: URLSearchParams, mode: string): boolean {
  const want = [...recorded].map(([k, v]) => `${k}=${v}`).sort();
  const got = [...actual].map(([k, v]) => `${k}=${v}`).sort();
  if (mode === 'exact') {
    return want.length === got.length && want.every((pair, index) => pair === got[index]);
  }
  return want.every((pair) => got.includes(pair));
}

/** How well a recorded exchange's conditional headers fit: undefined when they contradict. */
function conditionalFit(exchange: RecordedExchange, headers: Headers): number | undefined {
  const recorded = lowerKeys(exchange.reqheaders);
  let exact = 1;
  for (const name of conditionalHeaders) {
    const want = recorded[name];
    const got = headers.get(name) ?? undefined;
    if (want !== undefined && want !== got) {
      return undefined;
    }
    if (want !== got) {
      exact = 0;
    }
  }
  return exact;
}

function render(value: string, baseUrl: string): string {
  return value.replaceAll(recordedApiUrl, baseUrl);
}

function describeRecorded(exchange: RecordedExchange): string {
  return `${exchange.method.toUpperCase()} ${exchange.path}`;
}

/**
 * Answers requests from recorded exchanges. Each exchange answers once, in recorded order, when
 * several fit; after that the last one that fits answers again, so a recording can be replayed
 * by several syncs. An exchange recorded without conditional headers behaves as GitHub would:
 * a request whose If-None-Match or If-Modified-Since matches its ETag or Last-Modified gets 304.
 */
export function createExchangeMatcher(
  exchanges: readonly RecordedExchange[],
  options: ExchangeMatcherOptions = {},
): ExchangeMatcher {
  const mode = options.query ?? 'exact';
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const uses = exchanges.map(() => 0);
  const unmatched: string[] = [];
  const seen: string[] = [];

  const pick = (request: ReplayRequest): number | undefined => {
    // Better fits first: conditional headers recorded as sent, then the most specific query.
    const fits: { index: number; rank: number }[] = [];
    exchanges.forEach((exchange, index) => {
      const recorded = new URL(exchange.path, 'http://recorded.test');
      if (
        exchange.method.toUpperCase() !== request.method.toUpperCase() ||
        recorded.pathname !== request.url.pathname ||
        !queryMatches(recorded.searchParams, request.url.searchParams, mode)
      ) {
        return;
      }
      const exact = conditionalFit(exchange, request.headers);
      if (exact !== undefined) {
        fits.push({ index, rank: exact * 1000 + [...recorded.searchParams].length });
      }
    });
    const best = Math.max(...fits.map((fit) => fit.rank));
    const preferred = fits.filter((fit) => fit.rank === best);
    return (preferred.find((fit) => uses[fit.index] === 0) ?? preferred.at(-1))?.index;
  };

  return {
    answer(received) {
      const line = `${received.method.toUpperCase()} ${received.url.pathname}${received.url.search}`;
      seen.push(line);
      const request = stripBasePath(received, basePath);
      const index = request ? pick(request) : undefined;
      const exchange = index === undefined ? undefined : exchanges[index];
      if (!request || index === undefined || !exchange) {
        unmatched.push(line);
        const message = `No recorded exchange matches ${line}`;
        return {
          status: 501,
          headers: [['content-type', 'application/json; charset=utf-8']],
          body: JSON.stringify({ message }),
        };
      }
      uses[index] = (uses[index] ?? 0) + 1;
      return renderAnswer(exchange, request, `${received.url.origin}${basePath}`);
    },
    unmatched: () => [...unmatched],
    pending: () => exchanges.filter((_, index) => uses[index] === 0).map(describeRecorded),
    requests: () => [...seen],
  };
}

function stripBasePath(request: ReplayRequest, basePath: string): ReplayRequest | undefined {
  if (!basePath) {
    return request;
  }
  const { pathname } = request.url;
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
    return undefined;
  }
  const url = new URL(request.url);
  url.pathname = pathname.slice(basePath.length) || '/';
  return { ...request, url };
}

function renderAnswer(
  exchange: RecordedExchange,
  request: ReplayRequest,
  baseUrl: string,
): ReplayAnswer {
  const recorded = lowerKeys(exchange.headers);
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(recorded)) {
    if (value !== undefined && !droppedHeaders.has(name)) {
      headers.push([name, render(value, baseUrl)]);
    }
  }
  const etag = recorded.etag;
  const lastModified = recorded['last-modified'];
  const notModified =
    exchange.status === 200 &&
    ((etag !== undefined && request.headers.get('if-none-match') === etag) ||
      (lastModified !== undefined && request.headers.get('if-modified-since') === lastModified));
  const status = notModified ? 304 : exchange.status;
  if (status === 204 || status === 205 || status === 304) {
    return { status, headers, body: '' };
  }
  const { response } = exchange;
  if (response === undefined || response === null || response === '') {
    return { status, headers, body: '' };
  }
  if (typeof response === 'string') {
    return { status, headers, body: render(response, baseUrl) };
  }
  if (recorded['content-type'] === undefined) {
    headers.push(['content-type', 'application/json; charset=utf-8']);
  }
  return { status, headers, body: render(JSON.stringify(response), baseUrl) };
}
