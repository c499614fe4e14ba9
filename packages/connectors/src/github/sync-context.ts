import type { Octokit } from 'octokit';
import type { RepoName } from './repo-name';

/** What every phase of one sync run shares. */
export interface SyncContext {
  octokit: Octokit;
  repo: RepoName;
  perPage: number;
  useCaseLabel?: string | null | undefined;
  signal?: AbortSignal | undefined;
}

export function repoPath(context: SyncContext, rest: string): string {
  const { owner, name } = context.repo;
  return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}${rest}`;
}
