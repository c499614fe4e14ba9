import type { SyncBatch } from '@moduleboard/connectors/types';
import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { type StoreItemsResult, storeItems } from '../items/store-items';
import { storeMilestones } from '../items/store-milestones';
import { storeCredits } from '../people/store-credits';
import type { Router } from '../routing/router';
import { textArray } from '../shared/sql';

export interface BatchTarget {
  projectId: number;
  sourceId: number;
  router: Router;
  emitEvents: boolean;
  actor: string;
  /**
   * Committed identity ids by key, shared by the batches of one sync; a batch adds those it
   * learned only after its transaction commits (see `StoredBatch.identities`).
   */
  identities?: Map<string, number> | undefined;
  /** Items not stored yet may be appended with COPY: see `StoreItemsInput.appendNew`. */
  appendNew?: boolean | undefined;
  /** See `StoreItemsInput.noneStored`. */
  noneStored?: boolean | undefined;
}

export interface StoredBatch extends StoreItemsResult {
  deleted: number;
  /** Identities seen for the first time: people must be resolved again. */
  newIdentities: number;
  /** Identity ids this batch looked up or created, valid once its transaction has committed. */
  identities: Map<string, number>;
}

/**
 * Stores one batch of a source (from a sync or a webhook): its milestones, its items, what it
 * says is gone. Runs inside the caller's transaction.
 */
export async function storeBatch(
  db: Db,
  target: BatchTarget,
  batch: SyncBatch,
): Promise<StoredBatch> {
  // A batch of commits names no milestone: it spares the lookup.
  const milestones =
    batch.milestones?.length || batch.items.some((item) => item.milestone)
      ? await storeMilestones(db, {
          projectId: target.projectId,
          sourceId: target.sourceId,
          milestones: batch.milestones ?? [],
        })
      : new Map<string, number>();
  const stored = await storeItems(db, {
    projectId: target.projectId,
    sourceId: target.sourceId,
    items: batch.items,
    router: target.router,
    milestones,
    emitEvents: target.emitEvents,
    actor: target.actor,
    explicitReason: 'feed',
    appendNew: target.appendNew,
    noneStored: target.noneStored,
  });
  const { newIdentities, learned } = await storeCredits(
    db,
    target.projectId,
    stored.written,
    target.identities,
  );
  let deleted = 0;
  if (batch.deleted?.length) {
    deleted += await deleteItems(db, target.sourceId, batch.deleted);
  }
  if (batch.replaces) {
    deleted += await deleteAllBut(db, target.sourceId, batch.replaces);
  }
  return { ...stored, deleted, newIdentities, identities: learned };
}

async function deleteItems(db: Db, sourceId: number, externalIds: string[]): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`delete from items where source_id = ${sourceId}
        and external_id = any(${textArray(externalIds)}) returning id`,
  );
  return rows.length;
}

/** Removes the source's items with the prefix that the complete list no longer names. */
async function deleteAllBut(
  db: Db,
  sourceId: number,
  keep: { prefix: string; externalIds: string[] },
): Promise<number> {
  const pattern = `${keep.prefix.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`delete from items where source_id = ${sourceId} and external_id like ${pattern}
        and external_id <> all(${textArray(keep.externalIds)}) returning id`,
  );
  return rows.length;
}
