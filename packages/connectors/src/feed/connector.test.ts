import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncBatch } from '../types';
import { createFeedConnector, type FeedSourceConfig } from './connector';
import type { FeedCursor } from './cursor';
import { fixture, startTestServer, type TestServer } from './test-server';

const now = new Date('2024-06-01T00:00:00Z');
const connector = createFeedConnector({
  allowedAddresses: ['127.0.0.1'],
  timeoutMs: 2000,
  now: () => now,
});

async function collect(
  config: FeedSourceConfig,
  cursor: FeedCursor | null,
  feeds = connector,
): Promise<SyncBatch<FeedCursor>[]> {
  const batches: SyncBatch<FeedCursor>[] = [];
  for await (const batch of feeds.sync({ config, cursor })) {
    batches.push(batch);
  }
  return batches;
}

function lastCursor(batches: SyncBatch<FeedCursor>[]): FeedCursor | null {
  return batches.at(-1)?.cursor ?? null;
}

describe('the feed connector over HTTP', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('yields the entries with a cursor, then nothing on a 304', async () => {
    server.route('/feed', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { etag: '"v1"', 'content-type': 'application/atom+xml' });
      res.end(fixture('atom.xml'));
    });
    const config: FeedSourceConfig = {
      url: server.url('/feed'),
      modules: ['gadgets'],
      itemKind: 'DOC',
    };
    const first = await collect(config, null);
    expect(first).toHaveLength(1);
    expect(first[0]?.items.map((i) => [i.kind, i.modules])).toEqual([
      ['DOC', ['gadgets']],
      ['DOC', ['gadgets']],
      ['DOC', ['gadgets']],
    ]);
    expect(first[0]?.cursor).toMatchObject({ source: config.url, etag: '"v1"' });
    expect(first[0]?.progress).toEqual({ done: 3, total: 3 });

    const second = await collect(config, lastCursor(first));
    expect(second).toEqual([]);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
  });

  it('yields nothing for the same bytes from a server without validators', async () => {
    server.route('/feed', (_, res) => res.end(fixture('rss2.xml')));
    const config = { url: server.url('/feed'), modules: [] };
    const first = await collect(config, null);
    expect(first[0]?.items.length).toBeGreaterThan(0);
    expect(await collect(config, lastCursor(first))).toEqual([]);
  });

  it('sends one empty batch when only the validators moved', async () => {
    let etag = '"a"';
    server.route('/feed', (_, res) => res.writeHead(200, { etag }).end(fixture('rdf.xml')));
    const config = { url: server.url('/feed'), modules: [] };
    const first = await collect(config, null);
    etag = '"b"';
    const second = await collect(config, lastCursor(first));
    expect(second).toEqual([{ items: [], cursor: expect.objectContaining({ etag: '"b"' }) }]);
  });

  it('ignores a cursor taken from another source', async () => {
    server.route('/feed', (_, res) => res.end(fixture('rdf.xml')));
    const config = { url: server.url('/feed'), modules: [] };
    const first = await collect(config, null);
    const stale = { ...lastCursor(first), source: 'https://elsewhere.example/feed' };
    expect((await collect(config, stale))[0]?.items).toHaveLength(2);
  });

  it('batches, putting the cursor on the last batch only', async () => {
    server.route('/feed', (_, res) => res.end(fixture('rss2.xml')));
    const small = createFeedConnector({
      allowedAddresses: ['127.0.0.1'],
      batchSize: 4,
      now: () => now,
    });
    const batches = await collect({ url: server.url('/feed'), modules: [] }, null, small);
    expect(batches.map((b) => [b.items.length, b.cursor !== undefined, b.progress])).toEqual([
      [4, false, { done: 4, total: 6 }],
      [2, true, { done: 6, total: 6 }],
    ]);
  });

  it('still yields a cursor for a feed without entries', async () => {
    server.route('/feed', (_, res) =>
      res.end('<rss version="2.0"><channel><title>empty</title></channel></rss>'),
    );
    const batches = await collect({ url: server.url('/feed'), modules: [] }, null);
    expect(batches).toEqual([
      {
        items: [],
        cursor: expect.objectContaining({ digest: expect.any(String) }),
        progress: { done: 0, total: 0 },
      },
    ]);
  });

  it.each([
    ['an HTML page', 'not-a-feed.html', /is not a feed: it looks like an HTML page \(/],
    ['bad XML', 'broken.xml', /is not a feed: Unexpected close tag at line 2, column 77$/],
  ])('reports %s under the feed’s URL', async (_, name, words) => {
    server.route('/feed', (_req, res) => res.end(fixture(name)));
    const url = server.url('/feed');
    const error = await collect({ url, modules: [] }, null).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SourceError', retryable: false });
    expect((error as Error).message.startsWith(`${url} is not a feed: `)).toBe(true);
    expect((error as Error).message).toMatch(words);
  });

  it('is refused on loopback with the default options', async () => {
    server.route('/feed', (_, res) => res.end(fixture('rss2.xml')));
    const error = await collect(
      { url: server.url('/feed'), modules: [] },
      null,
      createFeedConnector(),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'refused: 127.0.0.1 is a loopback address' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('the feed connector on a local file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'feed-connector-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file, skips it unchanged, reads it again once changed', async () => {
    const file = join(dir, 'list.rss');
    await writeFile(file, fixture('hyperkitty.rss'));
    const config = { file, modules: ['lists'] };
    const first = await collect(config, null);
    expect(first[0]?.items.map((i) => i.title)).toEqual([
      'Release plan for 3.0',
      'Re: Release plan for 3.0',
    ]);
    expect(first[0]?.cursor).toMatchObject({
      source: file,
      size: fixture('hyperkitty.rss').length,
    });

    expect(await collect(config, lastCursor(first))).toEqual([]);

    await writeFile(file, fixture('discourse.rss'));
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const third = await collect(config, lastCursor(first));
    expect(third[0]?.items.map((i) => i.externalId)).toEqual([
      'forum.example.org-topic-5150',
      'forum.example.org-topic-12',
    ]);
  });
});

describe('the feed connector’s configuration', () => {
  it.each([
    [{ modules: [] }, 'a feed source needs a url or a file'],
    [
      { url: 'https://a.example/feed', file: '/srv/feed.xml', modules: [] },
      'a feed source takes a url or a file, not both',
    ],
    [
      { file: 'relative/feed.xml', modules: [] },
      'feed file relative/feed.xml must be an absolute path',
    ],
  ])('%j is refused', async (config, message) => {
    await expect(collect(config, null)).rejects.toMatchObject({ message, retryable: false });
  });
});
