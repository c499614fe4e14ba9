import { describe, expect, it } from 'vitest';
import { describeAuthError } from './auth-errors';

describe('describeAuthError', () => {
  it('puts the login API’s codes in words', () => {
    expect(
      describeAuthError({ code: 'INVALID_EMAIL_OR_PASSWORD', status: 401, message: 'x' }),
    ).toMatch(/do not match an account/);
    expect(describeAuthError({ code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL', status: 422 })).toBe(
      'An account with this e-mail address already exists: sign in instead.',
    );
    expect(describeAuthError({ code: 'PASSWORD_TOO_SHORT', status: 400 })).toMatch(
      /at least 10 characters/,
    );
  });

  it('says what it can of the rest', () => {
    expect(describeAuthError({ status: 429 })).toMatch(/Too many attempts/);
    expect(describeAuthError({})).toMatch(/could not be reached/);
    expect(describeAuthError({ status: 503 })).toBe(
      'The server failed (503). Try again in a moment.',
    );
    expect(describeAuthError({ status: 400, message: 'Name is required' })).toBe(
      'Name is required.',
    );
    expect(describeAuthError({ status: 403 })).toBe('The server said no (403).');
  });
});
