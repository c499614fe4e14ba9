/** A failure as the login API reports it (better-auth's `{ code, message, status }`). */
export interface AuthFailure {
  code?: string | undefined;
  message?: string | undefined;
  status?: number | undefined;
}

const WORDS: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD:
    'That e-mail address and password do not match an account. Check them and try again.',
  USER_ALREADY_EXISTS: 'An account with this e-mail address already exists: sign in instead.',
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL:
    'An account with this e-mail address already exists: sign in instead.',
  PASSWORD_TOO_SHORT: 'The password is too short: use at least 10 characters.',
  PASSWORD_TOO_LONG: 'The password is too long.',
  INVALID_EMAIL: 'That does not look like an e-mail address.',
  INVALID_ORIGIN:
    'The server refused a request from this address. Open the site at the address it was set up with.',
  MISSING_OR_NULL_ORIGIN:
    'The server refused a request from this address. Open the site at the address it was set up with.',
};

/** What went wrong with signing in, up or out, in words a person can act on. */
export function describeAuthError(failure: AuthFailure): string {
  const known =
    failure.code && Object.hasOwn(WORDS, failure.code) ? WORDS[failure.code] : undefined;
  if (known) {
    return known;
  }
  if (failure.status === 429) {
    return 'Too many attempts. Wait a minute, then try again.';
  }
  if (!failure.status) {
    return 'The server could not be reached. Check the connection and try again.';
  }
  if (failure.status >= 500) {
    return `The server failed (${failure.status}). Try again in a moment.`;
  }
  const message = failure.message?.trim();
  return message ? `${message.replace(/\.$/, '')}.` : `The server said no (${failure.status}).`;
}
