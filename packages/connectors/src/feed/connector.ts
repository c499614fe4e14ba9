import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { type Connector, type ItemKind, SourceError, type SyncBatch } from '../types';
import type { FeedCursor } from './cursor';
import { type FetchFeedOptions, fetchFeed } from './fetch-feed';
import { parseFeed } from './parse-feed';
import { readFeedFile } from './read-feed-file';

// A type alias rather than an interface: it is stored as JSON by the core, and only an alias is
// assignable to Record<string, unknown>.

/** One feed source: a URL or a local file (exactly one), and what its entries become. */
export type FeedSourceConfig = {
  url?: string | undefined;
  /** An absolute path, already resolved by the caller. */
  file?: string | undefined;
  /** Default DISCUSSION. */
  itemKind?: ItemKind | undefined;
  /** Module paths the entries belong to. */
  modules: string[];
};

export interface FeedConnectorOptions extends FetchFeedOptions {
  /** The clock for entries without a date. */
  now?: (() => Date) | undefined;
  /** Items per batch; default 100. */
  batchSize?: number | undefined;
}

/**
 * The feed connector. A sync reads the feed once (a conditional GET, or a file's stamp) and
 * yields its entries in batches; only the last batch carries the new cursor, so a sync cut
 * short is redone in full. An unchanged feed (304, same file stamp, same bytes) yields no
 * batch at all, or one empty batch when only the validators moved.
 */
export function createFeedConnector(
  options: FeedConnectorOptions = {},
): Connector<FeedSourceConfig, FeedCursor> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const clock = options.now ?? (() => new Date());
  return {
    kind: 'feed',
    async *sync({ config, cursor: stored, signal }) {
      const source = sourceOf(config);
      const cursor = stored?.source === source ? stored : null;
      const io = { ...options, signal: signal ?? options.signal };
      const read = config.url
        ? await readUrl(config.url, cursor, io)
        : await readFile(source, cursor, io);
      if (!read) {
        return;
      }
      const next: FeedCursor = { source, ...read.cursor, digest: sha256(read.text) };
      if (cursor && cursor.digest === next.digest) {
        if (!sameCursor(cursor, next)) {
          yield { items: [], cursor: next };
        }
        return;
      }
      const items = await parseFeed(read.text, {
        baseUrl: read.baseUrl,
        now: clock(),
        itemKind: config.itemKind,
        modules: config.modules,
        source,
      });
      yield* toBatches(items, next, batchSize);
    },
  };
}

interface Read {
  text: string;
  baseUrl?: string | undefined;
  cursor: FeedCursor;
}

async function readUrl(
  url: string,
  cursor: FeedCursor | null,
  options: FetchFeedOptions,
): Promise<Read | undefined> {
  const result = await fetchFeed(url, cursor, options);
  if (result.status === 'not-modified') {
    return undefined;
  }
  const { text, etag, lastModified } = result;
  return { text, baseUrl: result.url, cursor: { etag, lastModified } };
}

async function readFile(
  path: string,
  cursor: FeedCursor | null,
  options: FetchFeedOptions,
): Promise<Read | undefined> {
  const previous =
    cursor?.mtimeMs !== undefined && cursor.size !== undefined
      ? { mtimeMs: cursor.mtimeMs, size: cursor.size }
      : null;
  const result = await readFeedFile(path, previous, options);
  if (result.status === 'not-modified') {
    return undefined;
  }
  // No base URL: parseFeed falls back to the feed's own link for relative links.
  return { text: result.text, cursor: { ...result.stamp } };
}

function* toBatches(
  items: SyncBatch<FeedCursor>['items'],
  cursor: FeedCursor,
  batchSize: number,
): Generator<SyncBatch<FeedCursor>> {
  if (items.length === 0) {
    yield { items: [], cursor, progress: { done: 0, total: 0 } };
    return;
  }
  for (let start = 0; start < items.length; start += batchSize) {
    const end = Math.min(start + batchSize, items.length);
    yield {
      items: items.slice(start, end),
      cursor: end === items.length ? cursor : undefined,
      progress: { done: end, total: items.length },
    };
  }
}

function sourceOf(config: FeedSourceConfig): string {
  const { url, file } = config;
  if (url && file) {
    throw new SourceError('a feed source takes a url or a file, not both', { retryable: false });
  }
  if (file) {
    if (!isAbsolute(file)) {
      throw new SourceError(`feed file ${file} must be an absolute path`, { retryable: false });
    }
    return file;
  }
  if (!url) {
    throw new SourceError('a feed source needs a url or a file', { retryable: false });
  }
  return url;
}

function sameCursor(a: FeedCursor, b: FeedCursor): boolean {
  const keys = ['source', 'etag', 'lastModified', 'mtimeMs', 'size', 'digest'] as const;
  return keys.every((key) => a[key] === b[key]);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
