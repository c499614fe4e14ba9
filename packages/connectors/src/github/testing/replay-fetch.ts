import type { RecordedExchange } from '../demo/exchange';
import {
  createExchangeMatcher,
  type ExchangeMatcher,
  type ExchangeMatcherOptions,
} from '../demo/exchange-matcher';

export type ReplayFetch = typeof fetch & Omit<ExchangeMatcher, 'answer'>;

/**
 * A `fetch` that answers from recorded exchanges without opening a socket, for Octokit's
 * `request.fetch` option. Recorded API addresses become the origin the request was sent to.
 */
export function replayFetch(
  exchanges: readonly RecordedExchange[],
  options: ExchangeMatcherOptions = {},
): ReplayFetch {
  const matcher = createExchangeMatcher(exchanges, options);
  const replay = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const answer = matcher.answer({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
    });
    return new Response(answer.body === '' ? null : answer.body, {
      status: answer.status,
      headers: answer.headers,
    });
  };
  return Object.assign(replay, {
    unmatched: matcher.unmatched,
    pending: matcher.pending,
    requests: matcher.requests,
  });
}
