import type { z } from 'zod';
import type { RecordedExchange } from '../demo/exchange';
import type {
  GithubComment,
  GithubIssue,
  GithubMilestone,
  GithubPullCommit,
  GithubPullFile,
  GithubRelease,
  GithubReview,
} from '../objects';
import { recordList } from './record-exchange';

// GitHub objects as the API sends them: the fields the connector reads, plus any others.
type Raw<S extends z.ZodType> = z.input<S> & Record<string, unknown>;

export interface SimulatedPull {
  files: Raw<typeof GithubPullFile>[];
  commits: Raw<typeof GithubPullCommit>[];
  reviews: Raw<typeof GithubReview>[];
}

/** A repository's state, from which the answers GitHub would give are recorded. */
export interface SimulatedRepository {
  repo: string;
  milestones: Raw<typeof GithubMilestone>[];
  /** Issues and pull requests (those with `pull_request` set), in any order. */
  issues: Raw<typeof GithubIssue>[];
  /** Comments by issue or pull request number; each entry's `comments` count is set from it. */
  comments?: Record<number, Raw<typeof GithubComment>[]> | undefined;
  /** Files, commits and reviews by pull request number. */
  pulls?: Record<number, Partial<SimulatedPull>> | undefined;
  releases: Raw<typeof GithubRelease>[];
}

export interface SimulateOptions {
  perPage?: number | undefined;
  /**
   * Also record the issues listing for every `since` a sync can ask for (each distinct
   * `updated_at`), as GitHub would answer it. Default true; a demo served with lenient query
   * matching needs only the full listing.
   */
  everySince?: boolean | undefined;
}

function byUpdate(a: Raw<typeof GithubIssue>, b: Raw<typeof GithubIssue>): number {
  return Date.parse(a.updated_at) - Date.parse(b.updated_at) || a.number - b.number;
}

/**
 * The recorded exchanges a sync of this repository reads: milestones, the issues listing (oldest
 * update first, optionally from every `since`), each entry's comments, each pull request's files,
 * commits and reviews, and releases, all paged as GitHub pages them.
 */
export function simulateRepository(
  repository: SimulatedRepository,
  options: SimulateOptions = {},
): RecordedExchange[] {
  const perPage = options.perPage ?? 100;
  const base = `/repos/${repository.repo}`;
  const comments = repository.comments ?? {};
  const issues = repository.issues
    .map((issue) => ({ ...issue, comments: comments[issue.number]?.length ?? 0 }))
    .sort(byUpdate);
  const exchanges = [
    ...recordList({
      path: `${base}/milestones`,
      query: { state: 'all' },
      perPage,
      items: repository.milestones,
    }),
  ];
  const listing = { state: 'all', sort: 'updated', direction: 'asc' };
  const sinces = options.everySince === false ? [] : [...new Set(issues.map((i) => i.updated_at))];
  for (const since of [undefined, ...sinces]) {
    const items = since
      ? issues.filter((i) => Date.parse(i.updated_at) >= Date.parse(since))
      : issues;
    exchanges.push(
      ...recordList({ path: `${base}/issues`, query: { ...listing, since }, perPage, items }),
    );
  }
  for (const [number, list] of Object.entries(comments)) {
    if (list.length > 0) {
      exchanges.push(
        ...recordList({ path: `${base}/issues/${number}/comments`, perPage, items: list }),
      );
    }
  }
  for (const issue of issues.filter((i) => i.pull_request)) {
    const pull = repository.pulls?.[issue.number] ?? {};
    for (const what of ['files', 'commits', 'reviews'] as const) {
      const items = pull[what] ?? [];
      exchanges.push(
        ...recordList({ path: `${base}/pulls/${issue.number}/${what}`, perPage, items }),
      );
    }
  }
  exchanges.push(...recordList({ path: `${base}/releases`, perPage, items: repository.releases }));
  return exchanges;
}
