import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { loadPersistedOperations, type PersistedOperations } from '@moduleboard/graphql';
import { Hono } from 'hono';
import type { AppEnv } from '../env';

// What the web app's build writes beside its files for the server (apps/web/vite.config.ts):
// the app's routes, and the documents its operations name by hash.
const ROUTES_FILE = 'routes.json';
const PERSISTED_OPERATIONS_FILE = 'persisted-operations.json';

/** The operations the built web app sends by hash, or undefined when it is not built. */
export function webAppOperations(root: string): PersistedOperations | undefined {
  return loadPersistedOperations(join(root, PERSISTED_OPERATIONS_FILE));
}

/** The app's routes in React Router's syntax, which Hono reads the same way for these. */
function readRoutes(root: string): string[] {
  const file = join(root, ROUTES_FILE);
  const routes: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  if (!Array.isArray(routes) || !routes.every((r) => typeof r === 'string' && r.startsWith('/'))) {
    throw new Error(`${file} should list the web app's routes: rebuild it with \`pnpm build\``);
  }
  return routes;
}

/**
 * The built single-page app: its hashed assets cached for good, every other file revalidated,
 * and its index for the app's routes (so that they survive a reload), never cached, since it
 * names the assets of the current build. An address that is none of the app's routes still
 * gets the index, whose not-found page says so, but with a 404 for browsers and crawlers.
 */
export function webRoutes(root: string) {
  const app = new Hono<AppEnv>();
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    return app.get('*', (c) =>
      c.text('The web app is not built: run `pnpm build` (or `pnpm start`).', 503),
    );
  }
  const index = readFileSync(indexPath, 'utf8');
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      const hashed = c.req.path.startsWith('/assets/');
      c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });
  app.use('*', serveStatic({ root }));
  // A file that is not there (an old asset after a rebuild) is a plain 404, not the app's index:
  // a browser would otherwise try to run HTML as a script.
  app.get('*', (c, next) => (/\.[a-z0-9]+$/i.test(c.req.path) ? c.text('Not found', 404) : next()));
  const page = (status: 200 | 404) => () =>
    new Response(index, {
      status,
      headers: { 'Content-Type': 'text/html; charset=UTF-8', 'Cache-Control': 'no-cache' },
    });
  for (const route of readRoutes(root)) {
    // The app's router takes `/p/x/` for `/p/x`; so does the server.
    app.get(route, page(200));
    if (!route.endsWith('/') && !route.endsWith('*')) {
      app.get(`${route}/`, page(200));
    }
  }
  app.get('*', page(404));
  return app;
}
