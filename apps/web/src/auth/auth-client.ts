import { createAuthClient } from 'better-auth/client';
import { type AuthFailure, describeAuthError } from '../lib/auth-errors';

// Loaded only when someone signs in, up or out: the pages need none of it to show who is
// signed in, which they ask the GraphQL API.
const client = createAuthClient({ baseURL: window.location.origin, basePath: '/api/auth' });

/** The outcome of a sign-in, sign-up or sign-out: nothing, or what went wrong in words. */
export type AuthOutcome = { ok: true } | { ok: false; message: string };

async function run(
  call: () => Promise<{ error: AuthFailure | null | undefined }>,
): Promise<AuthOutcome> {
  try {
    const { error } = await call();
    return error ? { ok: false, message: describeAuthError(error) } : { ok: true };
  } catch {
    return { ok: false, message: describeAuthError({}) };
  }
}

export function signIn(input: { email: string; password: string }): Promise<AuthOutcome> {
  return run(() => client.signIn.email(input));
}

export function signUp(input: {
  name: string;
  email: string;
  password: string;
}): Promise<AuthOutcome> {
  return run(() => client.signUp.email(input));
}

export function signOut(): Promise<AuthOutcome> {
  return run(() => client.signOut());
}
