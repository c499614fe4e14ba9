import { type Db, schema } from '@moduleboard/db';
import { uniqueName } from '@moduleboard/db/testing';
import type { App } from '@moduleboard/server';
import { eq } from 'drizzle-orm';

export interface TestUser {
  email: string;
  /** The session cookie to send with requests. */
  cookie: string;
}

/** Signs a new account up through the login API, as the web app does, and keeps its session. */
export async function signUp(
  app: App,
  options: { admin?: boolean; db?: Db } = {},
): Promise<TestUser> {
  const email = `${uniqueName('user')}@example.org`;
  const response = await app.request('/api/auth/sign-up/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ email, password: 'a long enough password', name: 'Test User' }),
  });
  if (response.status !== 200) {
    throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (options.admin) {
    if (!options.db) {
      throw new Error('making an administrator needs the database');
    }
    await options.db
      .update(schema.users)
      .set({ role: 'admin' })
      .where(eq(schema.users.email, email));
  }
  return { email, cookie };
}
