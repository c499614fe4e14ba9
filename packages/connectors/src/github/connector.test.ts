import { afterEach, describe, expect, it } from 'vitest';
import { SourceError } from '../types';
import { createGithubConnector } from './connector';
import type { GithubCursor } from './cursor';
import type { RecordedExchange } from './demo/exchange';
import { type ReplayServer, startReplayServer } from './demo/replay-server';
import { collect, itemsOf, lastCursor, storeOf } from './fixtures/collect';
import { widgetsRepository } from './fixtures/widgets';
import { recordExchange } from './testing/record-exchange';
import { simulateRepository } from './testing/simulate-repository';

const servers: ReplayServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(exchanges: readonly RecordedExchange[]): Promise<ReplayServer> {
  const server = await startReplayServer({ exchanges });
  servers.push(server);
  return server;
}

const config = { repo: 'acme/widgets', useCaseLabel: 'use case' };

function connectTo(server: ReplayServer, perPage = 2) {
  return createGithubConnector({ apiUrl: server.url, perPage, waitUnitMs: 1 });
}

async function syncAll(server: ReplayServer, cursor: GithubCursor | null, perPage = 2) {
  return collect(connectTo(server, perPage).sync({ config, cursor }));
}

const ticketIds = (ids: string[]) => ids.filter((id) => !id.startsWith('release:'));

describe('a full sync', () => {
  it('streams milestones, then issues and pull requests by update, then releases', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    const batches = await syncAll(server, null);

    expect(server.unmatched()).toEqual([]);
    expect(batches[0]?.milestones).toEqual([
      {
        externalId: '1',
        title: 'v1.0',
        description: 'First stable release',
        dueOn: '2024-03-01',
        state: 'open',
      },
      { externalId: '2', title: 'v0.9', description: undefined, dueOn: undefined, state: 'closed' },
    ]);
    const items = itemsOf(batches);
    expect(items.map((item) => [item.externalId, item.kind, item.status])).toEqual([
      ['issue:1', 'BUG', 'OPEN'],
      ['pull:2', 'CHANGE', 'DONE'],
      ['issue:3', 'USE_CASE', 'DONE'],
      ['issue:4', 'BUG', 'CLOSED'],
      ['pull:5', 'CHANGE', 'CLOSED'],
      ['release:71', 'CHANGE', 'DONE'],
      ['release:70', 'CHANGE', 'DONE'],
    ]);
  });

  it('reads an issue with its owner, milestone, labels, reporter and comments', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    const issue = storeOf(await syncAll(server, null)).get('issue:1');
    expect(issue).toMatchObject({
      title: 'Crash when the config file is empty',
      url: 'https://github.com/acme/widgets/issues/1',
      author: { githubLogin: 'alice' },
      body: 'Body of 1',
      bodyFormat: 'text',
      owner: 'bob',
      milestone: 'v1.0',
      labels: ['bug', 'area: config'],
      createdAt: new Date('2024-01-01T10:00:00Z'),
      updatedAt: new Date('2024-01-02T10:00:00Z'),
      credits: [{ role: 'found', person: { githubLogin: 'alice' }, rawLine: '' }],
    });
    expect(issue?.comments).toEqual([
      {
        externalId: '9001',
        author: { githubLogin: 'bob', name: undefined, url: 'https://github.com/bob' },
        body: 'I can reproduce this.',
        url: 'https://github.com/acme/widgets/issues/1#issuecomment-9001',
        createdAt: new Date('2024-01-02T08:00:00Z'),
      },
      {
        externalId: '9002',
        author: undefined,
        body: 'Same here.',
        url: undefined,
        createdAt: new Date('2024-01-02T09:00:00Z'),
      },
    ]);
  });

  it('reads a pull request with its files over two pages, commits and reviewers', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    const pull = storeOf(await syncAll(server, null)).get('pull:2');
    expect(pull?.files).toEqual([
      { path: 'src/config.ts', change: 'M', additions: 10, deletions: 2, oldPath: undefined },
      { path: 'src/yaml.ts', change: 'A', additions: 40, deletions: 0, oldPath: undefined },
      {
        path: 'docs/config.md',
        change: 'R',
        oldPath: 'docs/settings.md',
        additions: 1,
        deletions: 1,
      },
    ]);
    expect(pull?.linkedChanges).toEqual(['a'.repeat(40), 'b'.repeat(40)]);
    // carol wrote it (her own comment-review is not a review); bob reviewed twice; frank's
    // review is still pending.
    expect(pull?.credits?.map((credit) => [credit.role, credit.person.githubLogin])).toEqual([
      ['patch', 'carol'],
      ['review', 'bob'],
    ]);
    expect(pull?.data).toMatchObject({
      type: 'pull',
      number: 2,
      mergedAt: '2024-01-03T10:00:00.000Z',
    });
  });

  it('reads published releases and leaves drafts out', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    const store = storeOf(await syncAll(server, null));
    expect(store.has('release:72')).toBe(false);
    expect(store.get('release:71')).toMatchObject({
      title: 'v1.1.0-rc.1',
      data: { type: 'release', tag: 'v1.1.0-rc.1', prerelease: true },
      updatedAt: new Date('2024-01-06T11:00:00Z'),
    });
    expect(store.get('release:70')).toMatchObject({
      title: 'Widgets 1.0',
      body: 'YAML configuration.',
      author: { githubLogin: 'bob' },
      data: { publishedAt: '2024-01-05T12:00:00.000Z' },
    });
  });

  it('walks the issues listing by key: a tie at a page boundary loses nothing', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    await syncAll(server, null);
    const listing = server.requests().filter((line) => /\/issues\?/.test(line));
    expect(listing.map((line) => decodeURIComponent(line.replace(/^.*\?/, '')))).toEqual([
      'state=all&sort=updated&direction=asc&per_page=2',
      'state=all&sort=updated&direction=asc&since=2024-01-03T10:00:00Z&per_page=2',
      'state=all&sort=updated&direction=asc&since=2024-01-04T10:00:00Z&per_page=2',
      // #3 and #4 share 2024-01-04T10:00Z and fill the page: no newer key, so the link goes on.
      'state=all&sort=updated&direction=asc&since=2024-01-04T10:00:00Z&per_page=2&page=2',
    ]);
  });

  it('does not skip an item that moved while the listing was walked', async () => {
    const before = widgetsRepository();
    const after = widgetsRepository();
    const first = after.issues.find((issue) => issue.number === 1);
    if (first) {
      first.updated_at = '2024-01-09T10:00:00Z';
      first.title = 'Crash when the config file is empty (regression)';
    }
    // The first page as it was; every later request sees #1 moved to the end of the listing.
    const firstPage = simulateRepository(before, { perPage: 2 }).filter((exchange) =>
      exchange.path.endsWith('/issues?state=all&sort=updated&direction=asc&per_page=2'),
    );
    const rest = simulateRepository(after, { perPage: 2 }).filter(
      (exchange) => !firstPage.some((old) => old.path === exchange.path),
    );
    const server = await serve([...firstPage, ...rest]);
    const store = storeOf(await syncAll(server, null));
    expect(ticketIds([...store.keys()]).sort()).toEqual([
      'issue:1',
      'issue:3',
      'issue:4',
      'pull:2',
      'pull:5',
    ]);
    expect(store.get('issue:1')?.title).toBe('Crash when the config file is empty (regression)');
  });

  it('reports progress through the listing', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    const progress = (await syncAll(server, null)).flatMap((batch) =>
      batch.progress ? [batch.progress] : [],
    );
    expect(progress.map((step) => step.done)).toEqual([2, 3, 4, 5]);
    expect(progress.every((step) => (step.total ?? 0) >= step.done)).toBe(true);
  });
});

