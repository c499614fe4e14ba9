import { createGitConnector } from '@moduleboard/connectors/git';
import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import { importProjects, syncSources } from '@moduleboard/core';
import { testCtx } from '@moduleboard/core/testing';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  focusedText,
  openSite,
  openPage as openSitePage,
  type Site,
  screenshot,
  scrollsSideways,
} from './support/browser';

/** More parser changes than one page of a kind section holds (20), so "Show more" appears. */
const PARSER_CHANGES = 23;

let repo: TestRepo;
let site: Site;
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

function openPage(viewport?: { width: number; height: number }): Promise<Page> {
  return openSitePage(site, viewport);
}

/** The accessible name of the landmark holding keyboard focus. */
async function focusedLandmark(page: Page): Promise<string> {
  return String(
    await page.evaluate('document.activeElement?.closest("nav")?.getAttribute("aria-label") ?? ""'),
  );
}

beforeAll(async () => {
  repo = makeHistory();
  slug = uniqueName('e2e');
  projectName = `Browser test ${slug.slice(-6)}`;
  site = await openSite(async () => {
    const { db } = await openTestDb();
    const ctx = testCtx(db);
    await importProjects({ ctx, input: { text: projectsFile(), file: 'e2e.yaml', baseDir: '/' } });
    const [report] = await syncSources({
      ctx,
      input: { project: slug },
      connectors: { git: createGitConnector() },
    });
    expect(report).toMatchObject({ ok: true });
    return ctx;
  });
  baseUrl = site.baseUrl;
});

afterAll(async () => {
  await site?.close();
  repo?.remove();
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
    // Then the module's views, then its submodules.
    expect(reached).toEqual([
      projectName,
      'Items',
      'Log',
      'Authors',
      'Contributors',
      'Tree',
      'Divergence',
      'Parser',
    ]);

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Parser' }).waitFor();
    await screenshot(page, 'module-keyboard');
    await page.context().close();
  });

  it('fits a phone screen without scrolling sideways', async () => {
    const page = await openPage({ width: 375, height: 740 });
    await page.goto(`${baseUrl}/p/${slug}/m/lib/parser`);
    await page.getByRole('heading', { name: 'Fix precedence in the parser' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'module-phone');
    await page.context().close();
  });

  it('says when a module does not exist, and when the server fails', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/p/${slug}/m/lib/nowhere`);
    await page.getByRole('heading', { level: 1, name: 'Module not found' }).waitFor();
    await page.getByRole('link', { name: `See the modules of ${projectName}` }).waitFor();
    await screenshot(page, 'module-not-found');

    await page.route('**/graphql*', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'The database is resting.' }] }),
      }),
    );
    await page.goto(`${baseUrl}/p/${slug}/m/lib/parser`);
    await page.getByRole('alert').getByText('The database is resting.').waitFor();
    await screenshot(page, 'module-error');
    await page.unroute('**/graphql*');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parser' }).waitFor();
    await page.context().close();
  });
});
