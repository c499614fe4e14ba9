import { verifyWebhookSignature } from '@moduleboard/connectors/github';
import {
  NotFoundError,
  receiveDelivery,
  UnauthenticatedError,
  ValidationError,
} from '@moduleboard/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';

// GitHub caps payloads at 25 MB.
const MAX_PAYLOAD = 25 * 1024 * 1024;

/**
 * `POST /webhooks/github`: verified against GITHUB_WEBHOOK_SECRET, stored with its job in one
 * transaction, answered 202 at once; the job applies it.
 */
export function webhookRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post(
    '/github',
    bodyLimit({
      maxSize: MAX_PAYLOAD,
      onError: () => {
        throw new ValidationError('the payload is larger than 25 MB');
      },
    }),
    async (c) => {
      const secret = deps.config.github.webhookSecret;
      if (!secret || !deps.queue) {
        throw new NotFoundError('GitHub webhooks are not enabled here (set GITHUB_WEBHOOK_SECRET)');
      }
      const raw = await c.req.text();
      const signature = c.req.header('x-hub-signature-256') ?? '';
      if (!(await verifyWebhookSignature(secret, raw, signature))) {
        throw new UnauthenticatedError('the X-Hub-Signature-256 header does not match the payload');
      }
      const event = c.req.header('x-github-event');
      const id = c.req.header('x-github-delivery');
      if (!event || !id) {
        throw new ValidationError('X-GitHub-Event and X-GitHub-Delivery headers are required');
      }
      let payload: unknown;
      try {
        payload = JSON.parse(raw);
      } catch {
        throw new ValidationError('the payload is not JSON');
      }
      if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
        throw new ValidationError('the payload is not a JSON object');
      }
      if (event === 'ping') {
        return c.json({ delivery: id, pong: true });
      }
      const result = await receiveDelivery({
        ctx: {
          db: deps.db,
          actor: { kind: 'webhook', deliveryId: id },
          now: deps.now,
          logger: deps.logger,
        },
        input: { id, event, payload: payload as Record<string, unknown> },
        queue: deps.queue,
      });
      return c.json({ delivery: id, duplicate: result.duplicate }, 202);
    },
  );
}