describe('an incremental sync', () => {
  it('reads only what changed since the stored cursor', async () => {
    const first = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    const cursor = lastCursor(await syncAll(first, null));

    const changed = widgetsRepository();
    const issue = changed.issues.find((entry) => entry.number === 1);
    if (issue) {
      issue.updated_at = '2024-01-08T10:00:00Z';
    }
    changed.comments?.[1]?.push({
      id: 9003,
      user: { login: 'carol' },
      body: 'Fixed by #2?',
      created_at: '2024-01-08T10:00:00Z',
    });
    changed.issues.push({
      number: 6,
      title: 'Export widgets as CSV',
      body: null,
      state: 'open',
      user: { login: 'gina' },
      labels: [],
      html_url: 'https://github.com/acme/widgets/issues/6',
      created_at: '2024-01-09T10:00:00Z',
      updated_at: '2024-01-09T10:00:00Z',
    });
    const second = await serve(simulateRepository(changed, { perPage: 2 }));
    const batches = await syncAll(second, cursor);

    expect(second.unmatched()).toEqual([]);
    const ids = itemsOf(batches).map((item) => item.externalId);
    expect(ticketIds(ids)).toEqual(['issue:1', 'issue:6']);
    expect(storeOf(batches).get('issue:1')?.comments).toHaveLength(3);
    expect(lastCursor(batches)?.issues).toMatchObject({
      since: '2024-01-09T10:00:00Z',
      seenAtSince: [6],
    });
  });

  it('after one run with nothing new, costs one 304 per list and changes nothing', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 100 }));
    const first = await syncAll(server, null, 100);
    const second = await syncAll(server, lastCursor(first), 100);
    // GitHub's `since` is inclusive: the newest item comes back once, and is recognised.
    expect(itemsOf(second).filter((item) => !item.externalId.startsWith('release:'))).toEqual([]);
    const settled = lastCursor(second);
    expect(settled?.issues?.etag).toBeDefined();

    const before = server.requests().length;
    const third = await syncAll(server, settled, 100);
    expect(third).toEqual([]);
    expect(server.requests().slice(before)).toEqual([
      'GET /repos/acme/widgets/milestones?state=all&per_page=100',
      'GET /repos/acme/widgets/issues?state=all&sort=updated&direction=asc&since=2024-01-05T10%3A00%3A00Z&per_page=100',
      'GET /repos/acme/widgets/releases?per_page=100',
    ]);
  });

  it('honours a recorded 304 for the stored ETag', async () => {
    const cursor: GithubCursor = {
      version: 1,
      repo: 'acme/widgets',
      milestones: { etag: '"m"' },
      issues: { since: '2024-01-05T10:00:00Z', seenAtSince: [5], etag: '"i"' },
      releases: { etag: '"r"', lastModified: 'Fri, 05 Jan 2024 12:00:00 GMT' },
    };
    const notModified = (path: string, reqheaders: Record<string, string>) =>
      recordExchange({ path, status: 304, reqheaders });
    const server = await serve([
      notModified('/repos/acme/widgets/milestones?state=all&per_page=100', {
        'if-none-match': '"m"',
      }),
      notModified(
        '/repos/acme/widgets/issues?state=all&sort=updated&direction=asc&since=2024-01-05T10:00:00Z&per_page=100',
        { 'if-none-match': '"i"' },
      ),
      notModified('/repos/acme/widgets/releases?per_page=100', {
        'if-none-match': '"r"',
        'if-modified-since': 'Fri, 05 Jan 2024 12:00:00 GMT',
      }),
    ]);
    expect(await syncAll(server, cursor, 100)).toEqual([]);
    expect(server.unmatched()).toEqual([]);
    expect(server.pending()).toEqual([]);
  });
});

