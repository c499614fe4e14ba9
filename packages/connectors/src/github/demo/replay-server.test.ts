import { afterEach, describe, expect, it } from 'vitest';
import { loadOctokitScenario } from '../testing/octokit-scenario';
import { recordExchange } from '../testing/record-exchange';
import { replayFetch } from '../testing/replay-fetch';
import { type ReplayServer, startReplayServer } from './replay-server';

const servers: ReplayServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('startReplayServer', () => {
  it('serves an @octokit/fixtures scenario on a loopback port', async () => {
    const server = await startReplayServer({ exchanges: loadOctokitScenario('get-repository') });
    servers.push(server);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/repos/octokit-fixture-org/hello-world`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { full_name: string; url: string };
    expect(body.full_name).toBe('octokit-fixture-org/hello-world');
    expect(body.url).toBe(`${server.url}/repos/octokit-fixture-org/hello-world`);
    expect(server.pending()).toEqual([]);
  });

  it('answers a conditional request with 304 and no body', async () => {
    const exchange = recordExchange({ path: '/x', response: { a: 1 } });
    const server = await startReplayServer({ exchanges: [exchange], basePath: '/api/v3' });
    servers.push(server);
    expect(server.url).toMatch(/\/api\/v3$/);
    const first = await fetch(`${server.url}/x`);
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    const second = await fetch(`${server.url}/x`, { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
  });

  it('closes with a client connection still open', async () => {
    const server = await startReplayServer({ exchanges: [recordExchange({ path: '/x' })] });
    await (await fetch(`${server.url}/x`)).arrayBuffer();
    await server.close();
    await expect(fetch(`${server.url}/x`)).rejects.toThrow();
  });
});

describe('replayFetch', () => {
  it('answers without a socket, from the origin it was called with', async () => {
    const fetch = replayFetch(loadOctokitScenario('get-repository'));
    const response = await fetch('https://ghe.test/repos/octokit-fixture-org/hello-world');
    const body = (await response.json()) as { url: string };
    expect(body.url).toBe('https://ghe.test/repos/octokit-fixture-org/hello-world');
    expect(fetch.requests()).toEqual(['GET /repos/octokit-fixture-org/hello-world']);
  });

  it('honours an aborted signal', async () => {
    const fetch = replayFetch([recordExchange({ path: '/x' })]);
    const controller = new AbortController();
    controller.abort();
    await expect(fetch('https://h.test/x', { signal: controller.signal })).rejects.toThrow();
    expect(fetch.requests()).toEqual([]);
  });
});
