import type { Db } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { jsonRows } from '../shared/sql';

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
