import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitConnector } from '@moduleboard/connectors/git';
import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import type { GithubCursor, GithubSourceConfig } from '@moduleboard/connectors/github';
import type { Connector, NormalizedItem } from '@moduleboard/connectors/types';
import { fillLineCounts, importProjects, syncSources } from '@moduleboard/core';
import { testCtx } from '@moduleboard/core/testing';
import { schema } from '@moduleboard/db';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { and, eq } from 'drizzle-orm';
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

const FIX_TITLE = 'Fix the lexer crash at the end of a file';
const ISSUE_TITLE = 'The lexer crashes at the end of a file';
const PULL_TITLE = 'Lexer: stop at the end of a file';

let repo: TestRepo;
let fixSha: string;
let site: Site;
let slug: string;
let projectName: string;

const at = (day: number) => new Date(Date.UTC(2024, 2, day, 9)).toISOString();
const ann = { name: 'Ann Lee', email: 'ann@example.org' };
const bo = { name: 'Bo Chen', email: 'bo@example.org' };

/**
 * main: a base, then three changes of Ann and Bo to the library; `upstream` branches off after
 * the base and gets a lexer change and a docs change of its own.
 */
function makeHistory(): TestRepo {
  const made = createTestRepo();
  made.commit({
    message: 'Lay out the lexer and the guide',
    files: { 'lib/lexer/lexer.ts': 'lex\n', 'docs/guide.md': '# Guide\n' },
    date: at(1),
  });
  made.git('branch', 'upstream');
  made.commit({
    message: 'Parser: handle tabs',
    files: { 'lib/parser/grammar.ts': 'grammar\ntabs\n', 'lib/parser/rules/tabs.ts': '1\n2\n3\n' },
    author: ann,
    date: at(2),
  });
  fixSha = made.commit({
    message: `${FIX_TITLE}\n\nThe lexer read past the last line\nwhen a file did not end with a newline.\n\nFixes: #12`,
    files: { 'lib/lexer/lexer.ts': 'lex\nend\n', 'lib/parser/rules/eof.ts': 'eof\n' },
    author: bo,
    date: at(3),
  });
  made.commit({
    message: 'Parser: report the column of errors',
    files: { 'lib/parser/grammar.ts': 'grammar\ntabs\ncolumns\n' },
    author: ann,
    date: at(4),
  });
  made.git('checkout', '-q', 'upstream');
  made.commit({
    message: 'Upstream: speed up the lexer',
    files: { 'lib/lexer/fast.ts': 'fast\n' },
    date: at(5),
  });
  made.commit({
    message: 'Upstream: reword the guide',
    files: { 'docs/guide.md': '# The guide\n' },
  });
  made.git('checkout', '-q', 'main');
  return made;
}

function projectsFile(missing: string): string {
  return `projects:
  - slug: ${slug}
    name: ${projectName}
    sources:
      - { kind: git, path: ${repo.dir}, branch: main, upstream: upstream, name: code }
      - { kind: github, repo: acme/parsers, name: tracker }
      - { kind: git, path: ${missing}, name: mirror }
    modules:
      - slug: lib
        name: Library
        paths: ["lib/**"]
        modules:
          - { slug: parser, name: Parser, paths: ["lib/parser/**"] }
          - { slug: lexer, name: Lexer, paths: ["lib/lexer/**"] }
      - { slug: docs, name: Guides, paths: ["docs/**"] }
`;
}

/** The tracker as GitHub would hand it over: issue #12, and pull request #13 holding the fix. */
function trackerConnector(): Connector<GithubSourceConfig, GithubCursor> {
  const when = new Date(at(2));
  const items: NormalizedItem[] = [
    {
      externalId: 'issue:12',
      kind: 'BUG',
      title: ISSUE_TITLE,
      status: 'OPEN',
      labels: ['lexer'],
      createdAt: when,
      updatedAt: when,
    },
    {
      externalId: 'pull:13',
      kind: 'CHANGE',
      title: PULL_TITLE,
      status: 'DONE',
      createdAt: when,
      updatedAt: when,
      linkedChanges: [fixSha],
    },
  ];
  return {
    kind: 'github',
    async *sync() {
      yield { items };
    },
  };
}

function openPage(viewport?: { width: number; height: number }): Promise<Page> {
  return openSitePage(site, viewport);
}

function url(path: string): string {
  return `${site.baseUrl}${path}`;
}

/** Where the page is, as the address bar shows it after the host. */
function location(page: Page): string {
  const { pathname, search } = new URL(page.url());
  return `${pathname}${search}`;
}

