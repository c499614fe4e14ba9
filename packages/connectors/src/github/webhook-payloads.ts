import { z } from 'zod';
import {
  GithubComment,
  GithubIssue,
  GithubLabel,
  GithubMilestone,
  GithubPull,
  GithubRelease,
  GithubReview,
} from './objects';

// The envelopes of the webhook events Moduleboard reads: the same objects as the REST API,
// wrapped with an action and the repository they happened in.

const Repository = z.object({ full_name: z.string() });
const action = z.string();

export const webhookPayloads = {
  issues: z.object({ action, issue: GithubIssue, repository: Repository }),
  issue_comment: z.object({
    action,
    issue: GithubIssue,
    comment: GithubComment,
    repository: Repository,
  }),
  pull_request: z.object({ action, pull_request: GithubPull, repository: Repository }),
  pull_request_review: z.object({
    action,
    review: GithubReview,
    pull_request: GithubPull,
    repository: Repository,
  }),
  milestone: z.object({ action, milestone: GithubMilestone, repository: Repository }),
  label: z.object({ action, label: GithubLabel, repository: Repository }),
  release: z.object({ action, release: GithubRelease, repository: Repository }),
  push: z.object({ ref: z.string(), repository: Repository }),
  ping: z.object({ zen: z.string().optional() }),
} as const;

export type WebhookEvent = keyof typeof webhookPayloads;
export type WebhookPayload<E extends WebhookEvent> = z.infer<(typeof webhookPayloads)[E]>;

export function isWebhookEvent(event: string): event is WebhookEvent {
  return Object.hasOwn(webhookPayloads, event);
}
