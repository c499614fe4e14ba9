import type { NormalizedItem } from '@moduleboard/connectors/types';
import type { Db } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { jsonRows } from '../shared/sql';
import { type ExistingRow, personLabel } from './item-row';

export interface ItemEvent {
  itemId: number;
  type: 'created' | 'updated' | 'commented' | 'status_changed' | 'revision_published';
  actor: string;
  createdAt: Date;
  payload: Record<string, unknown>;
  /** For events a source may send again; the same key on the same item is stored once. */
  key?: string;
}

/** Appends events in one statement; a keyed event already stored is skipped. */
export async function insertEvents(db: Db, projectId: number, events: ItemEvent[]): Promise<void> {
  if (events.length === 0) {
    return;
  }
  const rows = events.map((e) => ({
    item_id: e.itemId,
    type: e.type,
    actor: e.actor,
    payload: e.payload,
    key: e.key ?? null,
    created_at: e.createdAt.toISOString(),
  }));
  await db.execute(
    sql`insert into events (project_id, item_id, type, actor, payload, key, created_at)
        select ${projectId}, r.item_id, r.type::event_type, r.actor, r.payload, r.key, r.created_at
        from json_to_recordset(${jsonRows(rows)}) as r(item_id bigint, type text, actor text,
          payload jsonb, key text, created_at timestamptz)
        on conflict (item_id, key) where key is not null do nothing`,
  );
}

/** What writing an item means to a follower: it was created, its status moved, or it changed. */
export function changeEvent(
  itemId: number,
  item: NormalizedItem,
  before: Pick<ExistingRow, 'status'> | undefined,
  actor: string,
): ItemEvent {
  if (!before) {
    return {
      itemId,
      type: 'created',
      actor,
      createdAt: item.createdAt,
      payload: { title: item.title },
    };
  }
  if (before.status !== item.status) {
    return {
      itemId,
      type: 'status_changed',
      actor,
      createdAt: item.updatedAt,
      payload: { from: before.status, to: item.status, title: item.title },
    };
  }
  return {
    itemId,
    type: 'updated',
    actor,
    createdAt: item.updatedAt,
    payload: { title: item.title },
  };
}

/** One event per comment of the item, keyed by the comment so a re-read stores it once. */
export function commentEvents(itemId: number, item: NormalizedItem, actor: string): ItemEvent[] {
  return (item.comments ?? []).map((comment) => ({
    itemId,
    type: 'commented',
    actor,
    key: `comment:${comment.externalId}`,
    createdAt: comment.createdAt,
    payload: {
      author: personLabel(comment.author),
      body: comment.body,
      url: comment.url ?? null,
    },
  }));
}