beforeAll(async () => {
  repo = makeHistory();
  slug = uniqueName('e2e-repo');
  projectName = `Repository views ${slug.slice(-6)}`;
  site = await openSite(async () => {
    const { db } = await openTestDb();
    const ctx = testCtx(db);
    const missing = join(tmpdir(), `${slug}-does-not-exist`);
    await importProjects({
      ctx,
      input: { text: projectsFile(missing), file: 'e2e.yaml', baseDir: '/' },
    });
    const reports = await syncSources({
      ctx,
      input: { project: slug },
      connectors: {
        git: createGitConnector(),
        github: trackerConnector(),
      },
    });
    expect(reports.map((r) => r.ok)).toEqual([true, true, false]);
    const [code] = await db
      .select({ id: schema.sources.id })
      .from(schema.sources)
      .innerJoin(schema.projects, eq(schema.projects.id, schema.sources.projectId))
      .where(and(eq(schema.projects.slug, slug), eq(schema.sources.name, 'code')));
    if (!code) {
      throw new Error('the code source was not imported');
    }
    await fillLineCounts({ ctx, input: { sourceId: code.id } });
    return ctx;
  });
});

afterAll(async () => {
  await site?.close();
  repo?.remove();
});

describe('the repository views of a module', () => {
  it('walks from the log to a change, the tree, the divergence and the sources', async () => {
    const page = await openPage();
    await page.goto(url(`/p/${slug}/m/lib`));
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    const views = page.getByRole('navigation', { name: 'Module views' });

    // The log: every change of the module, newest first.
    await views.getByRole('link', { name: 'Log' }).click();
    await page.getByText('4 changes, newest first.').waitFor();
    expect(location(page)).toBe(`/p/${slug}/m/lib?view=log`);
    expect(await page.title()).toBe(`Log · Library · ${projectName} · Moduleboard`);
    expect(await views.getByRole('link', { name: 'Log' }).getAttribute('aria-current')).toBe(
      'page',
    );
    const log = page.getByRole('region', { name: 'Log' });
    expect(await log.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Parser: report the column of errors',
      FIX_TITLE,
      'Parser: handle tabs',
      'Lay out the lexer and the guide',
    ]);
    await screenshot(page, 'repository-log');

    // Filtered by author through the form, then by path: each filter is in the address.
    const filters = page.getByRole('search', { name: 'Filter the log' });
    await filters.getByLabel('Author').fill('Bo Chen');
    await filters.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('1 change by Bo Chen, newest first.').waitFor();
    expect(location(page)).toBe(`/p/${slug}/m/lib?view=log&author=Bo+Chen`);
    expect(await log.getByRole('heading', { level: 3 }).allTextContents()).toEqual([FIX_TITLE]);
    await screenshot(page, 'repository-log-author');

    await filters.getByLabel('Author').fill('');
    await filters.getByLabel('Path').fill('lib/parser');
    await filters.getByLabel('Path').press('Enter');
    await page.getByText('3 changes touching lib/parser, newest first.').waitFor();
    expect(location(page)).toBe(`/p/${slug}/m/lib?view=log&path=lib%2Fparser`);
    await page.goBack();
    await page.getByText('1 change by Bo Chen, newest first.').waitFor();
    expect(await filters.getByLabel('Author').inputValue()).toBe('Bo Chen');

    // A change: its commit, message, files with line counts, the issue it closes, its pull request.
    await log.getByRole('link', { name: FIX_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: FIX_TITLE }).waitFor();
    expect(location(page)).toMatch(new RegExp(`^/p/${slug}/i/itm_\\w+$`));
    expect(await page.title()).toBe(`${FIX_TITLE} · ${projectName} · Moduleboard`);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await crumbs.locator('[aria-current="page"]').textContent()).toBe(
      `Change ${fixSha.slice(0, 10)}`,
    );
    expect(await page.getByText(fixSha.slice(0, 10), { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Bo Chen', { exact: true }).count()).toBe(1);
    const message = page.getByRole('region', { name: 'Message' });
    expect(await message.textContent()).toContain(
      'The lexer read past the last line\nwhen a file did not end with a newline.',
    );
    const files = page.getByRole('region', { name: /Files/ });
    const lexerRow = files.getByRole('row', { name: /lib\/lexer\/lexer\.ts/ });
    expect(await lexerRow.getByRole('cell').allTextContents()).toEqual([
      'Mmodified',
      '+1 lines added',
      '0 lines deleted',
    ]);
    await files.getByRole('rowheader', { name: 'lib/parser/rules/eof.ts' }).waitFor();
    expect(await files.getByText(/not counted yet/).count()).toBe(0);
    const references = page.getByRole('region', { name: 'References' });
    await references.getByText('Closes', { exact: true }).waitFor();
    const issueLink = references.getByRole('link', { name: `Fixes: #12 ${ISSUE_TITLE}` });
    const pulls = page.getByRole('region', { name: 'Pull requests' });
    await pulls.getByRole('link', { name: PULL_TITLE }).waitFor();
    const modules = page.getByRole('region', { name: 'Modules' });
    for (const name of ['Library', 'Parser', 'Lexer']) {
      await modules.getByRole('link', { name, exact: true }).waitFor();
    }
    await screenshot(page, 'change');

    await issueLink.click();
    await page.getByRole('heading', { level: 1, name: ISSUE_TITLE }).waitFor();
    await page.getByText('Open', { exact: true }).first().waitFor();
    await page.goBack();
    await pulls.getByRole('link', { name: PULL_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: PULL_TITLE }).waitFor();
    // A pull request lists its commits, each leading back to its change.
    const commits = page.getByRole('region', { name: /Commits/ });
    await commits.getByRole('link', { name: FIX_TITLE }).waitFor();
    expect(await crumbs.locator('[aria-current="page"]').textContent()).toBe('Pull request #13');
    await screenshot(page, 'pull-request');
    await page.goBack();

    // The tree: the module's folders with changes and churn, one level at a time.
    await modules.getByRole('link', { name: 'Library', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await views.getByRole('link', { name: 'Tree' }).click();
    const tree = page.getByRole('region', { name: 'Tree' });
    const table = tree.getByRole('table');
    await table.getByRole('link', { name: 'parser/' }).waitFor();
    expect(await page.title()).toBe(`Tree · Library · ${projectName} · Moduleboard`);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['lexer/', 'parser/']);
    // Three changes touched the parser, adding 2 + 3 + 1 + 1 lines and deleting none.
    const parserCells = table.getByRole('row', { name: /parser\// }).getByRole('cell');
    expect((await parserCells.allTextContents()).slice(0, 2)).toEqual(['3', '+7 0']);
    expect(await parserCells.nth(2).textContent()).toMatch(/^Parser: report the column of errors/);
    expect(await tree.getByText(/not counted yet/).count()).toBe(0);
    await screenshot(page, 'tree');

    await table.getByRole('link', { name: 'parser/' }).click();
    await table.getByRole('link', { name: 'rules/' }).waitFor();
    expect(location(page)).toBe(`/p/${slug}/m/lib?view=tree&path=lib%2Fparser`);
    const folder = tree.getByRole('navigation', { name: 'Folder' });
    expect(await folder.getByRole('link').allTextContents()).toEqual(['All paths', 'lib']);
    expect(await folder.locator('[aria-current="page"]').textContent()).toBe('parser');
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['rules/', 'grammar.ts']);
    await screenshot(page, 'tree-folder');

    // A file leads to its own log.
    await table.getByRole('link', { name: 'grammar.ts', exact: true }).click();
    await page.getByText('2 changes touching lib/parser/grammar.ts, newest first.').waitFor();
    expect(await filters.getByLabel('Path').inputValue()).toBe('lib/parser/grammar.ts');

    // The divergence from upstream: over the repository, then the commits touching the module.
    await views.getByRole('link', { name: 'Divergence' }).click();
    const code = page.getByRole('article', { name: /code/ });
    await code.getByText('3 commits ahead').waitFor();
    await code.getByText('2 commits behind').waitFor();
    const ahead = code.getByRole('region', { name: /Ahead/ });
    expect(await ahead.getByRole('heading').textContent()).toMatch(/only in main, touching/);
    const behind = code.getByRole('region', { name: /Behind/ });
    expect(await ahead.getByRole('listitem').count()).toBe(3);
    expect(await behind.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Upstream: speed up the lexer'),
    ]);
    // Only the branch's own commits are stored here, so only they link to a change.
    expect(await behind.getByRole('link').count()).toBe(0);
    await screenshot(page, 'divergence');
    await ahead.getByRole('link', { name: 'Parser: handle tabs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parser: handle tabs' }).waitFor();

    // The project's sources, reached from its page, with the broken one's error in words.
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: projectName })
      .click();
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await page.getByText('1 failing · 4 sources').waitFor();
    await page.getByRole('link', { name: 'Sources', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    expect(location(page)).toBe(`/p/${slug}/sources`);
    expect(await page.title()).toBe(`Sources · ${projectName} · Moduleboard`);
    const failing = page.getByRole('region', { name: '1 source is failing' });
    expect(await failing.textContent()).toMatch(/mirror[\s\S]*does not exist/);
    const sources = page.getByRole('table');
    const health = async (name: string) =>
      (await sources.getByRole('row', { name: new RegExp(`^${name}\\b`) }).textContent())?.match(
        /OK|Failing|Never synced|Made here/,
      )?.[0];
    expect(await health('code')).toBe('OK');
    expect(await health('tracker')).toBe('OK');
    expect(await health('mirror')).toBe('Failing');
    expect(await health('native')).toBe('Made here');
    await screenshot(page, 'sources');
    await page.context().close();
  });

  it('shows who changed the module, and each author’s name filters the log', async () => {
    const page = await openPage();
    await page.goto(url(`/p/${slug}/m/lib?view=authors`));
    const authors = page.getByRole('region', { name: 'Authors' });
    const table = authors.getByRole('table');
    await table.getByRole('link', { name: 'Ann Lee' }).waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([
      'Ann Lee',
      'Bo Chen',
      'Test Author',
    ]);
    const annsRow = table.getByRole('row', { name: /Ann Lee/ });
    expect(await annsRow.getByRole('cell').first().textContent()).toBe('2');
    // The chart loads on its own, after the table.
    await authors.getByRole('img', { name: /Bar chart of changes by author/ }).waitFor();
    await screenshot(page, 'authors');

    await table.getByRole('link', { name: 'Ann Lee' }).click();
    await page.getByText('2 changes by Ann Lee, newest first.').waitFor();
    // A name is a whole name: "Ann" would also find "Joanna".
    expect(new URL(page.url()).searchParams.get('author')).toBe('Ann Lee');
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    await page.context().close();
  });

  it('can be filtered and browsed with the keyboard alone', async () => {
    const page = await openPage();
    await page.goto(url(`/p/${slug}/m/lib`));
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    let reached = '';
    for (let step = 0; step < 20 && reached !== 'Log'; step++) {
      await page.keyboard.press('Tab');
      reached = await focusedText(page);
    }
    expect(reached).toBe('Log');
    await page.keyboard.press('Enter');
    await page.getByText('4 changes, newest first.').waitFor();

    // The view's links stay where they were; the form comes next.
    for (let step = 0; step < 10; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate('document.activeElement?.name === "author"')) {
        break;
      }
    }
    await page.keyboard.type('Ann');
    await page.keyboard.press('Enter');
    await page.getByText('2 changes by Ann, newest first.').waitFor();
    // Submitting keeps the reader where they were.
    expect(await page.evaluate('document.activeElement?.name')).toBe('author');

    // Opening a folder replaces the link just followed: the reader goes on from the folder's
    // name in its breadcrumb.
    await page.goto(url(`/p/${slug}/m/lib?view=tree`));
    await page.getByRole('link', { name: 'parser/' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'rules/' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('parser');
    await page.context().close();
  });

  it('fits a phone screen', async () => {
    const page = await openPage({ width: 375, height: 740 });
    const pages: [string, string, () => Promise<void>][] = [
      [
        'change-phone',
        `/p/${slug}/m/lib?view=log&author=Bo+Chen`,
        async () => {
          await page.getByRole('link', { name: FIX_TITLE }).click();
          await page.getByRole('heading', { level: 1, name: FIX_TITLE }).waitFor();
          await page.getByRole('rowheader', { name: 'lib/parser/rules/eof.ts' }).waitFor();
        },
      ],
      [
        'tree-phone',
        `/p/${slug}/m/lib?view=tree&path=lib/parser`,
        () => page.getByRole('link', { name: 'rules/' }).waitFor(),
      ],
      [
        'sources-phone',
        `/p/${slug}/sources`,
        () => page.getByRole('region', { name: '1 source is failing' }).waitFor(),
      ],
    ];
    for (const [name, path, ready] of pages) {
      await page.goto(url(path));
      await ready();
      expect(await scrollsSideways(page), name).toBe(false);
      await screenshot(page, name);
    }
    await page.context().close();
  });

  it('says when a view fails to load, and tries again', async () => {
    const page = await openPage();
    // The app names its operations by hash and sends queries by GET: the tree's has its name.
    await page.route('**/graphql?*', async (route) => {
      if (new URL(route.request().url()).searchParams.get('operationName') === 'ModuleTree') {
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'The tree is being replanted.' }] }),
        });
      } else {
        await route.continue();
      }
    });
    await page.goto(url(`/p/${slug}/m/lib?view=tree`));
    await page.getByRole('alert').getByText('The tree is being replanted.').waitFor();
    // The module's own header still stands.
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await page.unroute('**/graphql?*');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('link', { name: 'parser/' }).waitFor();

    await page.goto(url(`/p/${slug}/i/itm_nothing`));
    await page.getByRole('heading', { level: 1, name: 'Item not found' }).waitFor();
    await page.context().close();
  });
});
