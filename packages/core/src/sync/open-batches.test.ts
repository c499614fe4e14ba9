import type { FeedCursor, FeedSourceConfig } from '@moduleboard/connectors/feed';
import type { GitCursor, GitSourceConfig } from '@moduleboard/connectors/git';
import type { GithubCursor, GithubSourceConfig } from '@moduleboard/connectors/github';
import type { Connector, SyncInput } from '@moduleboard/connectors/types';
import { describe, expect, it } from 'vitest';
import type { SourceRow } from '../sources/read-sources';
import { openBatches } from './open-batches';

function source(fields: Partial<SourceRow>): SourceRow {
  const now = new Date();
  return {
    id: 1,
    projectId: 1,
    name: 'repo',
    kind: 'git',
    config: {},
    cursor: null,
    state: {},
    intervalSeconds: 900,
    failures: 0,
    leaseOwner: null,
    leaseUntil: null,
    lastRunAt: null,
    lastSuccessAt: null,
    lastError: null,
    lastErrorAt: null,
    nextRunAt: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

/** A connector that records what it was asked to sync and yields one empty batch. */
function recording<C, K>(kind: Connector<C, K>['kind']) {
  const inputs: SyncInput<C, K>[] = [];
  const connector: Connector<C, K> = {
    kind,
    async *sync(input) {
      inputs.push(input);
      yield { items: [] };
    },
  };
  return { connector, inputs };
}

async function drain(batches: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of batches) {
    // Only what the connector was given matters here.
  }
}

describe('openBatches', () => {
  it('hands a git connector its stored config with the doc globs, and its cursor', async () => {
    const git = recording<GitSourceConfig, GitCursor>('git');
    const row = source({ config: { path: '/repo', branch: null }, cursor: { head: 'abc' } });
    await drain(
      openBatches({ source: row, connectors: { git: git.connector }, docGlobs: ['docs/*.md'] }),
    );
    expect(git.inputs[0]).toMatchObject({
      config: { path: '/repo', branch: null, docGlobs: ['docs/*.md'] },
      cursor: { head: 'abc' },
    });
  });

  it('reads a feed stored with null url as one without', async () => {
    const feed = recording<FeedSourceConfig, FeedCursor>('feed');
    const row = source({
      kind: 'feed',
      config: { url: null, file: '/x.rss', itemKind: 'DISCUSSION', modules: [] },
    });
    await drain(openBatches({ source: row, connectors: { feed: feed.connector }, docGlobs: [] }));
    expect(feed.inputs[0]?.config).toEqual({
      url: undefined,
      file: '/x.rss',
      itemKind: 'DISCUSSION',
      modules: [],
    });
  });

  it('drops a cursor that is not the connector’s: the sync starts over', async () => {
    const github = recording<GithubSourceConfig, GithubCursor>('github');
    const row = source({ kind: 'github', config: { repo: 'o/r' }, cursor: { head: 'abc' } });
    await drain(
      openBatches({ source: row, connectors: { github: github.connector }, docGlobs: [] }),
    );
    expect(github.inputs[0]?.cursor).toBeNull();
  });

  it('refuses a stored config that does not fit, naming the source', () => {
    const row = source({ name: 'broken', config: { branch: 'main' } });
    expect(() =>
      openBatches({
        source: row,
        connectors: { git: recording<GitSourceConfig, GitCursor>('git').connector },
        docGlobs: [],
      }),
    ).toThrow(/the stored configuration of source "broken" is not valid: .*path/s);
  });

  it('says which kind has no connector here', () => {
    const row = source({ kind: 'github', config: { repo: 'o/r' } });
    expect(() => openBatches({ source: row, connectors: {}, docGlobs: [] })).toThrow(
      'no github connector is configured on this server',
    );
  });
});
