import { queryRows, transaction } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { JobQueue } from '../jobs/job-queue';
import type { Ctx } from '../shared/context';
import { storableJson } from '../shared/sql';

export const ReceiveDeliveryInput = z.object({
  id: z.string().min(1).max(200),
  event: z.string().regex(/^[a-z_]{1,64}$/, 'must be a GitHub event name'),
  payload: z.record(z.string(), z.unknown()),
});
export type ReceiveDeliveryInput = z.infer<typeof ReceiveDeliveryInput>;

/**
 * Stores a verified GitHub delivery and its job in one transaction, and answers at once; the job
 * does the work. A delivery already stored (a replay, or GitHub redelivering) is acknowledged
 * and has no second effect.
 */
export async function receiveDelivery({
  ctx,
  input,
  queue,
}: {
  ctx: Ctx;
  input: ReceiveDeliveryInput;
  queue: JobQueue;
}): Promise<{ duplicate: boolean }> {
  const delivery = ReceiveDeliveryInput.parse(input);
  const payload = delivery.payload;
  const action = typeof payload.action === 'string' ? payload.action : null;
  const repository =
    payload.repository && typeof payload.repository === 'object'
      ? ((payload.repository as { full_name?: unknown }).full_name ?? null)
      : null;
  return transaction(ctx.db, async (db) => {
    const inserted = await queryRows<{ id: string }>(
      db,
      sql`insert into webhook_deliveries (id, event, action, repository, payload)
          values (${delivery.id}, ${delivery.event}, ${action},
                  ${typeof repository === 'string' ? repository : null},
                  ${storableJson(payload)}::jsonb)
          on conflict (id) do nothing returning id`,
    );
    if (inserted.length === 0) {
      return { duplicate: true };
    }
    await queue.sendWebhook(delivery.id, db);
    return { duplicate: false };
  });
}
