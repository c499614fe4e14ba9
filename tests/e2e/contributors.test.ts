import { createGitConnector } from '@moduleboard/connectors/git';
import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import { type Ctx, importProjects, syncSources } from '@moduleboard/core';
import { testCtx } from '@moduleboard/core/testing';
import { schema } from '@moduleboard/db';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { eq } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  focusedText,
  openSite,
  openPage as openSitePage,
  type Site,
  screenshot,
  scrollsSideways,
} from './support/browser';

const LEXER_FIX = 'Lexer: stop at the end of a file';

let repo: TestRepo;
let site: Site;
let ctx: Ctx;
let slug: string;
let projectName: string;

const at = (month: number, day: number) =>
  new Date(Date.UTC(2024, month - 1, day, 9)).toISOString();
const ann = { name: 'Ann Lee', email: 'ann@example.org' };
const bo = { name: 'Bo Chen', email: 'bo@example.org' };
const carol = { name: 'Carol Diaz', email: 'carol@example.org' };
// Carol's address before she moved: only the .mailmap says it is hers.
const carolBefore = { name: 'C. Diaz', email: 'cdiaz@old.example.net' };
/** The merge of Carol's two identities, named after them in either order. */
const CAROLS = /^(Carol Diaz and C\. Diaz|C\. Diaz and Carol Diaz)$/;

/**
 * Five changes from January to April 2024. Credits (patch 2, co-author 2, review 1, found 1):
 * Carol 3 patches (two under her old address) and 1 review = 7; Bo 2 patches = 4; Ann 1
 * co-authored and 1 review = 3; Dan 1 found = 1.
 */
function makeHistory(): TestRepo {
  const made = createTestRepo();
  made.commit({
    message: 'Lay out the parser',
    files: {
      'lib/parser/grammar.ts': 'grammar\n',
      '.mailmap': `${carol.name} <${carol.email}> <${carolBefore.email}>\n`,
    },
    author: carol,
    date: at(1, 10),
  });
  made.commit({
    message: `Parser: handle tabs\n\nReview by: ${ann.name} <${ann.email}>\n`,
    files: { 'lib/parser/tabs.ts': 'tabs\n' },
    author: carolBefore,
    date: at(2, 5),
  });
  made.commit({
    // Mirrored from Subversion: revision 1234.
    message: `${LEXER_FIX}\n\nThe lexer read past the last line\nwhen a file did not end with a newline.\n\nPatch by: ${bo.name} <${bo.email}>\n(his first patch)\nReview by: ${carol.name} <${carol.email}>\n\ngit-svn-id: https://svn.example.org/repos/parsers/trunk@1234 6a1f0c2e-5b1d-4c1e-9d7a-3f0e8b2a4c11\n`,
    files: { 'lib/lexer/lexer.ts': 'lex\nend\n' },
    author: ann,
    date: at(2, 20),
  });
  made.commit({
    message: `Parser: report the column of errors\n\nCo-authored-by: ${ann.name} <${ann.email}>\n`,
    files: { 'lib/parser/grammar.ts': 'grammar\ncolumns\n' },
    author: bo,
    date: at(4, 2),
  });
  made.commit({
    message: 'Docs: explain the grammar\n\nFound by: Dan Roe <dan@example.org>\n',
    files: { 'docs/grammar.md': '# Grammar\n' },
    author: carolBefore,
    date: at(4, 15),
  });
  return made;
}

