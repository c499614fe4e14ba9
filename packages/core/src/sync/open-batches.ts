import { FeedCursor } from '@moduleboard/connectors/feed/cursor';
import type { GitCursor } from '@moduleboard/connectors/git';
import { GithubCursor } from '@moduleboard/connectors/github/cursor';
import type { Connector, SyncBatch } from '@moduleboard/connectors/types';
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../shared/errors';
import type { SourceRow } from '../sources/read-sources';
import { StoredFeedConfig, StoredGitConfig, StoredGithubConfig } from '../sources/stored-config';
import type { ConnectorRegistry } from './connector-registry';

// The git connector compares the stored head with the branch's and starts over when they
// differ; all it needs here is that there is one.
const StoredGitCursor = z.custom<GitCursor>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    'head' in value &&
    typeof value.head === 'string',
);

export interface OpenBatchesInput {
  source: SourceRow;
  connectors: ConnectorRegistry;
  /** Every module's doc globs: a git source turns the files they match into DOC items. */
  docGlobs: string[];
  signal?: AbortSignal | undefined;
}

/**
 * Starts the connector of a source's kind on its stored configuration and cursor, each read
 * through the schema of that kind: a configuration that does not fit is refused with a message
 * naming the source, a cursor that does not fit is dropped (a full sync, which changes nothing
 * already stored).
 */
export function openBatches(input: OpenBatchesInput): AsyncIterable<SyncBatch> {
  const { source, connectors, signal } = input;
  switch (source.kind) {
    case 'git':
      return need(connectors.git, source).sync({
        config: { ...readConfig(StoredGitConfig, source), docGlobs: input.docGlobs },
        cursor: readCursor(StoredGitCursor, source),
        signal,
      });
    case 'github':
      return need(connectors.github, source).sync({
        config: readConfig(StoredGithubConfig, source),
        cursor: readCursor(GithubCursor, source),
        signal,
      });
    case 'feed':
      return need(connectors.feed, source).sync({
        config: readConfig(StoredFeedConfig, source),
        cursor: readCursor(FeedCursor, source),
        signal,
      });
    case 'native':
      throw new ValidationError(`source "${source.name}" is written in Moduleboard, not synced`);
  }
}

function need<C, K>(connector: Connector<C, K> | undefined, source: SourceRow): Connector<C, K> {
  if (!connector) {
    throw new NotFoundError(`no ${source.kind} connector is configured on this server`);
  }
  return connector;
}

function readConfig<T>(schema: z.ZodType<T>, source: SourceRow): T {
  const parsed = schema.safeParse(source.config);
  if (!parsed.success) {
    throw new ValidationError(
      `the stored configuration of source "${source.name}" is not valid: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

function readCursor<T>(schema: z.ZodType<T>, source: SourceRow): T | null {
  if (source.cursor === null) {
    return null;
  }
  const parsed = schema.safeParse(source.cursor);
  return parsed.success ? parsed.data : null;
}
