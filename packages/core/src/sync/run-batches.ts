import type { SyncBatch } from '@moduleboard/connectors/types';
import { type Db, schema, transaction } from '@moduleboard/db';
import { eq, sql } from 'drizzle-orm';
import { resolvePeople } from '../people/resolve-people';
import type { Ctx } from '../shared/context';
import { storableJson } from '../shared/sql';
import { readAhead } from './read-ahead';
import type { SourceLease } from './source-lease';
import { type BatchTarget, type StoredBatch, storeBatch } from './store-batch';
import { WriteWindow } from './write-window';

export interface BatchTotals {
  created: number;
  updated: number;
  unchanged: number;
  stale: number;
  deleted: number;
}

export interface RunBatchesInput {
  ctx: Ctx;
  target: BatchTarget;
  batches: AsyncIterable<SyncBatch>;
  lease: SourceLease;
  parallel: number;
  signal?: AbortSignal | undefined;
  onBatch?: ((batch: SyncBatch) => void) | undefined;
}

/**
 * Stores a connector's batches, each in a transaction of its own with the cursor it carries. The
 * connector reads the next batch while this one is written; on PostgreSQL up to `parallel`
 * batches are written at once on separate connections. A batch carrying a cursor or state waits
 * for every batch before it, so a stored cursor never runs ahead of stored items.
 */
export async function runBatches(input: RunBatchesInput): Promise<BatchTotals> {
  const totals: BatchTotals = { created: 0, updated: 0, unchanged: 0, stale: 0, deleted: 0 };
  const people = new PeopleResolution(input.ctx.db, input.target.projectId);
  const window = new WriteWindow(input.parallel);
  const write = async (batch: SyncBatch) => {
    const stored = await storeWithCursor(input.ctx.db, input.target, batch);
    addTotals(totals, stored);
    people.learn(stored);
    // Only now, committed, may batches written beside this one reference these identities.
    for (const [key, id] of stored.identities) {
      input.target.identities?.set(key, id);
    }
    await input.lease.renew();
    input.onBatch?.(batch);
  };
  try {
    for await (const batch of readAhead(input.batches)) {
      input.signal?.throwIfAborted();
      await window.add(() => write(batch), { ordered: Boolean(batch.cursor || batch.state) });
      if (people.due()) {
        // Resolved from what is committed: the batches in flight first.
        await window.drain();
        await people.resolve();
      }
    }
    await window.drain();
  } finally {
    await window.settle();
    await people.resolveIfNeeded();
  }
  return totals;
}

/** One batch and the cursor and state it carries, in one transaction. */
function storeWithCursor(db: Db, target: BatchTarget, batch: SyncBatch): Promise<StoredBatch> {
  return transaction(db, async (tx) => {
    const stored = await storeBatch(tx, target, batch);
    if (batch.cursor || batch.state) {
      await tx
        .update(schema.sources)
        .set({
          ...(batch.cursor ? { cursor: batch.cursor } : {}),
          ...(batch.state
            ? { state: sql`${schema.sources.state} || ${storableJson(batch.state)}::jsonb` }
            : {}),
        })
        .where(eq(schema.sources.id, target.sourceId));
    }
    return stored;
  });
}

function addTotals(totals: BatchTotals, stored: StoredBatch): void {
  totals.created += stored.created;
  totals.updated += stored.updated;
  totals.unchanged += stored.unchanged;
  totals.stale += stored.stale;
  totals.deleted += stored.deleted;
}

// People are resolved again when new identities appear: after the sync, and every few seconds
// during a long one, so that contributor pages fill in as it goes.
const RESOLVE_EVERY_MS = 10_000;

/** When the people of a project need resolving again during and after a sync. */
class PeopleResolution {
  private readonly db: Db;
  private readonly projectId: number;
  private unresolved = false;
  private resolvedAt = Date.now();

  constructor(db: Db, projectId: number) {
    this.db = db;
    this.projectId = projectId;
  }

  learn(stored: StoredBatch): void {
    this.unresolved ||= stored.newIdentities > 0;
  }

  due(): boolean {
    return this.unresolved && Date.now() - this.resolvedAt > RESOLVE_EVERY_MS;
  }

  async resolve(): Promise<void> {
    await resolvePeople(this.db, this.projectId);
    this.unresolved = false;
    this.resolvedAt = Date.now();
  }

  async resolveIfNeeded(): Promise<void> {
    if (this.unresolved) {
      await this.resolve();
    }
  }
}
