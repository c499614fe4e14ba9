import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { parseEnv } from '@moduleboard/config';
import { createGitConnector } from '@moduleboard/connectors/git';
import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import { anyConnector, importProjects, silentLogger, syncSources } from '@moduleboard/core';
import { testCtx } from '@moduleboard/core/testing';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { createApp } from '@moduleboard/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const WEB_APP = fileURLToPath(new URL('../../apps/web/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** More parser changes than one page of a kind section holds (20), so "Show more" appears. */
const PARSER_CHANGES = 23;

let repo: TestRepo;
let webRoot: string;
let server: ServerType;
let browser: Browser;
let baseUrl: string;
let slug: string;
let projectName: string;

function projectsFile(): string {
  return `projects:
  - slug: ${slug}
    name: ${projectName}
    description: A project the browser test makes for itself.
    sources:
      - { kind: git, path: ${repo.dir}, name: main }
    modules:
      - slug: lib
        name: Library
        paths: ["lib/**"]
        modules:
          - { slug: parser, name: Parser, paths: ["lib/parser/**"], keywords: [grammar] }
          - { slug: lexer, name: Lexer, paths: ["lib/lexer/**"] }
      - { slug: docs, name: Guides, paths: ["docs/**"] }
`;
}

function makeHistory(): TestRepo {
  const made = createTestRepo();
  made.commit({ message: 'Add the lexer', files: { 'lib/lexer/lexer.ts': 'lex' } });
  for (let n = 1; n <= PARSER_CHANGES; n++) {
    made.commit({
      message: `Parser: handle case ${n}`,
      files: { [`lib/parser/case-${n}.ts`]: `${n}` },
      date: new Date(Date.UTC(2024, 2, 1, 12, n)).toISOString(),
    });
  }
  made.commit({
    message: 'Fix precedence in the parser\n\nUnary minus now binds tighter than exponentiation.',
    files: { 'lib/parser/case-1.ts': 'fixed' },
    date: new Date(Date.UTC(2024, 3, 2, 9, 30)).toISOString(),
  });
  made.commit({ message: 'Write the parser guide', files: { 'docs/parser.md': '# Parser' } });
  return made;
}

/** The web app built as `pnpm build` would, into a folder of this run only. */
async function buildWebApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'moduleboard-web-'));
  // Vite picks React's build from NODE_ENV, which Vitest sets to "test": test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: WEB_APP,
      configFile: join(WEB_APP, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

async function listen(fetch: (request: Request) => Response | Promise<Response>) {
  return new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
    started.once('error', reject);
  });
}

async function openPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The text of whatever has keyboard focus, as a person would read it. */
async function focusedText(page: Page): Promise<string> {
  return String(await page.evaluate('document.activeElement?.textContent?.trim() ?? ""'));
}

/** The accessible name of the landmark holding keyboard focus. */
async function focusedLandmark(page: Page): Promise<string> {
  return String(
    await page.evaluate('document.activeElement?.closest("nav")?.getAttribute("aria-label") ?? ""'),
  );
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  repo = makeHistory();
  slug = uniqueName('e2e');
  projectName = `Browser test ${slug.slice(-6)}`;
  const [built, { db }] = await Promise.all([buildWebApp(), openTestDb()]);
  webRoot = built;
  const ctx = testCtx(db);
  await importProjects({ ctx, input: { text: projectsFile(), file: 'e2e.yaml', baseDir: '/' } });
  const [report] = await syncSources({
    ctx,
    input: { project: slug },
    connectors: { git: anyConnector(createGitConnector()) },
  });
  expect(report).toMatchObject({ ok: true });
  const app = createApp({
    config: parseEnv({ NODE_ENV: 'test' }),
    db,
    logger: silentLogger,
    now: () => new Date(),
    resolveActor: async () => ({ kind: 'anonymous' }),
    webRoot,
  });
  server = await listen(app.fetch);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  repo?.remove();
  if (webRoot) {
    rmSync(webRoot, { recursive: true, force: true });
  }
});

