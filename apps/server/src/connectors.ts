import type { AppConfig } from '@moduleboard/config';
import { type ConnectorRegistry, lazyConnector } from '@moduleboard/core/sync';

/** The source adapters this server syncs with, configured once, each loaded when first used. */
export function createConnectors(config: AppConfig): ConnectorRegistry {
  const userAgent = `Moduleboard (+${config.publicUrl})`;
  return {
    git: lazyConnector('git', async () =>
      (await import('@moduleboard/connectors/git')).createGitConnector(),
    ),
    github: lazyConnector('github', async () =>
      (await import('@moduleboard/connectors/github')).createGithubConnector({
        apiUrl: config.github.apiUrl,
        token: config.github.token,
        userAgent,
      }),
    ),
    feed: lazyConnector('feed', async () =>
      (await import('@moduleboard/connectors/feed')).createFeedConnector({
        userAgent,
        allowPrivateNetwork: config.feeds.allowPrivateNetwork,
      }),
    ),
  };
}
