import { type Db, queryRows, schema } from '@moduleboard/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  cursorValue,
  encodeCursor,
  type Page,
  type PageArgs,
  parsePageArgs,
  toPage,
} from '../shared/pagination';
import { idArray, textArray } from '../shared/sql';

export type ItemRow = typeof schema.items.$inferSelect;
export type ItemKind = ItemRow['kind'];

export const ITEM_KINDS: readonly ItemKind[] = [
  'BUG',
  'CHANGE',
  'USE_CASE',
  'DISCUSSION',
  'DRAFT',
  'DOC',
];

export interface ModuleItemKey {
  itemId: number;
  sortAt: Date;
}

/**
 * The items of a set of modules (a module and its descendants), newest first, without
 * duplicates, keyset-paginated on (time, id). Returns keys; items are loaded by id in batches.
 */
export async function listModuleItemKeys(
  db: Db,
  input: { moduleIds: number[]; kinds?: readonly ItemKind[] | null | undefined; page: PageArgs },
): Promise<Page<ModuleItemKey>> {
  const request = parsePageArgs(input.page);
  const kinds = input.kinds?.length ? input.kinds : ITEM_KINDS;
  if (input.moduleIds.length === 0) {
    return toPage([], request);
  }
  const forward = request.direction === 'forward';
  let after = sql``;
  if (request.cursor) {
    const at = cursorValue(request.cursor, 0, 'string');
    const id = cursorValue(request.cursor, 1, 'number');
    after = forward
      ? sql`and (im.sort_at, im.item_id) < (${at}::timestamptz, ${id})`
      : sql`and (im.sort_at, im.item_id) > (${at}::timestamptz, ${id})`;
  }
  const order = forward ? sql`desc` : sql`asc`;
  const rows = await queryRows<{ item_id: number | string; sort_at: Date | string }>(
    db,
    sql`select distinct im.sort_at, im.item_id from item_modules im
        where im.module_id = any(${idArray(input.moduleIds)})
          and im.kind = any(${`{${kinds.join(',')}}`}::item_kind[])
          ${after}
        order by im.sort_at ${order}, im.item_id ${order}
        limit ${request.limit + 1}`,
  );
  return toPage(
    rows.map((r) => ({ itemId: Number(r.item_id), sortAt: new Date(r.sort_at) })),
    request,
  );
}

export function moduleItemCursor(key: ModuleItemKey): string {
  return encodeCursor([key.sortAt.toISOString(), key.itemId]);
}

export async function itemsByIds(db: Db, ids: readonly number[]): Promise<ItemRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.items)
    .where(inArray(schema.items.id, [...ids]));
}

export interface ItemModuleLink {
  itemId: number;
  moduleId: number;
  reason: string;
}

export async function moduleLinksOfItems(
  db: Db,
  itemIds: readonly number[],
): Promise<ItemModuleLink[]> {
  if (itemIds.length === 0) {
    return [];
  }
  const rows = await queryRows<{
    item_id: number | string;
    module_id: number | string;
    reason: string;
  }>(
    db,
    sql`select item_id, module_id, reason from item_modules
        where item_id = any(${idArray([...itemIds])}) order by module_id, reason`,
  );
  return rows.map((r) => ({
    itemId: Number(r.item_id),
    moduleId: Number(r.module_id),
    reason: r.reason,
  }));
}

export type MilestoneRow = typeof schema.milestones.$inferSelect;

export async function milestonesByIds(db: Db, ids: readonly number[]): Promise<MilestoneRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.milestones)
    .where(inArray(schema.milestones.id, [...ids]));
}

export interface ChangeFileRow {
  itemId: number;
  path: string;
  change: string;
  oldPath: string | null;
  additions: number | null;
  deletions: number | null;
}

export async function filesOfItems(db: Db, itemIds: readonly number[]): Promise<ChangeFileRow[]> {
  if (itemIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.changeFiles)
    .where(inArray(schema.changeFiles.itemId, [...itemIds]))
    .orderBy(schema.changeFiles.path);
}

/** Items per kind in a set of modules (a module and its descendants), each item once. */
export async function countModuleItems(
  db: Db,
  moduleIds: readonly number[],
): Promise<{ kind: ItemKind; count: number }[]> {
  if (moduleIds.length === 0) {
    return [];
  }
  const rows = await queryRows<{ kind: ItemKind; count: number | string }>(
    db,
    sql`select kind, count(distinct item_id) as count from item_modules
        where module_id = any(${idArray([...moduleIds])}) group by kind order by kind`,
  );
  return rows.map((r) => ({ kind: r.kind, count: Number(r.count) }));
}

export async function findItemByExternalId(
  db: Db,
  sourceId: number,
  externalId: string,
): Promise<ItemRow | undefined> {
  const [row] = await db
    .select()
    .from(schema.items)
    .where(and(eq(schema.items.sourceId, sourceId), eq(schema.items.externalId, externalId)));
  return row;
}

/** Ids of a project's CHANGE items for these commits (from any of its git sources). */
export async function findItemsBySha(
  db: Db,
  projectId: number,
  shas: readonly string[],
): Promise<number[]> {
  if (shas.length === 0) {
    return [];
  }
  const rows = await queryRows<{ id: number | string }>(
    db,
    sql`select i.id from items i join sources s on s.id = i.source_id
        where i.project_id = ${projectId} and s.kind = 'git' and i.kind = 'CHANGE'
          and i.external_id = any(${textArray([...shas])})
        order by i.created_at desc`,
  );
  return rows.map((r) => Number(r.id));
}
