import { createServer, type IncomingMessage } from 'node:http';
import type { RecordedExchange } from './exchange';
import {
  createExchangeMatcher,
  type ExchangeMatcher,
  type ExchangeMatcherOptions,
} from './exchange-matcher';

export interface ReplayServer extends Omit<ExchangeMatcher, 'answer'> {
  /** `http://127.0.0.1:<port>` and any base path: the connector's `apiUrl` (GITHUB_API_URL). */
  url: string;
  close(): Promise<void>;
}

export interface ReplayServerOptions extends ExchangeMatcherOptions {
  exchanges: readonly RecordedExchange[];
}

function toHeaders(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) {
        headers.append(name, item);
      }
    }
  }
  return headers;
}

/** Serves recorded exchanges on a loopback port chosen by the system. */
export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const matcher = createExchangeMatcher(options.exchanges, options);
  let origin = '';
  const server = createServer((request, response) => {
    // The body of a request is never matched on (the sync only reads), but it is drained so the
    // connection can be reused.
    request.resume();
    request.on('end', () => {
      const answer = matcher.answer({
        method: request.method ?? 'GET',
        url: new URL(request.url ?? '/', origin),
        headers: toHeaders(request),
      });
      const body = Buffer.from(answer.body, 'utf8');
      response.writeHead(answer.status, [
        ...answer.headers.flat(),
        ...(answer.body === '' ? [] : ['content-length', String(body.length)]),
      ]);
      response.end(answer.body === '' ? undefined : body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('the replay server did not get a TCP port');
  }
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}${(options.basePath ?? '').replace(/\/+$/, '')}`,
    unmatched: matcher.unmatched,
    pending: matcher.pending,
    requests: matcher.requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets of the client would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
