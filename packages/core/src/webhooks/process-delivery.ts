import { normalizeWebhook, WebhookPayloadError } from '@moduleboard/connectors/github';
import { queryRows, schema, transaction } from '@moduleboard/db';
import { eq, sql } from 'drizzle-orm';
import type { JobQueue } from '../jobs/job-queue';
import { loadProjectModules, toRoutable } from '../modules/load-modules';
import { resolvePeople } from '../people/resolve-people';
import { Router } from '../routing/router';
import type { Ctx } from '../shared/context';
import { storeBatch } from '../sync/store-batch';

interface FollowingSource {
  id: number;
  project_id: number;
  use_case_label: string | null;
  has_cursor: boolean;
}

// Events that carry only part of an object: a sync of the source then fetches the rest (a pull
// request's files and commits).
const FOLLOW_UP_SYNC = new Set(['pull_request', 'pull_request_review']);

/**
 * Applies a stored delivery to every GitHub source that follows its repository. Items are
 * upserted by id and a payload older than what is stored changes nothing, so replays and
 * deliveries out of order end in the same state as deliveries in order.
 */
export async function processDelivery({
  ctx,
  input,
  queue,
}: {
  ctx: Ctx;
  input: { deliveryId: string };
  queue?: JobQueue | undefined;
}): Promise<{ applied: number; note?: string }> {
  const [delivery] = await ctx.db
    .select()
    .from(schema.webhookDeliveries)
    .where(eq(schema.webhookDeliveries.id, input.deliveryId));
  if (!delivery || delivery.processedAt) {
    return { applied: 0, note: delivery ? 'already processed' : 'no such delivery' };
  }
  const finish = (error: string | null) =>
    ctx.db
      .update(schema.webhookDeliveries)
      .set({ processedAt: ctx.now(), error })
      .where(eq(schema.webhookDeliveries.id, delivery.id));
  const sources = delivery.repository
    ? await queryRows<FollowingSource>(
        ctx.db,
        sql`select id, project_id, config->>'useCaseLabel' as use_case_label,
              cursor is not null as has_cursor
            from sources where kind = 'github' and lower(config->>'repo') = lower(${delivery.repository})`,
      )
    : [];
  if (sources.length === 0) {
    await finish(null);
    return { applied: 0, note: `no source follows ${delivery.repository ?? 'this repository'}` };
  }
  let applied = 0;
  for (const source of sources) {
    let normalized: ReturnType<typeof normalizeWebhook>;
    try {
      normalized = normalizeWebhook(delivery.event, delivery.payload, {
        useCaseLabel: source.use_case_label,
      });
    } catch (error) {
      if (error instanceof WebhookPayloadError) {
        // A payload we cannot read will not read better later: recorded, not retried.
        await finish(error.message);
        return { applied: 0, note: error.message };
      }
      throw error;
    }
    if ('ignored' in normalized) {
      await finish(null);
      return { applied: 0, note: normalized.ignored };
    }
    const projectId = Number(source.project_id);
    const router = new Router(toRoutable(await loadProjectModules(ctx.db, projectId)));
    const stored = await transaction(ctx.db, async (tx) =>
      storeBatch(
        tx,
        {
          projectId,
          sourceId: Number(source.id),
          router,
          emitEvents: source.has_cursor,
          actor: `webhook:${delivery.id}`,
        },
        normalized.batch,
      ),
    );
    if (stored.newIdentities > 0) {
      await resolvePeople(ctx.db, projectId);
    }
    applied++;
    if (queue && FOLLOW_UP_SYNC.has(delivery.event)) {
      await queue.sendSync(Number(source.id));
    }
  }
  await finish(null);
  return { applied };
}
