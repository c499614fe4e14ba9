import type { AppConfig } from '@moduleboard/config';
import { createGitConnector } from '@moduleboard/connectors/git';
import { anyConnector, type ConnectorSet } from '@moduleboard/core';

/** The source adapters this server syncs with, configured once. */
export function createConnectors(_config: AppConfig): ConnectorSet {
  return {
    git: anyConnector(createGitConnector()),
  };
}
