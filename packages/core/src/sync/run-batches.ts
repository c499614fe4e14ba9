import type { SyncBatch } from '@moduleboard/connectors/types';
import { type Db, schema } from '@moduleboard/db';
import { eq, sql } from 'drizzle-orm';
import { resolvePeople } from '../people/resolve-people';
import type { Ctx } from '../shared/context';
import { storableJson } from '../shared/sql';
import { readAhead } from './read-ahead';
import type { SourceLease } from './source-lease';
import { type BatchTarget, storeBatch } from './store-batch';

export interface BatchTotals {
  created: number;
  updated: number;
  unchanged: number;
  stale: number;
  deleted: number;
}

// People are resolved again when new identities appear: after the sync, and every few seconds
// during a long one, so that contributor pages fill in as it goes.
const RESOLVE_EVERY_MS = 10_000;

/**
 * Stores a connector's batches, each in a transaction of its own with the cursor it carries. The
 * connector reads the next batch while this one is written; on PostgreSQL up to `parallel`
 * batches are written at once on separate connections. A batch carrying a cursor or state waits
 * for every batch before it, so a stored cursor never runs ahead of stored items.
 */
export async function runBatches(input: {
  ctx: Ctx;
  target: BatchTarget;
  batches: AsyncIterable<SyncBatch>;
  lease: SourceLease;
  parallel: number;
  signal?: AbortSignal | undefined;
  onBatch?: ((batch: SyncBatch) => void) | undefined;
}): Promise<BatchTotals> {
  const { ctx, target } = input;
  const totals: BatchTotals = { created: 0, updated: 0, unchanged: 0, stale: 0, deleted: 0 };
  let unresolved = false;
  let resolvedAt = Date.now();
  const store = async (batch: SyncBatch) => {
    const learned = await ctx.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const stored = await storeBatch(db, target, batch);
      totals.created += stored.created;
      totals.updated += stored.updated;
      totals.unchanged += stored.unchanged;
      totals.stale += stored.stale;
      totals.deleted += stored.deleted;
      unresolved ||= stored.newIdentities > 0;
      if (batch.cursor || batch.state) {
        await db
          .update(schema.sources)
          .set({
            ...(batch.cursor ? { cursor: batch.cursor } : {}),
            ...(batch.state
              ? { state: sql`${schema.sources.state} || ${storableJson(batch.state)}::jsonb` }
              : {}),
          })
          .where(eq(schema.sources.id, target.sourceId));
      }
      return stored.identities;
    });
    // Only now may batches written beside this one reference these identities.
    for (const [key, id] of learned) {
      target.identities?.set(key, id);
    }
    await input.lease.renew();
    input.onBatch?.(batch);
  };
  const pending: Promise<void>[] = [];
  const settle = async () => {
    const failed = (await Promise.allSettled(pending.splice(0))).find(
      (r): r is PromiseRejectedResult => r.status === 'rejected',
    );
    if (failed) {
      throw failed.reason;
    }
  };
  try {
    for await (const batch of readAhead(input.batches)) {
      input.signal?.throwIfAborted();
      const ordered = Boolean(batch.cursor || batch.state);
      if (ordered || pending.length >= input.parallel) {
        await settle();
      }
      const task = store(batch);
      // Settled (and its error thrown) by `settle`; never left unobserved.
      task.catch(() => undefined);
      pending.push(task);
      if (ordered || input.parallel <= 1) {
        await settle();
      }
      if (unresolved && pending.length === 0 && Date.now() - resolvedAt > RESOLVE_EVERY_MS) {
        await resolvePeople(ctx.db, target.projectId);
        unresolved = false;
        resolvedAt = Date.now();
      }
    }
    await settle();
  } finally {
    await Promise.allSettled(pending);
    if (unresolved) {
      await resolvePeople(ctx.db, target.projectId);
    }
  }
  return totals;
}