describe('a sync stopped part-way', () => {
  it('ends, once run again from the last stored cursor, with the items of one clean run', async () => {
    const exchanges = simulateRepository(widgetsRepository(), { perPage: 2 });
    const clean = await syncAll(await serve(exchanges), null);
    const cleanStore = storeOf(clean);

    for (let stored = 0; stored <= clean.length; stored += 1) {
      const server = await serve(exchanges);
      const killed = await collect(connectTo(server).sync({ config, cursor: null }), stored);
      const rerun = await syncAll(server, lastCursor(killed));
      expect(storeOf([...killed, ...rerun]), `stopped after ${stored} batches`).toEqual(cleanStore);
      // Nothing stored before the stop is listed again (releases are one list, re-read whole).
      const before = new Set(ticketIds(itemsOf(killed).map((item) => item.externalId)));
      const again = ticketIds(itemsOf(rerun).map((item) => item.externalId));
      expect(
        again.filter((id) => before.has(id)),
        `stopped after ${stored}`,
      ).toEqual([]);
    }
  });
});

describe('the cursor', () => {
  it('of another repository is not used', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    const foreign: GithubCursor = {
      version: 1,
      repo: 'acme/gadgets',
      issues: { since: '2030-01-01T00:00:00Z' },
    };
    const batches = await syncAll(server, foreign);
    expect(ticketIds(itemsOf(batches).map((item) => item.externalId))).toHaveLength(5);
  });

  it('survives a JSON round trip through the store', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    const cursor = lastCursor(await syncAll(server, null));
    const stored = JSON.parse(JSON.stringify(cursor)) as GithubCursor;
    expect(stored).toEqual(cursor);
  });
});

describe('a sync that cannot start', () => {
  it('rejects a repository name that is not owner/name', async () => {
    const server = await serve([]);
    const run = collect(connectTo(server).sync({ config: { repo: 'widgets' }, cursor: null }));
    await expect(run).rejects.toThrow(SourceError);
    await expect(run).rejects.toThrow('repo must look like "owner/name", got "widgets"');
  });

  it('refuses a next-page link that leaves the API, before following it', async () => {
    const milestones = '/repos/acme/widgets/milestones?state=all&per_page=2';
    const server = await serve([
      recordExchange({
        path: milestones,
        response: [],
        headers: { link: '<https://elsewhere.example/steal?page=2>; rel="next"' },
      }),
    ]);
    const run = collect(connectTo(server).sync({ config, cursor: null }));
    await expect(run).rejects.toThrow(SourceError);
    await expect(run).rejects.toThrow("a link in GitHub's answer leaves http://127.0.0.1:");
    expect(server.requests()).toHaveLength(1);
  });

  it('stops when its signal is aborted, without calling that a source error', async () => {
    const server = await serve(simulateRepository(widgetsRepository(), { perPage: 2 }));
    const controller = new AbortController();
    const batches = connectTo(server).sync({ config, cursor: null, signal: controller.signal });
    const iterator = batches[Symbol.asyncIterator]();
    await iterator.next();
    controller.abort();
    const error = await iterator.next().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SourceError);
    expect((error as Error).name).toBe('AbortError');
  });
});
