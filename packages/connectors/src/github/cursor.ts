import { z } from 'zod';

// The per-source state the core stores after each batch. Plain JSON (a jsonb column), validated
// on the way back in: a cursor the connector cannot read only costs a full, idempotent resync.

/** An endpoint's conditional-request validators, kept only while they describe everything. */
export const Validators = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
});
export type Validators = z.infer<typeof Validators>;

export const IssuesCursor = Validators.extend({
  /** The newest `updated_at` of the issues and pull requests stored so far. */
  since: z.string().optional(),
  /**
   * Numbers already stored whose `updated_at` equals `since`. GitHub's `since` is inclusive, so a
   * rerun lists them again; these are skipped unless they changed.
   */
  seenAtSince: z.array(z.number().int()).optional(),
});
export type IssuesCursor = z.infer<typeof IssuesCursor>;

export const GithubCursor = z.object({
  version: z.literal(1),
  repo: z.string(),
  milestones: Validators.optional(),
  issues: IssuesCursor.optional(),
  releases: Validators.optional(),
});
export type GithubCursor = z.infer<typeof GithubCursor>;

/** The stored cursor when it belongs to this repository, a fresh one otherwise. */
export function readCursor(stored: unknown, repo: string): GithubCursor {
  const parsed = GithubCursor.safeParse(stored);
  if (parsed.success && parsed.data.repo.toLowerCase() === repo.toLowerCase()) {
    return parsed.data;
  }
  return { version: 1, repo };
}

export function validatorsOf(headers: Record<string, string | number | undefined>): Validators {
  const validators: Validators = {};
  if (typeof headers.etag === 'string') {
    validators.etag = headers.etag;
  }
  if (typeof headers['last-modified'] === 'string') {
    validators.lastModified = headers['last-modified'];
  }
  return validators;
}

export function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) {
    headers['if-none-match'] = validators.etag;
  }
  if (validators?.lastModified) {
    headers['if-modified-since'] = validators.lastModified;
  }
  return headers;
}
