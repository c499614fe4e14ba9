import type { IncomingHttpHeaders } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceError } from '../types';
import { type FetchFeedOptions, fetchFeed } from './fetch-feed';
import { fixture, startTestServer, type TestServer } from './test-server';

// The server lives on 127.0.0.1, so most tests allow exactly that address and nothing else;
// the SSRF tests turn every allowance off.
const local: FetchFeedOptions = { allowedAddresses: ['127.0.0.1'], timeoutMs: 2000 };
const rss = fixture('rss2.xml');

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe('fetchFeed', () => {
  it('fetches a feed with feed headers and returns its validators', async () => {
    server.route('/feed', (_, res) => {
      res.writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Mon, 01 Jan 2024 10:00:00 GMT',
      });
      res.end(rss);
    });
    const result = await fetchFeed(server.url('/feed'), null, local);
    expect(result).toEqual({
      status: 'fetched',
      url: server.url('/feed'),
      text: rss.toString('utf8'),
      etag: '"v1"',
      lastModified: 'Mon, 01 Jan 2024 10:00:00 GMT',
    });
    const headers: IncomingHttpHeaders = server.requests[0]?.headers ?? {};
    expect(headers['user-agent']).toMatch(/Moduleboard/);
    expect(headers.accept).toMatch(/application\/atom\+xml.*application\/rss\+xml/);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers['if-none-match']).toBeUndefined();
    await server.socketsClosed();
  });

  it('sends If-None-Match and takes a 304 as not modified', async () => {
    server.route('/feed', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' }).end();
      } else {
        res.writeHead(200, { etag: '"v1"' }).end(rss);
      }
    });
    const result = await fetchFeed(server.url('/feed'), { etag: '"v1"' }, local);
    expect(result).toEqual({ status: 'not-modified', url: server.url('/feed') });
  });

  it('sends If-Modified-Since and takes a 304 as not modified', async () => {
    const stamp = 'Mon, 01 Jan 2024 10:00:00 GMT';
    server.route('/feed', (req, res) => {
      if (req.headers['if-modified-since'] === stamp) {
        res.writeHead(304).end();
      } else {
        res.writeHead(200, { 'last-modified': stamp }).end(rss);
      }
    });
    const result = await fetchFeed(server.url('/feed'), { lastModified: stamp }, local);
    expect(result.status).toBe('not-modified');
  });

  it('reports a 404 as not retryable', async () => {
    const error = await failure(fetchFeed(server.url('/missing'), null, local));
    expect(error.message).toBe(`${server.url('/missing')} answered 404 Not Found`);
    expect(error.retryable).toBe(false);
  });

  it('reports a 500 as retryable, with its Retry-After in seconds', async () => {
    server.route('/feed', (_, res) => res.writeHead(500, { 'retry-after': '120' }).end('oops'));
    const error = await failure(fetchFeed(server.url('/feed'), null, local));
    expect(error.message).toBe(
      `${server.url('/feed')} answered 500 Internal Server Error (retry after 120 s)`,
    );
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('reads a Retry-After date against the clock it is given', async () => {
    const now = new Date('2024-01-01T10:00:00Z');
    server.route('/feed', (_, res) =>
      res.writeHead(503, { 'retry-after': 'Mon, 01 Jan 2024 10:05:00 GMT' }).end(),
    );
    const error = await failure(fetchFeed(server.url('/feed'), null, { ...local, now: () => now }));
    expect(error.retryAfterSeconds).toBe(300);
    expect(error.retryable).toBe(true);
  });

  it('takes 429 as retryable and 410 as not', async () => {
    server.route('/busy', (_, res) => res.writeHead(429).end());
    server.route('/gone', (_, res) => res.writeHead(410).end());
    expect((await failure(fetchFeed(server.url('/busy'), null, local))).retryable).toBe(true);
    expect((await failure(fetchFeed(server.url('/gone'), null, local))).retryable).toBe(false);
  });

  describe('redirects', () => {
    it('follows a relative redirect and reports where the feed was found', async () => {
      server.route('/old', (_, res) => res.writeHead(301, { location: '/new#frag' }).end());
      server.route('/new', (_, res) => res.writeHead(200).end(rss));
      const result = await fetchFeed(server.url('/old'), null, local);
      expect(result).toMatchObject({ status: 'fetched', url: server.url('/new') });
      expect(server.requests.map((r) => r.path)).toEqual(['/old', '/new']);
    });

    it('follows five redirects but not six', async () => {
      for (let hop = 0; hop < 6; hop++) {
        server.route(`/r${hop}`, (_, res) =>
          res.writeHead(302, { location: `/r${hop + 1}` }).end(),
        );
      }
      server.route('/r5', (_, res) => res.writeHead(200).end(rss));
      server.route('/r6', (_, res) => res.writeHead(200).end(rss));
      const five = await fetchFeed(server.url('/r0'), null, local);
      expect(five).toMatchObject({ url: server.url('/r5') });
      server.route('/r5', (_, res) => res.writeHead(307, { location: '/r6' }).end());
      const error = await failure(fetchFeed(server.url('/r0'), null, local));
      expect(error.message).toBe(`${server.url('/r0')}: too many redirects (more than 5)`);
      expect(error.retryable).toBe(false);
    });

    it('stops a redirect loop', async () => {
      server.route('/a', (_, res) => res.writeHead(302, { location: '/b' }).end());
      server.route('/b', (_, res) => res.writeHead(302, { location: server.url('/a') }).end());
      const error = await failure(fetchFeed(server.url('/a'), null, local));
      expect(error.message).toBe(
        `${server.url('/a')} redirects in a loop (back to ${server.url('/a')})`,
      );
      expect(server.requests).toHaveLength(2);
    });

    it('refuses a redirect to a private address without connecting to it', async () => {
      server.route('/feed', (_, res) =>
        res.writeHead(302, { location: 'http://10.0.0.5/feed' }).end(),
      );
      const error = await failure(fetchFeed(server.url('/feed'), null, local));
      expect(error.message).toBe(
        `refused: 10.0.0.5 is a private address (${server.url('/feed')} redirected to http://10.0.0.5/feed)`,
      );
      expect(error.retryable).toBe(false);
    });

    it('refuses a redirect to a name that resolves to a private address', async () => {
      const port = new URL(server.origin).port;
      server.route('/feed', (_, res) =>
        res.writeHead(302, { location: `http://internal.example:${port}/feed` }).end(),
      );
      const error = await failure(
        fetchFeed(server.url('/feed'), null, {
          ...local,
          resolveHost: async () => [{ address: '10.0.0.5', family: 4 }],
        }),
      );
      expect(error.message).toMatch(
        /^refused: internal\.example resolves to 10\.0\.0\.5, a private address \(/,
      );
    });

    it('refuses a redirect to another loopback address than the one allowed', async () => {
      const port = new URL(server.origin).port;
      server.route('/feed', (_, res) =>
        res.writeHead(302, { location: `http://[::1]:${port}/feed` }).end(),
      );
      const error = await failure(fetchFeed(server.url('/feed'), null, local));
      expect(error.message).toMatch(/^refused: ::1 is a loopback address/);
      expect(server.requests).toHaveLength(1);
    });

    it('refuses a redirect to another scheme', async () => {
      server.route('/feed', (_, res) =>
        res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      );
      const error = await failure(fetchFeed(server.url('/feed'), null, local));
      expect(error.message).toBe(
        `refused: ${server.url('/feed')} redirects to file:///etc/passwd (only http and https are fetched)`,
      );
    });

    it('reports a redirect without a Location', async () => {
      server.route('/feed', (_, res) => res.writeHead(302).end());
      const error = await failure(fetchFeed(server.url('/feed'), null, local));
      expect(error.message).toBe(`${server.url('/feed')} answered 302 without a Location`);
    });
  });

  describe('address filter, with no allowance', () => {
    it('refuses the local server by address, before any request', async () => {
      server.route('/feed', (_, res) => res.end(rss));
      const error = await failure(fetchFeed(server.url('/feed'), null, { timeoutMs: 2000 }));
      expect(error.message).toBe('refused: 127.0.0.1 is a loopback address');
      expect(error.retryable).toBe(false);
      expect(server.requests).toHaveLength(0);
    });

    it('refuses the local server by name, checking the address DNS gave', async () => {
      const port = new URL(server.origin).port;
      const error = await failure(
        fetchFeed(`http://localhost:${port}/feed`, null, { allowPrivateNetwork: false }),
      );
      expect(error.message).toMatch(
        /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback/,
      );
      expect(server.requests).toHaveLength(0);
    });

    it('refuses a name when any of its addresses is private (no picking the good one)', async () => {
      const error = await failure(
        fetchFeed('http://rebind.example/feed', null, {
          resolveHost: async () => [
            { address: '93.184.216.34', family: 4 },
            { address: '127.0.0.1', family: 4 },
          ],
        }),
      );
      expect(error.message).toBe(
        'refused: rebind.example resolves to 127.0.0.1, a loopback address',
      );
    });

    it('connects to exactly the address the resolver gave once it is allowed', async () => {
      const port = new URL(server.origin).port;
      server.route('/feed', (_, res) => res.end(rss));
      const result = await fetchFeed(`http://feeds.example:${port}/feed`, null, {
        ...local,
        resolveHost: async () => [{ address: '127.0.0.1', family: 4 }],
      });
      expect(result.status).toBe('fetched');
      expect(server.requests[0]?.headers.host).toBe(`feeds.example:${port}`);
    });

    it.each([
      [
        'ftp://example.org/feed',
        'refused: ftp://example.org/feed (only http and https are fetched)',
      ],
      ['file:///etc/passwd', 'refused: file:///etc/passwd (only http and https are fetched)'],
      ['not a url', 'not a valid URL: not a url'],
    ])('refuses %s', async (url, message) => {
      const error = await failure(fetchFeed(url, null));
      expect(error.message).toBe(message);
      expect(error.retryable).toBe(false);
    });
  });

  describe('caps', () => {
    it('gives up on a slow server after the time cap and closes the socket', async () => {
      server.route('/slow', (_, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
        // …and never finishes.
      });
      const started = Date.now();
      const error = await failure(
        fetchFeed(server.url('/slow'), null, { ...local, timeoutMs: 300 }),
      );
      expect(error.message).toBe(`${server.url('/slow')} took longer than 300 ms`);
      expect(error.retryable).toBe(true);
      expect(Date.now() - started).toBeLessThan(1500);
      await server.socketsClosed();
    });

    it('gives up on a server that never answers, and closes the socket', async () => {
      server.route('/silent', () => undefined);
      const error = await failure(
        fetchFeed(server.url('/silent'), null, { ...local, timeoutMs: 200 }),
      );
      expect(error.message).toBe(`${server.url('/silent')} took longer than 200 ms`);
      await server.socketsClosed();
    });

    it('stops reading a huge response as soon as it passes the size cap', async () => {
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const total = 64 * 1024 * 1024;
      let written = 0;
      server.route('/huge', (_, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const pump = () => {
          while (written < total && !res.destroyed) {
            written += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        pump();
      });
      const error = await failure(
        fetchFeed(server.url('/huge'), null, { ...local, maxBytes: 256 * 1024 }),
      );
      expect(error.message).toBe(`${server.url('/huge')} is larger than 256 KiB`);
      expect(error.retryable).toBe(false);
      await server.socketsClosed();
      // Backpressure held the server back: it wrote a few buffers' worth, not 64 MiB.
      expect(written).toBeLessThan(16 * 1024 * 1024);
    });

    it('refuses by Content-Length before reading the body', async () => {
      server.route('/big', (_, res) => {
        res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
        res.write('<rss/>');
      });
      const error = await failure(
        fetchFeed(server.url('/big'), null, { ...local, maxBytes: 1024 }),
      );
      expect(error.message).toBe(`${server.url('/big')} is larger than 1 KiB`);
      await server.socketsClosed();
    });

    it('counts the decoded size, so a small gzip bomb is stopped too', async () => {
      const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 'a'));
      expect(bomb.length).toBeLessThan(64 * 1024);
      server.route('/bomb', (_, res) =>
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb),
      );
      const error = await failure(
        fetchFeed(server.url('/bomb'), null, { ...local, maxBytes: 256 * 1024 }),
      );
      expect(error.message).toMatch(/is larger than 256 KiB$/);
    });
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decodes a %s body', async (encoding, compress) => {
    server.route('/feed', (_, res) =>
      res.writeHead(200, { 'content-encoding': encoding }).end(compress(rss)),
    );
    const result = await fetchFeed(server.url('/feed'), null, local);
    expect(result).toMatchObject({ status: 'fetched', text: rss.toString('utf8') });
  });

  it('decodes the charset the server names', async () => {
    const latin1 = fixture('mail-archive-latin1.rss');
    server.route('/feed', (_, res) =>
      res.writeHead(200, { 'content-type': 'text/xml; charset=ISO-8859-1' }).end(latin1),
    );
    const result = await fetchFeed(server.url('/feed'), null, local);
    expect(result.status === 'fetched' && result.text).toContain('Café locale');
  });

  describe('connection failures', () => {
    it('reports a reset connection as retryable', async () => {
      server.route('/reset', (req) => req.socket.destroy());
      const error = await failure(fetchFeed(server.url('/reset'), null, local));
      expect(error.message).toBe(
        `could not fetch ${server.url('/reset')}: the server closed the connection`,
      );
      expect(error.retryable).toBe(true);
    });

    it('reports a refused connection as retryable', async () => {
      const closed = await startTestServer();
      const url = closed.url('/feed');
      await closed.close();
      const error = await failure(fetchFeed(url, null, local));
      expect(error.message).toBe(`could not fetch ${url}: the connection was refused`);
      expect(error.retryable).toBe(true);
    });
  });

  it('stops when the caller aborts, with the caller’s reason', async () => {
    server.route('/silent', () => undefined);
    const controller = new AbortController();
    const reason = new Error('shutting down');
    setTimeout(() => controller.abort(reason), 50);
    await expect(
      fetchFeed(server.url('/silent'), null, { ...local, signal: controller.signal }),
    ).rejects.toBe(reason);
    await server.socketsClosed();
  });
});
