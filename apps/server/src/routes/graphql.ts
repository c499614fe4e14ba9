import { createGraphQLHandler } from '@moduleboard/graphql';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';
import { webAppOperations } from './web';

/** GraphQL over HTTP (GET and POST) on the one Yoga instance of the app. */
export function graphqlRoutes(deps: AppDeps) {
  const yoga = createGraphQLHandler({
    db: deps.db,
    logger: deps.logger,
    now: deps.now,
    resolveActor: deps.resolveActor,
    graphiql: deps.config.env !== 'production',
    persistedOperations: deps.webRoot ? webAppOperations(deps.webRoot) : undefined,
  });
  return new Hono<AppEnv>().on(['GET', 'POST', 'OPTIONS'], '/', (c) =>
    yoga.fetch(c.req.raw, { requestId: c.get('requestId') }),
  );
}
