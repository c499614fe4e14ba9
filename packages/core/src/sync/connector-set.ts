import type { Connector } from '@moduleboard/connectors/types';

/** The adapters the sync may use, built once by the composition root and passed in. */
export interface ConnectorSet {
  git?: Connector<never, never> | undefined;
  github?: Connector<never, never> | undefined;
  feed?: Connector<never, never> | undefined;
}

/**
 * A connector made on first use: a process that never syncs a kind of source never loads its
 * client library (octokit for GitHub, the HTTP client and sanitizer for feeds).
 */
export function lazyConnector<C, K>(
  kind: Connector<C, K>['kind'],
  load: () => Promise<Connector<C, K>>,
): Connector<never, never> {
  let loaded: Promise<Connector<C, K>> | undefined;
  return anyConnector<C, K>({
    kind,
    async *sync(input) {
      loaded ??= load();
      yield* (await loaded).sync(input);
    },
  });
}

/** Widens a typed connector for the set; the stored source config is its input. */
export function anyConnector<C, K>(connector: Connector<C, K>): Connector<never, never> {
  return connector as unknown as Connector<never, never>;
}
