import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SourceError } from '../types';
import { decodeFeedText } from './decode-text';
import { DEFAULT_MAX_BYTES, formatBytes, readCapped, TooLargeError } from './read-capped';

/** What tells one version of a file from the next without reading it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export type ReadFeedFileResult =
  | { status: 'not-modified' }
  | { status: 'read'; text: string; stamp: FileStamp };

export interface ReadFeedFileOptions {
  /** Default 5 MiB, as for HTTP. */
  maxBytes?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Reads a feed kept in a local file. When its mtime and size match `previous` it is not read
 * at all. The stamp is taken before reading, so a file rewritten during the read is read
 * again next time rather than missed.
 */
export async function readFeedFile(
  path: string,
  previous: FileStamp | null,
  options: ReadFeedFileOptions = {},
): Promise<ReadFeedFileResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stats = await stat(path).catch((error: unknown) => {
    throw fileError(path, error);
  });
  if (!stats.isFile()) {
    throw new SourceError(`${path} is not a file`, { retryable: false });
  }
  const stamp = { mtimeMs: stats.mtimeMs, size: stats.size };
  if (previous && previous.mtimeMs === stamp.mtimeMs && previous.size === stamp.size) {
    return { status: 'not-modified' };
  }
  const tooLarge = new SourceError(`${path} is larger than ${formatBytes(maxBytes)}`, {
    retryable: false,
  });
  if (stats.size > maxBytes) {
    throw tooLarge;
  }
  try {
    // The file may have grown since stat; the cap is enforced on what is actually read.
    const stream = createReadStream(path, { signal: options.signal });
    const bytes = await readCapped(stream, maxBytes);
    return { status: 'read', text: decodeFeedText(bytes), stamp };
  } catch (error) {
    if (options.signal?.aborted) {
      throw options.signal.reason;
    }
    throw error instanceof TooLargeError ? tooLarge : fileError(path, error);
  }
}

function fileError(path: string, error: unknown): SourceError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  if (code === 'ENOENT') {
    return new SourceError(`${path} does not exist`, { retryable: false, cause: error });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new SourceError(`${path} cannot be read: permission denied`, {
      retryable: false,
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SourceError(`${path} cannot be read: ${message}`, { retryable: true, cause: error });
}
