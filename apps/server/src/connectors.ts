import type { AppConfig } from '@moduleboard/config';
import { createFeedConnector } from '@moduleboard/connectors/feed';
import { createGitConnector } from '@moduleboard/connectors/git';
import { createGithubConnector } from '@moduleboard/connectors/github';
import { anyConnector, type ConnectorSet } from '@moduleboard/core';

/** The source adapters this server syncs with, configured once. */
export function createConnectors(config: AppConfig): ConnectorSet {
  const userAgent = `Moduleboard (+${config.publicUrl})`;
  return {
    git: anyConnector(createGitConnector()),
    github: anyConnector(
      createGithubConnector({
        apiUrl: config.github.apiUrl,
        token: config.github.token,
        userAgent,
      }),
    ),
    feed: anyConnector(
      createFeedConnector({
        userAgent,
        allowPrivateNetwork: config.feeds.allowPrivateNetwork,
      }),
    ),
  };
}
