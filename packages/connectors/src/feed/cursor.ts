import { z } from 'zod';

/**
 * What the next sync of a feed needs to skip it when unchanged. Plain JSON, persisted by the
 * core and read back through this schema: a cursor that does not fit costs one full read.
 */
export const FeedCursor = z.object({
  /** The URL or file the cursor was taken from: a cursor of another source is ignored. */
  source: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  mtimeMs: z.number().optional(),
  size: z.number().optional(),
  /** SHA-256 of the last document read: catches servers that send no validators. */
  digest: z.string().optional(),
});
export type FeedCursor = z.infer<typeof FeedCursor>;
