import type { NormalizedItem } from '@moduleboard/connectors/types';
import type { Db } from '@moduleboard/db';
import type { Router } from '../routing/router';
import { replaceDerivedRows } from './derived-rows';
import { digestItem } from './digest';
import { changeEvent, commentEvents, type ItemEvent, insertEvents } from './events';
import { type ExistingRow, type ItemToWrite, latestPerExternalId } from './item-row';
import { appendItems, findExisting, upsertItems } from './write-items';

export interface StoreItemsInput {
  projectId: number;
  sourceId: number;
  items: NormalizedItem[];
  router: Router;
  /** Milestone ids by title, for items that name one. */
  milestones: ReadonlyMap<string, number>;
  /** False during a source's first sync: a backfill of history is not news. */
  emitEvents: boolean;
  actor: string;
  /** Reason for explicit `modules` of these items (a feed's or a task's). */
  explicitReason?: 'feed' | 'task';
  /**
   * Nothing else creates this source's items while this runs (its sync holds the source, and
   * no webhook writes it): items not found are appended with COPY rather than upserted.
   */
  appendNew?: boolean | undefined;
  /**
   * With `appendNew`: the source held no items when this writer took it, so none of these can
   * be stored yet and they are not looked up (a first sync's bulk skips a lookup per batch).
   */
  noneStored?: boolean | undefined;
}

export interface StoredItem {
  id: number;
  externalId: string;
  kind: NormalizedItem['kind'];
  item: NormalizedItem;
  created: boolean;
}

export interface StoreItemsResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Older than what is stored (an out-of-order webhook): left alone. */
  stale: number;
  /** The items written (created or changed), with their ids, for follow-up work (credits). */
  written: StoredItem[];
}

/**
 * Upserts a batch of normalized items of one source: the items, their files, their module links
 * and their events, each in one multi-row statement. Unchanged items (same digest) cost one
 * lookup and nothing else, so a re-run writes nothing.
 */
export async function storeItems(db: Db, input: StoreItemsInput): Promise<StoreItemsResult> {
  const result: StoreItemsResult = { created: 0, updated: 0, unchanged: 0, stale: 0, written: [] };
  const batch = latestPerExternalId(input.items);
  if (batch.length === 0) {
    return result;
  }
  const existing =
    input.appendNew && input.noneStored
      ? new Map<string, ExistingRow>()
      : await findExisting(db, input.sourceId, batch);
  const toWrite = sortOut(batch, existing, result);
  const commented = batch.filter((item) => item.comments?.length);
  if (toWrite.length === 0 && commented.length === 0) {
    return result;
  }
  const ids = await writeItems(db, toWrite, input);
  if (toWrite.length > 0) {
    await replaceDerivedRows(db, toWrite, ids, input);
    countWritten(result, toWrite, ids);
  }
  const idOf = (item: NormalizedItem) =>
    ids.get(item.externalId) ?? existing.get(item.externalId)?.id;
  const events: ItemEvent[] = [
    ...(input.emitEvents ? eventsOfWrites(toWrite, ids, input.actor) : []),
    ...commented.flatMap((item) => {
      const id = idOf(item);
      return id === undefined ? [] : commentEvents(Number(id), item, input.actor);
    }),
  ];
  await insertEvents(db, input.projectId, events);
  return result;
}

/** The items to write: new ones, and changed ones not older than what is stored. */
function sortOut(
  batch: readonly NormalizedItem[],
  existing: ReadonlyMap<string, ExistingRow>,
  result: StoreItemsResult,
): ItemToWrite[] {
  const toWrite: ItemToWrite[] = [];
  for (const item of batch) {
    const digest = digestItem(item);
    const before = existing.get(item.externalId);
    if (before?.digest === digest) {
      result.unchanged++;
    } else if (before && new Date(before.updated_at).getTime() > item.updatedAt.getTime()) {
      result.stale++;
    } else {
      toWrite.push({ item, digest, before });
    }
  }
  return toWrite;
}

/** Appends the new items when the caller allows it, upserts the others; returns their ids. */
async function writeItems(
  db: Db,
  toWrite: readonly ItemToWrite[],
  input: StoreItemsInput,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const appendable = (w: ItemToWrite) => input.appendNew === true && !w.before;
  await appendItems(db, toWrite.filter(appendable), input, ids);
  await upsertItems(
    db,
    toWrite.filter((w) => !appendable(w)),
    input,
    ids,
  );
  return ids;
}

/** Counts what was written; an item the upsert left alone (stored later meanwhile) is stale. */
function countWritten(
  result: StoreItemsResult,
  toWrite: readonly ItemToWrite[],
  ids: ReadonlyMap<string, number>,
): void {
  for (const { item, before } of toWrite) {
    const id = ids.get(item.externalId);
    if (id === undefined) {
      result.stale++;
      continue;
    }
    if (before) {
      result.updated++;
    } else {
      result.created++;
    }
    result.written.push({
      id,
      externalId: item.externalId,
      kind: item.kind,
      item,
      created: !before,
    });
  }
}

function eventsOfWrites(
  toWrite: readonly ItemToWrite[],
  ids: ReadonlyMap<string, number>,
  actor: string,
): ItemEvent[] {
  return toWrite.flatMap(({ item, before }) => {
    const id = ids.get(item.externalId);
    return id === undefined ? [] : [changeEvent(id, item, before, actor)];
  });
}
