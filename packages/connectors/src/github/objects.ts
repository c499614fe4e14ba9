import { z } from 'zod';

// The parts of GitHub's REST and webhook objects that the normalizers read, validated so that a
// surprising payload fails with the name of the field instead of producing a half-empty item.
// Both transports send these objects in the same shape, so one schema serves the sync and the
// webhooks. Unknown fields are dropped.

const Timestamp = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'expected an ISO timestamp' });

export const GithubUser = z.object({
  login: z.string(),
  html_url: z.string().optional(),
  name: z.string().nullish(),
  type: z.string().optional(),
});
export type GithubUser = z.infer<typeof GithubUser>;

export const GithubLabel = z.object({ name: z.string() });
export type GithubLabel = z.infer<typeof GithubLabel>;

export const GithubMilestone = z.object({
  number: z.number().int(),
  title: z.string(),
  description: z.string().nullish(),
  due_on: Timestamp.nullish(),
  state: z.enum(['open', 'closed']),
});
export type GithubMilestone = z.infer<typeof GithubMilestone>;

const sharedIssueFields = {
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().nullish(),
  state: z.enum(['open', 'closed']),
  user: GithubUser.nullable(),
  labels: z.array(GithubLabel).default([]),
  assignee: GithubUser.nullish(),
  assignees: z.array(GithubUser).nullish(),
  milestone: GithubMilestone.nullish(),
  html_url: z.string(),
  created_at: Timestamp,
  updated_at: Timestamp,
  closed_at: Timestamp.nullish(),
};

/** An issue, or a pull request as the issues API lists it (then `pull_request` is set). */
export const GithubIssue = z.object({
  ...sharedIssueFields,
  state_reason: z.string().nullish(),
  comments: z.number().int().nonnegative().default(0),
  locked: z.boolean().optional(),
  draft: z.boolean().optional(),
  pull_request: z.object({ merged_at: Timestamp.nullish() }).optional(),
});
export type GithubIssue = z.infer<typeof GithubIssue>;

/** A pull request as the pulls API and the webhooks send it. */
export const GithubPull = z.object({
  ...sharedIssueFields,
  merged_at: Timestamp.nullish(),
  draft: z.boolean().optional(),
});
export type GithubPull = z.infer<typeof GithubPull>;

export const GithubComment = z.object({
  id: z.number().int(),
  user: GithubUser.nullable(),
  body: z.string().nullish(),
  html_url: z.string().optional(),
  created_at: Timestamp,
  updated_at: Timestamp.optional(),
});
export type GithubComment = z.infer<typeof GithubComment>;

export const GithubReview = z.object({
  id: z.number().int(),
  user: GithubUser.nullable(),
  // Upper case from the REST API, lower case in webhooks.
  state: z.string(),
  submitted_at: Timestamp.nullish(),
});
export type GithubReview = z.infer<typeof GithubReview>;

export const GithubPullFile = z.object({
  filename: z.string(),
  status: z.enum(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged']),
  additions: z.number().int().nonnegative(),
  deletions: z.number().int().nonnegative(),
  previous_filename: z.string().optional(),
});
export type GithubPullFile = z.infer<typeof GithubPullFile>;

export const GithubPullCommit = z.object({ sha: z.string() });
export type GithubPullCommit = z.infer<typeof GithubPullCommit>;

export const GithubRelease = z.object({
  id: z.number().int(),
  tag_name: z.string(),
  name: z.string().nullish(),
  body: z.string().nullish(),
  draft: z.boolean(),
  prerelease: z.boolean(),
  html_url: z.string(),
  author: GithubUser.nullish(),
  target_commitish: z.string().optional(),
  created_at: Timestamp,
  published_at: Timestamp.nullish(),
});
export type GithubRelease = z.infer<typeof GithubRelease>;
