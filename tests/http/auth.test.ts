import { describe, expect, it } from 'vitest';
import { createTestApp, gql } from '../testkit/app';
import { signUp } from '../testkit/users';

describe('centralized login', () => {
  it('signs a new account up and recognises its session in GraphQL', async () => {
    const { app } = await createTestApp();
    const user = await signUp(app);
    const result = await gql(app, '{ viewer { name isAdmin } }', {}, user.cookie);
    expect(result.data).toEqual({ viewer: { name: 'Test User', isAdmin: false } });
  });

  it('treats a request without a session as anonymous', async () => {
    const { app } = await createTestApp();
    expect((await gql(app, '{ viewer { id } }')).data).toEqual({ viewer: null });
  });

  it('refuses a password that is too short, saying so', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ email: 'short@example.org', password: 'short', name: 'S' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/password/i);
  });

  it('signs in again with the password, and refuses a wrong one', async () => {
    const { app } = await createTestApp();
    const user = await signUp(app);
    const signIn = await app.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ email: user.email, password: 'a long enough password' }),
    });
    expect(signIn.status).toBe(200);
    const wrong = await app.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ email: user.email, password: 'not the password' }),
    });
    expect(wrong.status).toBe(401);
  });
});
