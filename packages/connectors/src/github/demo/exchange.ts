import { z } from 'zod';

const HeaderValue = z.union([z.string(), z.number(), z.array(z.string())]);

/**
 * One recorded HTTP exchange in @octokit/fixtures' normalized form: the request (method, path
 * with its query, `reqheaders`) and the answer (`status`, `headers`, `response` body). Bodies
 * and headers name `https://api.github.com`, which a replay swaps for its own address.
 */
export const RecordedExchange = z.object({
  scope: z.string().optional(),
  method: z.string().min(1),
  path: z.string().startsWith('/'),
  body: z.unknown().optional(),
  status: z.number().int().min(100).max(599),
  response: z.unknown().optional(),
  reqheaders: z.record(z.string(), HeaderValue).optional(),
  headers: z.record(z.string(), HeaderValue).optional(),
  responseIsBinary: z.boolean().optional(),
});
export type RecordedExchange = z.infer<typeof RecordedExchange>;

export const RecordedExchanges = z.array(RecordedExchange);

/** The address recorded bodies and headers use for the API; replays put their own in its place. */
export const recordedApiUrl = 'https://api.github.com';
