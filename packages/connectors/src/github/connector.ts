import type { Connector, SyncBatch, SyncInput } from '../types';
import { createGithubClient, type GithubClientOptions } from './client';
import { type GithubCursor, readCursor } from './cursor';
import { toSourceError } from './errors';
import { parseRepoName } from './repo-name';
import type { SyncContext } from './sync-context';
import { syncIssues } from './sync-issues';
import { syncMilestones } from './sync-milestones';
import { syncReleases } from './sync-releases';

export interface GithubSourceConfig {
  /** `owner/name`. */
  repo: string;
  /** Issues with this label become USE_CASE items instead of BUG items. */
  useCaseLabel?: string | null | undefined;
}

export interface GithubConnectorOptions extends GithubClientOptions {
  /** The clock used to say how long a rate limit lasts. */
  now?: (() => Date) | undefined;
  /** Items per page, 1..100. Default 100 (fewest requests). */
  perPage?: number | undefined;
}

/**
 * The GitHub source: milestones, then issues and pull requests (one listing, oldest update
 * first, one batch per page), then releases. Every batch carries a cursor that is safe to store
 * once the batch is stored, so a sync stopped anywhere and run again from the last stored cursor
 * ends with the same items as one uninterrupted run. Failures are thrown as SourceError.
 */
export function createGithubConnector(
  options: GithubConnectorOptions,
): Connector<GithubSourceConfig, GithubCursor> {
  const octokit = createGithubClient(options);
  const now = options.now ?? (() => new Date());
  const perPage = Math.min(100, Math.max(1, Math.trunc(options.perPage ?? 100)));
  const phases = [syncMilestones, syncIssues, syncReleases];

  async function* sync(
    input: SyncInput<GithubSourceConfig, GithubCursor>,
  ): AsyncGenerator<SyncBatch<GithubCursor>> {
    const repo = parseRepoName(input.config.repo);
    const context: SyncContext = {
      octokit,
      repo,
      perPage,
      useCaseLabel: input.config.useCaseLabel,
      signal: input.signal,
    };
    let cursor = readCursor(input.cursor, repo.fullName);
    try {
      for (const phase of phases) {
        for await (const batch of phase(context, cursor)) {
          cursor = batch.cursor ?? cursor;
          yield batch;
        }
      }
    } catch (error) {
      const hasToken = Boolean(options.token);
      throw toSourceError(error, { repo: repo.fullName, apiUrl: options.apiUrl, hasToken, now });
    }
  }

  return { kind: 'github', sync };
}
