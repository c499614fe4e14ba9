import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFeedConnector } from '@moduleboard/connectors/feed';
import { createGitConnector } from '@moduleboard/connectors/git';
import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import { importProjects, syncSources } from '@moduleboard/core';
import { testCtx } from '@moduleboard/core/testing';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, type Site, screenshot } from './support/browser';

// The module page as a person meets it, measured in Chromium: from navigation to every section
// drawn, and going Back to it. Its figures are kept in docs/benchmarks.md.

const CHANGES = 30;
const TASKS = 24;
const DISCUSSIONS = 22;
const USE_CASES = 3;
// The sections of the items view, by their anchors, and the first title each must show.
const SECTIONS = ['kind-bug', 'kind-change', 'kind-use-case', 'kind-discussion'];

let repo: TestRepo;
let site: Site;
let slug: string;

function feed(title: string, entries: number, day: (n: number) => number): string {
  const items = Array.from({ length: entries }, (_, index) => {
    const n = index + 1;
    const date = new Date(Date.UTC(2024, 4, day(n), 8)).toUTCString();
    return `<item><title>${title} ${n}</title><link>https://lists.example.org/${title}/${n}</link><guid>${title}-${n}</guid><pubDate>${date}</pubDate><author>ann@example.org (Ann Lee)</author><description>About the parser, part ${n}.</description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://lists.example.org/</link><description>${title}</description>${items.join('')}</channel></rss>`;
}

function projectsFile(): string {
  const tasks = Array.from(
    { length: TASKS },
    (_, i) =>
      `      - { title: "Parser task ${i + 1}", module: lib/parser, status: ${i % 3 === 0 ? 'wip' : 'open'}, priority: ${i % 2 === 0 ? 'high' : 'low'}, owner: ann }`,
  );
  return `projects:
  - slug: ${slug}
    name: Speed ${slug.slice(-6)}
    sources:
      - { kind: git, path: ${repo.dir}, name: main }
      - { kind: feed, file: discussions.rss, name: list, modules: [lib/parser] }
      - { kind: feed, file: use-cases.rss, name: cases, modules: [lib/parser], itemKind: USE_CASE }
    modules:
      - slug: lib
        name: Library
        description: Everything under lib/, measured by the browser.
        paths: ["lib/**"]
        modules:
          - { slug: parser, name: Parser, paths: ["lib/parser/**"] }
          - { slug: lexer, name: Lexer, paths: ["lib/lexer/**"] }
    tasks:
${tasks.join('\n')}
`;
}

function makeRepo(): TestRepo {
  const made = createTestRepo();
  made.commit({ message: 'Add the lexer', files: { 'lib/lexer/lexer.ts': 'lex' } });
  for (let n = 1; n <= CHANGES; n++) {
    made.commit({
      message: `Parser: handle case ${n}\n\nA longer message for case ${n}, as commits have.`,
      files: { [`lib/parser/case-${n}.ts`]: `${n}` },
      date: new Date(Date.UTC(2024, 2, 1, 12, n)).toISOString(),
    });
  }
  writeFileSync(
    join(made.dir, 'discussions.rss'),
    feed('Parser thread', DISCUSSIONS, (n) => n),
  );
  writeFileSync(
    join(made.dir, 'use-cases.rss'),
    feed('Parser use case', USE_CASES, (n) => n),
  );
  return made;
}

beforeAll(async () => {
  repo = makeRepo();
  slug = uniqueName('speed');
  site = await openSite(async () => {
    const { db } = await openTestDb();
    const ctx = testCtx(db);
    await importProjects({
      ctx,
      input: { text: projectsFile(), file: 'speed.yaml', baseDir: repo.dir },
    });
    const reports = await syncSources({
      ctx,
      input: { project: slug },
      connectors: {
        git: createGitConnector(),
        feed: createFeedConnector(),
      },
    });
    expect(reports.every((r) => r.ok)).toBe(true);
    return ctx;
  });
});

afterAll(async () => {
  await site?.close();
  if (repo) {
    rmSync(repo.dir, { recursive: true, force: true });
  }
});

/** Every layout shift the page records (not those right after input), as CLS counts them. */
const OBSERVE_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function layoutShift(page: Page, from = 0): Promise<number> {
  const shifts = (await page.evaluate('window.__shifts')) as number[];
  return shifts.slice(from).reduce((sum, value) => sum + value, 0);
}

async function shiftCount(page: Page): Promise<number> {
  return ((await page.evaluate('window.__shifts')) as number[]).length;
}

/** Waits in the page until every section shows its items; answers the page's clock then. */
function sectionsDrawn(page: Page): Promise<number> {
  return page.evaluate(async (ids) => {
    const done = () => ids.every((id) => document.querySelector(`#${id} .item-list li`));
    while (!done()) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return performance.now();
  }, SECTIONS);
}

/** The GraphQL requests the page sends, by operation name, as long as it is watched. */
function watchGraphQL(page: Page) {
  const seen: Request[] = [];
  const listener = (request: Request) => {
    if (new URL(request.url()).pathname === '/graphql') {
      seen.push(request);
    }
  };
  page.on('request', listener);
  return {
    names: () => seen.map((r) => new URL(r.url()).searchParams.get('operationName') ?? 'POST'),
    requests: () => [...seen],
    clear: () => seen.splice(0),
  };
}

const figures: string[] = [];

/**
 * Whether the focused element draws a ring, and which of its ancestors would cut the ring off
 * (those that clip their overflow and do not hold the whole ring).
 */
const FOCUS_RING = `(() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const grow = Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
  const box = element.getBoundingClientRect();
  const clipped = [];
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const clip = getComputedStyle(parent);
    if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
    const held = parent.getBoundingClientRect();
    if (box.left - grow < held.left || box.top - grow < held.top ||
        box.right + grow > held.right || box.bottom + grow > held.bottom) {
      clipped.push(parent.tagName.toLowerCase() + '.' + parent.className);
    }
  }
  return { ring, clipped };
})()`;

describe('the module page, measured', () => {
  it('draws its first screen from one request, without moving, and comes Back from the cache', async () => {
    const page = await openPage(site);
    await page.addInitScript(OBSERVE_SHIFTS);
    const graphql = watchGraphQL(page);
    const url = `${site.baseUrl}/p/${slug}/m/lib`;

    await page.goto(url, { waitUntil: 'commit' });
    const firstDrawn = await sectionsDrawn(page);
    await page.waitForTimeout(500);
    const firstShift = await layoutShift(page);
    const [scriptsReady, answered] = (await page.evaluate(`[
      performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      performance.getEntriesByType('resource')
        .find((r) => r.name.includes('operationName=ModulePage')).responseEnd,
    ]`)) as [number, number];
    const firstRequests = graphql.names();
    // Who is asking (once per visit) and the module page itself: one request for what it shows.
    expect(firstRequests.sort()).toEqual(['ModulePage', 'Viewer']);
    // Only hashes travel: no query text in any address or body.
    for (const request of graphql.requests()) {
      expect(request.method()).toBe('GET');
      expect(new URL(request.url()).searchParams.has('query')).toBe(false);
    }
    expect(firstShift).toBeLessThan(0.1);
    await screenshot(page, 'module-measured');

    // Away to a change, then Back.
    const changes = page.getByRole('region', { name: /Changes/ });
    await changes.getByRole('link', { name: `Parser: handle case ${CHANGES}` }).click();
    await page.getByRole('heading', { level: 1, name: `Parser: handle case ${CHANGES}` }).waitFor();
    graphql.clear();
    const shiftsBefore = await shiftCount(page);
    const backStart = (await page.evaluate('performance.now()')) as number;
    await page.goBack({ waitUntil: 'commit' });
    const backDrawn = await sectionsDrawn(page);
    await page.waitForTimeout(500);
    expect(graphql.names()).toEqual([]);
    const backShift = await layoutShift(page, shiftsBefore);
    expect(backShift).toBeLessThan(0.1);

    figures.push(
      `first visit: scripts ready ${scriptsReady.toFixed(0)} ms after navigation, the module ` +
        `page's answer in ${answered.toFixed(0)} ms, every section drawn at ${firstDrawn.toFixed(0)} ms, ` +
        `${firstRequests.length} GraphQL requests (${firstRequests.join(', ')}), ` +
        `layout shift ${firstShift.toFixed(3)}`,
      `Back: every section drawn ${(backDrawn - backStart).toFixed(0)} ms after going back, ` +
        `0 GraphQL requests, layout shift ${backShift.toFixed(3)}`,
    );
    await page.context().close();
  });

  it('lands on the changes when "N changes" is clicked while the page loads', async () => {
    const page = await openPage(site);
    // A slow answer, so the click comes as early as a person could make it.
    await page.route('**/graphql?operationName=ModulePage*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${site.baseUrl}/p/${slug}/m/lib`, { waitUntil: 'commit' });
    const link = page
      .getByRole('navigation', { name: 'Kinds of items' })
      .getByRole('link', { name: /^\d+ changes$/ });
    await link.click();
    await sectionsDrawn(page);
    await page.waitForTimeout(500);
    const top = await page
      .getByRole('heading', { level: 2, name: /^Changes/ })
      .evaluate((heading) => heading.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    expect(new URL(page.url()).hash).toBe('#kind-change');
    await page.context().close();
  });

  it('returns to where the reader was in a scrolled log, with the pages loaded', async () => {
    const page = await openPage(site, { width: 1280, height: 700 });
    const graphql = watchGraphQL(page);
    await page.goto(`${site.baseUrl}/p/${slug}/m/lib?view=log`);
    const log = page.getByRole('region', { name: 'Log' });
    await log.getByRole('button', { name: /Show more/ }).click();
    await log.getByRole('link', { name: 'Parser: handle case 1', exact: true }).waitFor();
    const target = log.getByRole('link', { name: 'Parser: handle case 3', exact: true });
    await target.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(200);
    const scrolled = (await page.evaluate('window.scrollY')) as number;
    expect(scrolled).toBeGreaterThan(1000);
    await target.click();
    await page.getByRole('heading', { level: 1, name: 'Parser: handle case 3' }).waitFor();
    expect((await page.evaluate('window.scrollY')) as number).toBe(0);

    graphql.clear();
    await page.goBack();
    await log.getByRole('link', { name: 'Parser: handle case 1', exact: true }).waitFor();
    await expect.poll(() => page.evaluate('window.scrollY')).toBe(scrolled);
    expect(graphql.names()).toEqual([]);
    await screenshot(page, 'log-back');
    figures.push(`Back to a log scrolled to ${scrolled}px: restored to ${scrolled}px`);
    await page.context().close();
  });

  it('keeps the room of a chart while its code loads', async () => {
    const page = await openPage(site);
    await page.addInitScript(OBSERVE_SHIFTS);
    // Slow chart code, so the placeholder can be seen and measured.
    await page.route('**/assets/*chart*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${site.baseUrl}/p/${slug}/m/lib?view=contributors`);
    const placeholder = page.getByText('Loading the chart…');
    await placeholder.waitFor();
    const room = await placeholder.evaluate((box) => box.getBoundingClientRect().height);
    expect(room).toBeGreaterThan(100);
    await screenshot(page, 'chart-loading');
    const chart = page.locator('.activity-chart canvas');
    await chart.waitFor();
    const drawn = await page
      .locator('.activity-chart')
      .evaluate((box) => box.getBoundingClientRect().height);
    expect(drawn).toBe(room);
    expect(await layoutShift(page)).toBeLessThan(0.1);
    await page.context().close();
  });

  it.each([
    ['the module’s views', 'module', 'Module views', 'Log'],
    ['the sign-in form’s modes', 'sign-in', 'Sign in or create an account', 'Create an account'],
  ])('shows the whole focus ring on a tab of %s', async (_what, where, nav, tab) => {
    const page = await openPage(site, { width: 375, height: 740 });
    await page.goto(`${site.baseUrl}${where === 'module' ? `/p/${slug}/m/lib` : '/sign-in'}`);
    const link = page.getByRole('navigation', { name: nav }).getByRole('link', { name: tab });
    await link.waitFor();
    // Reached by the keyboard, as a person tabbing through would.
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe(tab);
    expect(await page.evaluate(FOCUS_RING)).toEqual({ ring: true, clipped: [] });
    await page.context().close();
  });

  it('prints its figures', () => {
    expect(figures.length).toBe(3);
    console.log(`module page in Chromium:\n  ${figures.join('\n  ')}`);
  });
});