describe('the module page', () => {
  it('is reached from the projects list by clicking, and lists its changes', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await screenshot(page, 'home');

    await page.getByRole('link', { name: projectName }).click();
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    expect(await page.title()).toBe(`${projectName} · Moduleboard`);
    await expect.poll(() => page.getByRole('link', { name: 'Parser' }).count()).toBe(1);
    await screenshot(page, 'project');

    await page.getByRole('link', { name: 'Parser', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Parser' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/p/${slug}/m/lib/parser`);
    expect(await page.title()).toBe(`Parser · ${projectName} · Moduleboard`);
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await breadcrumb.getByRole('link').allTextContents()).toEqual([
      'Projects',
      projectName,
      'Library',
    ]);
    expect(await page.getByText('lib/parser/**').count()).toBe(1);

    const changes = page.getByRole('region', { name: /Changes/ });
    await changes.getByRole('heading', { name: 'Fix precedence in the parser' }).waitFor();
    // Newest first, one page of 20.
    const titles = changes.getByRole('heading', { level: 3 });
    expect(await titles.count()).toBe(20);
    expect(await titles.first().textContent()).toBe('Fix precedence in the parser');
    expect(await changes.getByText('Parser: handle case 23', { exact: true }).count()).toBe(1);
    expect(await changes.getByText('Add the lexer').count()).toBe(0);
    expect(await changes.locator('time').first().getAttribute('datetime')).toBe(
      '2024-04-02T09:30:00.000Z',
    );

    await changes.getByText('Message', { exact: true }).first().click();
    await changes.getByText('Unary minus now binds tighter').waitFor();
    await screenshot(page, 'module');

    await changes.getByRole('button', { name: /Show more/ }).click();
    await expect.poll(() => titles.count()).toBe(PARSER_CHANGES + 1);
    // Focus follows the reader to the first item of the new page.
    expect(await focusedText(page)).toContain('Parser: handle case 4');
    expect(await changes.getByText('Parser: handle case 1', { exact: true }).count()).toBe(1);
    expect(await changes.getByRole('button', { name: /Show more/ }).count()).toBe(0);
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/p/${slug}/m/lib`);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await page
      .getByRole('region', { name: /Changes/ })
      .getByRole('listitem')
      .first()
      .waitFor();

    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    // Past the header, the first stop is the breadcrumb.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Projects');
    expect(await focusedLandmark(page)).toBe('Breadcrumb');
    const reached: string[] = [];
    for (let step = 0; step < 40 && !reached.includes('Parser'); step++) {
      await page.keyboard.press('Tab');
      reached.push(await focusedText(page));
    }
    expect(reached).toEqual([projectName, 'Parser']);

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Parser' }).waitFor();
    await screenshot(page, 'module-keyboard');
    await page.context().close();
  });

  it('fits a phone screen without scrolling sideways', async () => {
    const page = await openPage({ width: 375, height: 740 });
    await page.goto(`${baseUrl}/p/${slug}/m/lib/parser`);
    await page.getByRole('heading', { name: 'Fix precedence in the parser' }).waitFor();
    const [scrollWidth, clientWidth] = (await page.evaluate(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    )) as [number, number];
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await screenshot(page, 'module-phone');
    await page.context().close();
  });

  it('says when a module does not exist, and when the server fails', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/p/${slug}/m/lib/nowhere`);
    await page.getByRole('heading', { level: 1, name: 'Module not found' }).waitFor();
    await page.getByRole('link', { name: `See the modules of ${projectName}` }).waitFor();
    await screenshot(page, 'module-not-found');

    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'The database is resting.' }] }),
      }),
    );
    await page.goto(`${baseUrl}/p/${slug}/m/lib/parser`);
    await page.getByRole('alert').getByText('The database is resting.').waitFor();
    await screenshot(page, 'module-error');
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parser' }).waitFor();
    await page.context().close();
  });
});
