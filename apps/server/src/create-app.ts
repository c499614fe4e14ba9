import { isDomainError, NotFoundError } from '@moduleboard/core';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './deps';
import type { AppEnv } from './env';
import { errorResponse } from './errors';
import { authRoutes } from './routes/auth';
import { graphqlRoutes } from './routes/graphql';
import { healthRoutes } from './routes/health';
import { webRoutes } from './routes/web';
import { webhookRoutes } from './routes/webhooks';

/** The whole HTTP surface, built from its dependencies; tests build it on PGlite. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requestId());
  app.use(
    '*',
    secureHeaders({
      // GraphiQL (development only) loads its assets from a CDN.
      contentSecurityPolicy:
        deps.config.env === 'production'
          ? { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] }
          : undefined,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.onError((error, c) => {
    if (!isDomainError(error)) {
      deps.logger.error('request failed', {
        requestId: c.get('requestId'),
        path: c.req.path,
        error: error instanceof Error ? error.stack : String(error),
      });
    }
    return errorResponse(c, error);
  });
  app.route('/healthz', healthRoutes(deps));
  app.route('/graphql', graphqlRoutes(deps));
  if (deps.auth) {
    app.route('/api/auth', authRoutes(deps.auth));
  }
  app.all('/api/*', (c) => errorResponse(c, notFound(c.req.path)));
  app.route('/webhooks', webhookRoutes(deps));
  app.all('/feeds/*', (c) => errorResponse(c, notFound(c.req.path)));
  if (deps.webRoot) {
    app.route('/', webRoutes(deps.webRoot));
  }
  app.notFound((c) => errorResponse(c, notFound(c.req.path)));
  return app;
}

export type App = ReturnType<typeof createApp>;

function notFound(path: string) {
  return new NotFoundError(`nothing at ${path}`);
}
