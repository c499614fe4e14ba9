import type { z } from 'zod';
import type { NormalizedComment, NormalizedItem } from '../types';
import { normalizeComment } from './normalize-comment';
import { normalizeIssue } from './normalize-issue';
import { normalizePull, pullFromIssue } from './normalize-pull';
import {
  GithubComment,
  type GithubIssue,
  GithubPullCommit,
  GithubPullFile,
  GithubReview,
} from './objects';
import { fetchAll } from './pages';
import { repoPath, type SyncContext } from './sync-context';

async function fetchComments(
  context: SyncContext,
  entry: GithubIssue,
): Promise<NormalizedComment[]> {
  // The listing says how many comments there are; most issues have none, so ask only when needed.
  if (entry.comments === 0) {
    return [];
  }
  const comments = await fetchAll(context.octokit, GithubComment, {
    url: repoPath(context, `/issues/${entry.number}/comments`),
    query: { per_page: context.perPage },
    signal: context.signal,
  });
  return comments.map(normalizeComment);
}

function fetchPullList<T>(
  context: SyncContext,
  entry: GithubIssue,
  what: 'files' | 'commits' | 'reviews',
  schema: z.ZodType<T>,
): Promise<T[]> {
  return fetchAll(context.octokit, schema, {
    url: repoPath(context, `/pulls/${entry.number}/${what}`),
    query: { per_page: context.perPage },
    signal: context.signal,
  });
}

/** One entry of the issues listing as a complete item, with what it needs besides the entry. */
export async function fetchEntry(
  context: SyncContext,
  entry: GithubIssue,
): Promise<NormalizedItem> {
  if (!entry.pull_request) {
    const comments = await fetchComments(context, entry);
    return normalizeIssue(entry, { useCaseLabel: context.useCaseLabel, comments });
  }
  const [files, commits, reviews, comments] = await Promise.all([
    fetchPullList(context, entry, 'files', GithubPullFile),
    fetchPullList(context, entry, 'commits', GithubPullCommit),
    fetchPullList(context, entry, 'reviews', GithubReview),
    fetchComments(context, entry),
  ]);
  return normalizePull(pullFromIssue(entry), { files, commits, reviews, comments });
}
