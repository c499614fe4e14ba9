import type { NormalizedItem } from '@moduleboard/connectors/types';
import { copyRows, type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { jsonRows, storableJson, textArray } from '../shared/sql';
import { type ExistingRow, ITEM_COLUMNS, type ItemToWrite, itemRow } from './item-row';

export interface ItemTarget {
  projectId: number;
  sourceId: number;
  /** Milestone ids by title, for items that name one. */
  milestones: ReadonlyMap<string, number>;
}

/** What the source already stores of these items, by external id. */
export async function findExisting(
  db: Db,
  sourceId: number,
  items: readonly NormalizedItem[],
): Promise<Map<string, ExistingRow>> {
  const rows = await queryRows<ExistingRow>(
    db,
    sql`select id, external_id, status, digest, updated_at,
          data->'linkedChanges' as linked_changes from items
        where source_id = ${sourceId}
          and external_id = any(${textArray(items.map((i) => i.externalId))})`,
  );
  return new Map(rows.map((row) => [row.external_id, row]));
}

/**
 * Appends items known to be new with COPY, their ids drawn from the sequence first: a first
 * sync's bulk, at a fraction of an upsert's cost. Only for a caller that no one else races to
 * create the same items (see `StoreItemsInput.appendNew`): a duplicate fails the whole
 * transaction. Adds each item's id to `ids`.
 */
export async function appendItems(
  db: Db,
  items: readonly ItemToWrite[],
  target: ItemTarget,
  ids: Map<string, number>,
): Promise<void> {
  if (items.length === 0) {
    return;
  }
  const drawn = await queryRows<{ id: number | string }>(
    db,
    sql`select nextval(pg_get_serial_sequence('items', 'id')) as id
        from generate_series(1, ${items.length})`,
  );
  const rows = items.map((write, i) => {
    const id = Number(drawn[i]?.id);
    ids.set(write.item.externalId, id);
    const row = itemRow(write, target.milestones);
    return [
      id,
      target.projectId,
      target.sourceId,
      ...ITEM_COLUMNS.map((column) => (column === 'data' ? storableJson(row.data) : row[column])),
    ];
  });
  await copyRows(db, {
    table: 'items',
    columns: ['id', 'project_id', 'source_id', ...ITEM_COLUMNS],
    rows,
  });
}

/**
 * Inserts or updates items, leaving alone any stored one updated later than ours. Adds the id
 * of each item written to `ids`; an item left alone gets none.
 */
export async function upsertItems(
  db: Db,
  items: readonly ItemToWrite[],
  target: ItemTarget,
  ids: Map<string, number>,
): Promise<void> {
  if (items.length === 0) {
    return;
  }
  const rows = items.map((write) => itemRow(write, target.milestones));
  const written = await queryRows<{ id: number | string; external_id: string }>(
    db,
    sql`insert into items (project_id, source_id, external_id, kind, title, url, author,
          author_email, body, status, priority, owner, milestone_id, area, data, digest,
          created_at, updated_at)
        select ${target.projectId}, ${target.sourceId}, r.external_id, r.kind::item_kind, r.title,
          r.url, r.author, r.author_email, r.body, r.status::item_status,
          r.priority::item_priority, r.owner, r.milestone_id, r.area, r.data, r.digest,
          r.created_at, r.updated_at
        from json_to_recordset(${jsonRows(rows)}) as r(external_id text, kind text, title text,
          url text, author text, author_email text, body text, status text, priority text,
          owner text, milestone_id bigint, area text, data jsonb, digest text,
          created_at timestamptz, updated_at timestamptz)
        on conflict (source_id, external_id) do update set
          kind = excluded.kind, title = excluded.title, url = excluded.url,
          author = excluded.author, author_email = excluded.author_email, body = excluded.body,
          status = excluded.status, priority = excluded.priority, owner = excluded.owner,
          milestone_id = excluded.milestone_id, area = excluded.area, data = excluded.data,
          digest = excluded.digest, created_at = excluded.created_at,
          updated_at = excluded.updated_at
        where items.updated_at <= excluded.updated_at
        returning id, external_id`,
  );
  for (const row of written) {
    ids.set(row.external_id, Number(row.id));
  }
}