function projectsFile(): string {
  return `projects:
  - slug: ${slug}
    name: ${projectName}
    sources:
      - { kind: git, path: ${repo.dir}, branch: main, name: code }
    credits:
      revisionUrl: https://svn.example.org/viewvc?view=revision&revision={revision}
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

function openPage(viewport?: { width: number; height: number }): Promise<Page> {
  return openSitePage(site, viewport);
}

function url(path: string): string {
  return `${site.baseUrl}${path}`;
}

function hrefsOf(links: Element[]): string[] {
  return links.map((link) => link.getAttribute('href') ?? '');
}

function location(page: Page): string {
  const { pathname, search } = new URL(page.url());
  return `${pathname}${search}`;
}

/** The ranking as a person reads it: rank, name, score, credits, usernames per row. */
async function ranking(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /Contributors ranked by score/ });
  await table.getByRole('rowheader').first().waitFor();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) =>
      (await row.locator('th, td').allTextContents()).map((text) => text.trim()),
    ),
  );
}

/** Waits until the ranking's status line says `text`, so the table is the filtered one. */
async function rankingSays(page: Page, text: string | RegExp): Promise<Locator> {
  const status = page.getByRole('region', { name: 'Ranking' }).getByRole('status');
  await expect.poll(() => status.textContent()).toMatch(text);
  return status;
}

beforeAll(async () => {
  repo = makeHistory();
  slug = uniqueName('e2e-credits');
  projectName = `Credits ${slug.slice(-6)}`;
  site = await openSite(
    async () => {
      const { db } = await openTestDb();
      ctx = testCtx(db);
      await importProjects({
        ctx,
        input: { text: projectsFile(), file: 'e2e.yaml', baseDir: '/' },
      });
      const reports = await syncSources({
        ctx,
        input: { project: slug },
        connectors: { git: createGitConnector() },
      });
      expect(reports.map((r) => r.ok)).toEqual([true]);
      return ctx;
    },
    { login: true },
  );
});

afterAll(async () => {
  await site?.close();
  repo?.remove();
});

describe('contributors', () => {
  it('ranks the project’s contributors, with their activity and each one’s credits', async () => {
    const page = await openPage();
    await page.goto(url(`/p/${slug}`));
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await page.getByRole('link', { name: 'Contributors', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Contributors' }).waitFor();
    expect(location(page)).toBe(`/p/${slug}/contributors`);
    expect(await page.title()).toBe(`Contributors · ${projectName} · Moduleboard`);

    await rankingSays(page, '4 contributors, ranked by score.');
    expect(await ranking(page)).toEqual([
      ['1', 'Carol Diaz', '7', '3 patches, 1 review', '—'],
      ['2', 'Bo Chen', '4', '2 patches', '—'],
      ['3', 'Ann Lee', '3', '1 co-authored, 1 review', '—'],
      ['4', 'Dan Roe', '1', '1 found', '—'],
    ]);
    // Nobody signed in: no review of merges on offer.
    expect(await page.getByRole('link', { name: 'Review identity merges' }).count()).toBe(0);

    // The chart, named and summed up in words: five changes from January to April.
    const chart = page.getByRole('img', { name: /^Bar chart of credited changes per month/ });
    await chart.waitFor();
    const summary = page.getByText(/^5 changes credited over 4 months/);
    // February and April tie, with two changes each.
    expect(await summary.textContent()).toMatch(/The busiest months had 2 changes each\.$/);
    expect(await chart.getAttribute('aria-label')).toContain('5 changes credited over 4 months');
    await page.getByText('The numbers by month').click();
    const numbers = page.getByRole('table', { name: /months with credits/ });
    expect(await numbers.getByRole('row').count()).toBe(1 + 3);
    await screenshot(page, 'contributors');

    // A role, then dates: each in the address, each narrowing the ranking.
    const filters = page.getByRole('search', { name: 'Filter the contributors' });
    await filters.getByLabel('Role').selectOption('review');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await rankingSays(page, '2 contributors (reviews), ranked by score.');
    expect(location(page)).toBe(`/p/${slug}/contributors?role=review`);
    expect((await ranking(page)).map((row) => row.slice(0, 4))).toEqual([
      ['1', 'Ann Lee', '1', '1 review'],
      ['1', 'Carol Diaz', '1', '1 review'],
    ]);
    await filters.getByLabel('Role').selectOption('');
    await filters.getByLabel('From').fill('2024-04-01');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await rankingSays(page, /^4 contributors \(since .*2024\), ranked by score\.$/);
    expect(location(page)).toBe(`/p/${slug}/contributors?since=2024-04-01`);
    expect((await ranking(page)).map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Ann Lee', '2'],
      ['1', 'Bo Chen', '2'],
      ['1', 'Carol Diaz', '2'],
      ['4', 'Dan Roe', '1'],
    ]);
    await page.getByText(/^2 changes credited in April 2024 by 4 people\./).waitFor();
    await filters.getByRole('link', { name: 'Clear filters' }).click();
    await rankingSays(page, '4 contributors, ranked by score.');

    // A contributor's page: who they are, their activity, credits by role with the lines.
    await page.getByRole('link', { name: 'Bo Chen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bo Chen' }).waitFor();
    expect(location(page)).toMatch(new RegExp(`^/p/${slug}/people/per_\\w+$`));
    expect(await page.title()).toBe(`Bo Chen · Contributors · ${projectName} · Moduleboard`);
    await page.getByText('2 patches', { exact: true }).waitFor();
    await page.getByText('bo {_AT_} example.org', { exact: true }).waitFor();
    await page.getByRole('img', { name: /^Bar chart of credited changes per month/ }).waitFor();
    const patches = page.getByRole('region', { name: /^Patches/ });
    const credits = patches.getByRole('table');
    await credits.getByRole('rowheader').first().waitFor();
    expect(await credits.getByRole('rowheader').allTextContents()).toEqual([
      'Parser: report the column of errors',
      LEXER_FIX,
    ]);
    const fixRow = credits.getByRole('row', { name: new RegExp(LEXER_FIX) });
    // Its Subversion revision, linked as the project says.
    const revision = fixRow.getByRole('link', { name: 'r1234' });
    expect(await revision.getAttribute('href')).toBe(
      'https://svn.example.org/viewvc?view=revision&revision=1234',
    );
    // Addresses are hidden from harvesters, as on the contributor pages of old.
    expect(await fixRow.locator('.credit-line').textContent()).toBe(
      `Patch by: ${bo.name} <bo {_AT_} example.org>(his first patch)`,
    );
    await fixRow.locator('.aside').getByText('(his first patch)').waitFor();
    const authored = credits.getByRole('row', { name: /report the column/ });
    await authored.getByText('The author of the change').waitFor();
    // The whole message on demand, its lines as written.
    const fixCredit = credits.locator('tbody', {
      has: page.getByRole('row', { name: new RegExp(LEXER_FIX) }),
    });
    await fixCredit.getByText(`Message of “${LEXER_FIX}”`).click();
    const message = fixCredit.locator('.item-body-text');
    await message.waitFor();
    expect(await message.textContent()).toContain(
      'The lexer read past the last line\nwhen a file did not end with a newline.',
    );
    await screenshot(page, 'contributor');

    // The change itself, from its credit.
    await credits.getByRole('link', { name: LEXER_FIX }).click();
    await page.getByRole('heading', { level: 1, name: LEXER_FIX }).waitFor();
    await page.context().close();
  });

  it('ranks the contributors of a module in a tab of its own', async () => {
    const page = await openPage();
    await page.goto(url(`/p/${slug}/m/lib/parser`));
    await page.getByRole('heading', { level: 1, name: 'Parser' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Module views' })
      .getByRole('link', { name: 'Contributors' })
      .click();
    await rankingSays(page, '3 contributors, ranked by score.');
    expect(location(page)).toBe(`/p/${slug}/m/lib/parser?view=contributors`);
    expect(await page.title()).toBe(`Contributors · Parser · ${projectName} · Moduleboard`);
    expect((await ranking(page)).map((row) => row.slice(0, 4))).toEqual([
      ['1', 'Carol Diaz', '4', '2 patches'],
      ['2', 'Ann Lee', '3', '1 co-authored, 1 review'],
      ['3', 'Bo Chen', '2', '1 patch'],
    ]);
    await page.getByRole('img', { name: /^Bar chart of credited changes per month/ }).waitFor();
    await screenshot(page, 'module-contributors');

    // Filters apply to the tab, and stay in its address.
    const filters = page.getByRole('search', { name: 'Filter the contributors' });
    await filters.getByLabel('Role').selectOption('patch');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await rankingSays(page, '2 contributors (patches), ranked by score.');
    expect(location(page)).toBe(`/p/${slug}/m/lib/parser?view=contributors&role=patch`);
    await page.context().close();
  });

  it('lets a new account sign up, and an administrator undo and redo a merge', async () => {
    const page = await openPage();
    const email = `${uniqueName('admin')}@example.org`;
    const password = 'a password long enough';
    await page.goto(url(`/p/${slug}/contributors`));
    await rankingSays(page, '4 contributors, ranked by score.');
    const header = page.getByRole('banner');
    await header.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Sign in · Moduleboard');

    // No account yet: the login service says no, in words.
    const form = page.locator('form.auth-form');
    await form.getByLabel('E-mail address').fill(email);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .getByText(/do not match an account/)
      .waitFor();

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await form.getByLabel('Name').fill('Ada Admin');
    await form.getByLabel('E-mail address').fill(email);
    await form.getByLabel('Password').fill('too short');
    await form.getByRole('button', { name: 'Create an account' }).click();
    await page
      .getByRole('alert')
      .getByText(/at least 10 characters/)
      .waitFor();
    await form.getByLabel('Password').fill(password);
    await screenshot(page, 'sign-up');
    await form.getByRole('button', { name: 'Create an account' }).click();

    // Back where they were, signed in.
    await page.getByRole('heading', { level: 1, name: 'Contributors' }).waitFor();
    expect(location(page)).toBe(`/p/${slug}/contributors`);
    await header.getByText('Ada Admin').waitFor();
    await header.getByRole('button', { name: 'Sign out' }).waitFor();

    // Not an administrator yet: the merges are not theirs to see.
    expect(await page.getByRole('link', { name: 'Review identity merges' }).count()).toBe(0);
    await page.goto(url(`/p/${slug}/merges`));
    await page
      .getByRole('alert')
      .getByText('Only administrators can review identity merges.')
      .waitFor();

    await ctx.db.update(schema.users).set({ role: 'admin' }).where(eq(schema.users.email, email));
    await page.goto(url(`/p/${slug}/contributors`));
    await page.getByRole('link', { name: 'Review identity merges' }).click();
    await page.getByRole('heading', { level: 1, name: 'Identity merges' }).waitFor();
    expect(await page.title()).toBe(`Identity merges · ${projectName} · Moduleboard`);
    const which = page.getByRole('navigation', { name: 'Which merges' });
    await expect.poll(() => which.getByRole('link', { name: /^All/ }).textContent()).toBe('All 1');
    const merge = page.getByRole('article', { name: CAROLS });
    await merge.getByText('A .mailmap entry').waitFor();
    await merge.getByText('Active', { exact: true }).waitFor();
    await screenshot(page, 'merges');

    // Undo: two people at once, in the merge and in the counts.
    await merge.getByRole('button', { name: /^Undo/ }).click();
    await merge.getByRole('button', { name: /^Redo/ }).waitFor();
    await merge.getByText(/^Undone/).waitFor();
    await expect
      .poll(() => which.getByRole('link', { name: /^Undone/ }).textContent())
      .toBe('Undone 1');
    expect(await which.getByRole('link', { name: /^Active/ }).textContent()).toBe('Active 0');
    // Each identity now belongs to a contributor of its own (both go by the .mailmap's name).
    const contributorsOf = merge.getByRole('link');
    await expect.poll(async () => new Set(await contributorsOf.evaluateAll(hrefsOf)).size).toBe(2);
    await screenshot(page, 'merges-undone');
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'merges-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('link', { name: 'Contributors', exact: true }).click();
    await rankingSays(page, '5 contributors, ranked by score.');
    expect((await ranking(page)).map((row) => row.slice(0, 4))).toEqual([
      ['1', 'Bo Chen', '4', '2 patches'],
      ['1', 'Carol Diaz', '4', '2 patches'],
      ['3', 'Ann Lee', '3', '1 co-authored, 1 review'],
      ['3', 'Carol Diaz', '3', '1 patch, 1 review'],
      ['5', 'Dan Roe', '1', '1 found'],
    ]);
    await screenshot(page, 'contributors-split');

    // Redo: one person again.
    await page.goto(url(`/p/${slug}/merges?show=undone`));
    const undone = page.getByRole('article', { name: CAROLS });
    await undone.getByRole('button', { name: /^Redo/ }).click();
    await undone.getByRole('button', { name: /^Undo/ }).waitFor();
    await expect
      .poll(() => which.getByRole('link', { name: /^Active/ }).textContent())
      .toBe('Active 1');
    await page.goto(url(`/p/${slug}/contributors`));
    await rankingSays(page, '4 contributors, ranked by score.');
    expect((await ranking(page))[0]?.slice(0, 3)).toEqual(['1', 'Carol Diaz', '7']);

    // Signing out hides the merges again.
    await header.getByRole('button', { name: 'Sign out' }).click();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('link', { name: 'Review identity merges' }).count()).toBe(0);
    await page.context().close();
  });

  it('can be filtered with the keyboard alone, and fits a phone screen', async () => {
    const page = await openPage({ width: 375, height: 740 });
    await page.goto(url(`/p/${slug}/contributors`));
    await rankingSays(page, '4 contributors, ranked by score.');
    let reached = false;
    for (let step = 0; step < 20 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = Boolean(await page.evaluate('document.activeElement?.name === "role"'));
    }
    expect(reached).toBe(true);
    // The first role after "All roles": patches. Choosing is not applying: Apply comes next.
    await page.keyboard.press('ArrowDown');
    for (let step = 0; step < 12 && (await focusedText(page)) !== 'Apply'; step++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedText(page)).toBe('Apply');
    await page.keyboard.press('Enter');
    await rankingSays(page, '2 contributors (patches), ranked by score.');
    expect(new URL(page.url()).searchParams.get('role')).toBe('patch');
    // Applying keeps the reader on the button they pressed.
    expect(await focusedText(page)).toBe('Apply');

    const pages: [string, string, () => Promise<unknown>][] = [
      [
        'contributors-phone',
        `/p/${slug}/contributors`,
        async () => {
          await ranking(page);
          await page.getByRole('img', { name: /^Bar chart of credited changes/ }).waitFor();
        },
      ],
      [
        'contributor-phone',
        `/p/${slug}/contributors`,
        async () => {
          await page.getByRole('link', { name: 'Carol Diaz' }).click();
          await page
            .getByRole('region', { name: /^Patches/ })
            .getByRole('table')
            .waitFor();
        },
      ],
      [
        'sign-in-phone',
        '/sign-in',
        () => page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor(),
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
});
