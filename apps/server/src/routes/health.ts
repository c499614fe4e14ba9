import { checkDatabase } from '@moduleboard/core';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';

/** Liveness and readiness in one: 200 when the database answers, 503 otherwise. */
export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const database = await checkDatabase(deps.db);
    return c.json({ status: database ? 'ok' : 'degraded', database }, database ? 200 : 503);
  });
}
