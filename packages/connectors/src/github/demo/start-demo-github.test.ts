import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createGithubConnector } from '../connector';
import { collect, itemsOf, lastCursor, storeOf } from '../fixtures/collect';
import type { ReplayServer } from './replay-server';
import { startDemoGithub } from './start-demo-github';

const demoFile = fileURLToPath(
  new URL('../../../../../examples/github/moduleboard.json', import.meta.url),
);
const config = { repo: 'moduleboard/moduleboard', useCaseLabel: 'use case' };

const servers: ReplayServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startDemo() {
  const server = await startDemoGithub(demoFile);
  servers.push(server);
  return { server, connector: createGithubConnector({ apiUrl: server.url }) };
}

describe('the demo repository', () => {
  it('syncs in full from examples/github/moduleboard.json', async () => {
    const { server, connector } = await startDemo();
    const batches = await collect(connector.sync({ config, cursor: null }));
    expect(server.unmatched()).toEqual([]);
    expect(server.pending()).toEqual([]);

    const items = itemsOf(batches);
    const count = (kind: string) => items.filter((item) => item.kind === kind).length;
    expect([count('BUG'), count('USE_CASE'), count('CHANGE')]).toEqual([7, 3, 5]);
    expect(batches.flatMap((batch) => batch.milestones ?? []).map((m) => m.title)).toEqual([
      '0.1',
      '0.2',
    ]);

    const paths = items.flatMap((item) => item.files ?? []).map((file) => file.path);
    for (const area of [
      'packages/contribulyzer/src/',
      'packages/connectors/src/',
      'apps/web/src/',
    ]) {
      expect(paths.some((path) => path.startsWith(area))).toBe(true);
    }
    const labels = new Set(items.flatMap((item) => item.labels ?? []));
    for (const label of ['area: contribulyzer', 'area: connectors', 'area: web', 'area: core']) {
      expect(labels).toContain(label);
    }
    const store = storeOf(batches);
    expect(store.get('pull:12')?.credits?.map((c) => `${c.role}:${c.person.githubLogin}`)).toEqual([
      'patch:tobi-okafor',
      'review:pedro-alves',
      'review:mara-lindqvist',
    ]);
    expect(store.get('release:5501')?.title).toBe('Moduleboard 0.1');
    expect(items.some((item) => (item.comments ?? []).length > 0)).toBe(true);
  });

  it('syncs again without news, then from 304s', async () => {
    const { server, connector } = await startDemo();
    const first = await collect(connector.sync({ config, cursor: null }));
    const second = await collect(connector.sync({ config, cursor: lastCursor(first) }));
    // Milestones and releases are already 304s; the listing's newest item comes back once.
    expect(itemsOf(second)).toEqual([]);
    const third = await collect(connector.sync({ config, cursor: lastCursor(second) }));
    expect(third).toEqual([]);
    expect(server.unmatched()).toEqual([]);
  });
});
