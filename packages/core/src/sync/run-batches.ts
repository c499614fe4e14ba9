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
  // Batches being written, each removing itself once written. A writer that finishes takes the
  // next batch at once (a window, not rounds): waiting for all of them would leave the database
  // idle while the next batch is formatted, and this process idle while they are written.
  const pending = new Set<Promise<void>>();
  let failure: { reason: unknown } | undefined;
  // Waits for every batch in flight, or for the first to finish; throws the first failure.
  const settle = async (all = true) => {
    await (all ? Promise.allSettled(pending) : Promise.race(pending));
    if (failure) {
      throw failure.reason;
    }
  };
  try {
    for await (const batch of readAhead(input.batches)) {
      input.signal?.throwIfAborted();
      const ordered = Boolean(batch.cursor || batch.state);
      if (ordered) {
        await settle();
      }
      while (pending.size >= Math.max(1, input.parallel)) {
        await settle(false);
      }
      const task: Promise<void> = store(batch).then(
        () => {
          pending.delete(task);
        },
        (error: unknown) => {
          pending.delete(task);
          failure ??= { reason: error };
        },
      );
      pending.add(task);
      if (ordered || input.parallel <= 1) {
        await settle();
      }
      if (failure) {
        throw failure.reason;
      }
      if (unresolved && Date.now() - resolvedAt > RESOLVE_EVERY_MS) {
        // Resolved from what is committed: the batches in flight first.
        await settle();
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
