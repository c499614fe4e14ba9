import type { z } from 'zod';
import type { NormalizedComment, NormalizedItem, SyncBatch } from '../types';
import { normalizeComment } from './normalize-comment';
import { issueExternalId, normalizeIssue } from './normalize-issue';
import { normalizeMilestone } from './normalize-milestone';
import { normalizePull, pullFromIssue } from './normalize-pull';
import { normalizeRelease, releaseExternalId } from './normalize-release';
import type { GithubIssue } from './objects';
import { isWebhookEvent, type WebhookEvent, webhookPayloads } from './webhook-payloads';
import { describeProblems } from './zod-problems';

export type NormalizedWebhook = { repo: string; batch: SyncBatch } | { ignored: string };

export interface NormalizeWebhookOptions {
  /** The repository's `useCaseLabel` (see GithubSourceConfig), or how to look it up. */
  useCaseLabel?: string | null | ((repo: string) => string | null | undefined) | undefined;
}

/** A delivery that cannot be turned into items; `code` lets the route pick its answer. */
export class WebhookPayloadError extends Error {
  readonly code: 'unsupported-event' | 'malformed-payload';
  constructor(code: WebhookPayloadError['code'], message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'WebhookPayloadError';
    this.code = code;
  }
}

type Handler = (payload: unknown, options: NormalizeWebhookOptions) => NormalizedWebhook;

function parsePayload<T>(event: WebhookEvent, schema: z.ZodType<T>, payload: unknown): T {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new WebhookPayloadError(
      'malformed-payload',
      `GitHub "${event}" webhook payload is malformed: ${describeProblems(parsed.error)}`,
      parsed.error,
    );
  }
  return parsed.data;
}

function labelFor(options: NormalizeWebhookOptions, repo: string): string | null | undefined {
  const { useCaseLabel } = options;
  return typeof useCaseLabel === 'function' ? useCaseLabel(repo) : useCaseLabel;
}

/** An issue or, when the issues API says so, a pull request; the same normalizers as a sync. */
function issueOrPull(
  issue: GithubIssue,
  repo: string,
  options: NormalizeWebhookOptions,
  comments?: NormalizedComment[],
): NormalizedItem {
  return issue.pull_request
    ? normalizePull(pullFromIssue(issue), { comments })
    : normalizeIssue(issue, { useCaseLabel: labelFor(options, repo), comments });
}

function itemBatch(repo: string, item: NormalizedItem): NormalizedWebhook {
  return { repo, batch: { items: [item] } };
}

const handlers: Record<WebhookEvent, Handler> = {
  issues: (payload, options) => {
    const { action, issue, repository } = parsePayload('issues', webhookPayloads.issues, payload);
    const repo = repository.full_name;
    if (action === 'deleted' || action === 'transferred') {
      // A transferred issue lives on in another repository, under another number.
      return { repo, batch: { items: [], deleted: [issueExternalId(issue.number)] } };
    }
    return itemBatch(repo, issueOrPull(issue, repo, options));
  },
  issue_comment: (payload, options) => {
    const parsed = parsePayload('issue_comment', webhookPayloads.issue_comment, payload);
    if (parsed.action === 'deleted') {
      return { ignored: 'comment deletions are not tracked' };
    }
    const repo = parsed.repository.full_name;
    const comments = [normalizeComment(parsed.comment)];
    return itemBatch(repo, issueOrPull(parsed.issue, repo, options, comments));
  },
  pull_request: (payload) => {
    const parsed = parsePayload('pull_request', webhookPayloads.pull_request, payload);
    return itemBatch(parsed.repository.full_name, normalizePull(parsed.pull_request));
  },
  pull_request_review: (payload) => {
    const parsed = parsePayload(
      'pull_request_review',
      webhookPayloads.pull_request_review,
      payload,
    );
    const item = normalizePull(parsed.pull_request, { reviews: [parsed.review] });
    return itemBatch(parsed.repository.full_name, item);
  },
  milestone: (payload) => {
    const parsed = parsePayload('milestone', webhookPayloads.milestone, payload);
    if (parsed.action === 'deleted') {
      return { ignored: 'a deleted milestone is kept: the roadmap still refers to it' };
    }
    const milestones = [normalizeMilestone(parsed.milestone)];
    return { repo: parsed.repository.full_name, batch: { items: [], milestones } };
  },
  label: (payload) => {
    parsePayload('label', webhookPayloads.label, payload);
    return { ignored: 'labels are read from the issues and pull requests that carry them' };
  },
  release: (payload) => {
    const { action, release, repository } = parsePayload(
      'release',
      webhookPayloads.release,
      payload,
    );
    const repo = repository.full_name;
    if (action === 'deleted' || action === 'unpublished') {
      return { repo, batch: { items: [], deleted: [releaseExternalId(release.id)] } };
    }
    if (release.draft) {
      return { ignored: 'draft releases are not published yet' };
    }
    return itemBatch(repo, normalizeRelease(release));
  },
  push: (payload) => {
    parsePayload('push', webhookPayloads.push, payload);
    return { ignored: 'commits come from the git source, not from push events' };
  },
  ping: (payload) => {
    parsePayload('ping', webhookPayloads.ping, payload);
    return { ignored: 'ping' };
  },
};

/**
 * Turns one webhook delivery (the `X-GitHub-Event` header and the parsed JSON body) into a batch
 * for the same store path as a sync, or says why it is ignored. Every item carries `updatedAt`:
 * deliveries may be replayed or arrive out of order, and the store keeps the newest.
 * Throws WebhookPayloadError for events it does not read and payloads it cannot read.
 */
export function normalizeWebhook(
  event: string,
  payload: unknown,
  options: NormalizeWebhookOptions = {},
): NormalizedWebhook {
  if (!isWebhookEvent(event)) {
    throw new WebhookPayloadError(
      'unsupported-event',
      `GitHub "${event}" events are not read; subscribe the webhook to: ` +
        Object.keys(webhookPayloads)
          .filter((name) => name !== 'ping')
          .join(', '),
    );
  }
  return handlers[event](payload, options);
}
