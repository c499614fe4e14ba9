/** The default cap on a feed's size, decoded: far above any real feed, far below a disk. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Thrown by readCapped once more than `maxBytes` have arrived. */
export class TooLargeError extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`larger than ${formatBytes(maxBytes)}`);
    this.name = 'TooLargeError';
    this.maxBytes = maxBytes;
  }
}

/**
 * Collects a byte stream into one buffer, stopping as soon as it grows past `maxBytes`: the
 * caller's stream is cancelled (for a response, its socket closes) instead of read to its end.
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (stream instanceof ReadableStream) {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          break;
        }
        total += value.byteLength;
        if (total > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new TooLargeError(maxBytes);
        }
        chunks.push(value);
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    // Leaving a for-await early calls return() on the iterator, which destroys a Node stream.
    for await (const chunk of stream) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        throw new TooLargeError(maxBytes);
      }
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks, total);
}

/** "5 MiB", "64 KiB", "100 bytes": sizes in the words error messages use. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) {
    return `${bytes / (1024 * 1024)} MiB`;
  }
  if (bytes >= 1024 && bytes % 1024 === 0) {
    return `${bytes / 1024} KiB`;
  }
  return `${bytes} bytes`;
}
