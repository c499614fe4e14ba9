import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importProjects } from '@moduleboard/core';
import { testCtx } from '@moduleboard/core/testing';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, type Site, screenshot } from './support/browser';

let site: Site;
let slug: string;

beforeAll(async () => {
  slug = uniqueName('serve');
  site = await openSite(async () => {
    const { db } = await openTestDb();
    const ctx = testCtx(db);
    const text = `projects:\n  - slug: ${slug}\n    name: Served\n    modules:\n      - { slug: lib, name: Library }\n`;
    await importProjects({ ctx, input: { text, file: 'serve.yaml', baseDir: '/' } });
    return ctx;
  });
});

afterAll(async () => {
  await site?.close();
});

function get(path: string, init?: RequestInit) {
  return fetch(`${site.baseUrl}${path}`, init);
}

describe('the built app as the server serves it', () => {
  it('caches hashed assets for good, and revalidates the index and the favicon', async () => {
    const script = readdirSync(join(site.webRoot, 'assets')).find((f) => f.endsWith('.js'));
    const asset = await get(`/assets/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('<div id="root">');

    const icon = await get('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    // An ICO file starts with a reserved zero and the type 1 (icon).
    expect([...new Uint8Array(await icon.arrayBuffer()).slice(0, 4)]).toEqual([0, 0, 1, 0]);

    const gone = await get('/assets/index-gone.js');
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it.each([
    '/',
    '/sign-in',
    `/p/${slug}`,
    `/p/${slug}/`,
    `/p/${slug}/m/lib`,
    `/p/${slug}/m/lib/deeper/still`,
    `/p/${slug}/i/itm_1`,
    `/p/${slug}/sources`,
    `/p/${slug}/contributors`,
    `/p/${slug}/people/per_1`,
    `/p/${slug}/merges`,
  ])('answers the app’s route %s with the app', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root">');
  });

  it.each(['/nowhere', `/p/${slug}/nothing-here`, `/p/${slug}/i`, '/p'])(
    'answers %s with a 404 that still carries the app',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
    },
  );

  it('shows its not-found page at an unknown address', async () => {
    const page = await openPage(site);
    const response = await page.goto(`${site.baseUrl}/nowhere/at/all`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'See all projects' }).waitFor();
    await screenshot(page, 'not-found');
    await page.context().close();
  });
});

describe('GraphQL for the built app', () => {
  const operations = (): Record<string, string> =>
    JSON.parse(readFileSync(join(site.webRoot, 'persisted-operations.json'), 'utf8'));

  const byHash = (hash: string, variables: unknown) =>
    new URLSearchParams({
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
    });

  it('knows each of the app’s operations by the hash its build gave it', async () => {
    const [hash] =
      Object.entries(operations()).find(([, document]) => document.startsWith('query Projects')) ??
      [];
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const response = await get(`/graphql?${byHash(hash ?? '', {})}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.projects.nodes.map((p: { slug: string }) => p.slug)).toContain(slug);
  });

  it('refuses a hash the build did not give, and still answers queries sent as text', async () => {
    const unknown = await get(`/graphql?${byHash(`sha256:${'0'.repeat(64)}`, {})}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const text = await get('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ project(slug: "${slug}") { name } }` }),
    });
    expect(text.status).toBe(200);
    expect(await text.json()).toEqual({ data: { project: { name: 'Served' } } });
  });
});
