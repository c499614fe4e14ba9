import type { FeedCursor, FeedSourceConfig } from '@moduleboard/connectors/feed';
import type { GitCursor, GitSourceConfig } from '@moduleboard/connectors/git';
import type { GithubCursor, GithubSourceConfig } from '@moduleboard/connectors/github';
import type { Connector } from '@moduleboard/connectors/types';

/**
 * The adapters a process syncs with, keyed by the kind of source each reads, each typed with
 * the configuration and cursor it takes. Built once by the composition root and passed in; a
 * kind left out cannot be synced by this process.
 */
export interface ConnectorRegistry {
  git?: Connector<GitSourceConfig, GitCursor> | undefined;
  github?: Connector<GithubSourceConfig, GithubCursor> | undefined;
  feed?: Connector<FeedSourceConfig, FeedCursor> | undefined;
}

/**
 * A connector made on first use: a process that never syncs a kind of source never loads its
 * client library (octokit for GitHub, the HTTP client and sanitizer for feeds).
 */
export function lazyConnector<Config, Cursor>(
  kind: Connector<Config, Cursor>['kind'],
  load: () => Promise<Connector<Config, Cursor>>,
): Connector<Config, Cursor> {
  let loaded: Promise<Connector<Config, Cursor>> | undefined;
  return {
    kind,
    async *sync(input) {
      loaded ??= load();
      yield* (await loaded).sync(input);
    },
  };
}
