import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { parseEnv } from '@moduleboard/config';
import { type Ctx, silentLogger } from '@moduleboard/core';
import { actorOf, createApp, createAuth } from '@moduleboard/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';

const WEB_APP = fileURLToPath(new URL('../../../apps/web/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** The built app served by the real server on a free port, and a browser to look at it. */
export interface Site {
  baseUrl: string;
  /** The folder of the built app the server serves. */
  webRoot: string;
  browser: Browser;
  close(): Promise<void>;
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

/**
 * Builds the app (while the caller prepares its data), serves it with the API on the caller's
 * database and launches Debian's Chromium. Visitors are anonymous, unless `login` mounts the
 * login service: then they may sign up and in, as on a real site.
 */
export async function openSite(
  prepare: () => Promise<Ctx>,
  options: { login?: boolean } = {},
): Promise<Site> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [webRoot, ctx] = await Promise.all([buildWebApp(), prepare()]);
  // The login service checks each request's origin against the site's address, which is only
  // known once the server listens: the app is made then.
  let handle: (request: Request) => Response | Promise<Response> = () =>
    new Response('starting', { status: 503 });
  const server = await listen((request) => handle(request));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = parseEnv({ NODE_ENV: 'test', PUBLIC_URL: baseUrl });
  const auth = options.login
    ? createAuth({ config, db: ctx.db, secret: 'an end-to-end test secret, long enough' })
    : undefined;
  const app = createApp({
    config,
    db: ctx.db,
    logger: silentLogger,
    now: () => new Date(),
    auth,
    resolveActor: auth ? (request) => actorOf(auth, request) : async () => ({ kind: 'anonymous' }),
    webRoot,
  });
  handle = app.fetch;
  const browser = await chromium.launch({
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
  return {
    baseUrl,
    webRoot,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

export async function openPage(site: Site, viewport = { width: 1280, height: 900 }): Promise<Page> {
  // Without motion, charts and scrolling are at rest when a screenshot is taken.
  const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
  return context.newPage();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The text of whatever has keyboard focus, as a person would read it. */
export async function focusedText(page: Page): Promise<string> {
  return String(await page.evaluate('document.activeElement?.textContent?.trim() ?? ""'));
}

/** Whether the page is wider than the window: a phone would have to scroll sideways. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  const [scrollWidth, clientWidth] = (await page.evaluate(
    '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
  )) as [number, number];
  return scrollWidth > clientWidth;
}
