import type { Connector } from '@moduleboard/connectors/types';

/** The adapters the sync may use, built once by the composition root and passed in. */
export interface ConnectorSet {
  git?: Connector<never, never> | undefined;
  github?: Connector<never, never> | undefined;
  feed?: Connector<never, never> | undefined;
}

/** Widens a typed connector for the set; the stored source config is its input. */
export function anyConnector<C, K>(connector: Connector<C, K>): Connector<never, never> {
  return connector as unknown as Connector<never, never>;
}
