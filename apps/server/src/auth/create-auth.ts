import type { AppConfig } from '@moduleboard/config';
import type { Actor } from '@moduleboard/core';
import { type Db, schema } from '@moduleboard/db';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin } from 'better-auth/plugins';

export interface AuthOptions {
  config: AppConfig;
  db: Db;
  /** The session secret: AUTH_SECRET, or the one kept in the data directory in development. */
  secret: string;
}

/**
 * The centralized login: accounts, sessions, password hashing, login with GitHub and the
 * administrator role, all by the auth library, on our own tables.
 */
export function createAuth({ config, db, secret }: AuthOptions) {
  return betterAuth({
    appName: 'Moduleboard',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      usePlural: true,
      schema: {
        users: schema.users,
        sessions: schema.sessions,
        accounts: schema.accounts,
        verifications: schema.verifications,
      },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: 10 },
    socialProviders: config.github.oauth
      ? {
          github: {
            clientId: config.github.oauth.clientId,
            clientSecret: config.github.oauth.clientSecret,
          },
        }
      : {},
    plugins: [admin({ defaultRole: 'member', adminRoles: ['admin'] })],
    telemetry: { enabled: false },
    trustedOrigins: [config.publicUrl],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Who a request comes from: its session's user, or an anonymous visitor. */
export async function actorOf(auth: Auth, request: Request): Promise<Actor> {
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) {
    return { kind: 'anonymous' };
  }
  const role = (session.user as { role?: string | null }).role === 'admin' ? 'admin' : 'member';
  return { kind: 'user', userId: session.user.id, role, name: session.user.name };
}
