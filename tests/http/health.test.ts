import { describe, expect, it } from 'vitest';
import { createTestApp } from '../testkit/app';

describe('HTTP basics', () => {
  it('answers /healthz with 200 while the database answers', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: true });
  });

  it('answers an unknown route with the error shape and a request id', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    const body = (await response.json()) as {
      error: { code: string; message: string; requestId: string };
    };
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toBe('nothing at /api/nothing-here');
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('sets security headers', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/healthz');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
