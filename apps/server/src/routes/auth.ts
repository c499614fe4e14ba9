import { Hono } from 'hono';
import type { Auth } from '../auth/create-auth';
import type { AppEnv } from '../env';

/** Sign-up, sign-in, sessions, GitHub login and administration, handled by the auth library. */
export function authRoutes(auth: Auth) {
  return new Hono<AppEnv>().on(['GET', 'POST'], '/*', (c) => auth.handler(c.req.raw));
}
