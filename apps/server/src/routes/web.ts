import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../env';

/**
 * The built single-page app: its files as they are (hashed assets cached for a year), and its
 * index for every other GET so that client-side routes survive a reload.
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
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) {
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    }
  });
  app.use('*', serveStatic({ root }));
  // A file that is not there (an old asset after a rebuild) is a 404, not the app's index: a
  // browser would otherwise try to run HTML as a script.
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.get('*', (c, next) => (/\.[a-z0-9]+$/i.test(c.req.path) ? c.text('Not found', 404) : next()));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(index);
  });
  return app;
}
