import type { NormalizedItem } from '@moduleboard/connectors/types';
import { type CopyValue, copyRows, type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import type { Router } from '../routing/router';
import { idArray } from '../shared/sql';
import type { ItemToWrite } from './item-row';

export interface LinkRules {
  router: Router;
  /** Reason for explicit `modules` of these items (a feed's or a task's). */
  explicitReason?: 'feed' | 'task' | undefined;
}

/**
 * Makes the rows an item's content implies (its files, its rule-made module links) those of
 * the items just written: the changed items' old rows go, every written item's new rows come.
 */
export async function replaceDerivedRows(
  db: Db,
  toWrite: readonly ItemToWrite[],
  ids: ReadonlyMap<string, number>,
  rules: LinkRules,
): Promise<void> {
  const changed = toWrite.filter(({ item, before }) => before && ids.has(item.externalId));
  const knownPaths = await clearDerivedRows(db, changed);
  await insertFiles(db, toWrite, ids);
  await insertLinks(db, { toWrite, ids, rules, knownPaths });
}

/**
 * Removes the rows a changed item's content implies (manual links stay). An item that does not
 * know its files (`files` undefined, as from a webhook) keeps them; their paths are returned so
 * its links can be made again from them.
 */
async function clearDerivedRows(
  db: Db,
  changed: readonly ItemToWrite[],
): Promise<Map<string, string[]>> {
  if (changed.length === 0) {
    return new Map();
  }
  const idsOf = (list: readonly ItemToWrite[]) =>
    list.flatMap(({ before }) => (before ? [Number(before.id)] : []));
  const replacing = idsOf(changed.filter(({ item }) => item.files !== undefined));
  const keeping = changed.filter(({ item }) => item.files === undefined);
  if (replacing.length > 0) {
    await db.execute(sql`delete from change_files where item_id = any(${idArray(replacing)})`);
  }
  const known = await storedPaths(db, keeping, idsOf(keeping));
  await db.execute(
    sql`delete from item_modules where item_id = any(${idArray(idsOf(changed))}) and reason <> 'manual'`,
  );
  return known;
}

/** The stored file paths of items that keep their files, by external id. */
async function storedPaths(
  db: Db,
  keeping: readonly ItemToWrite[],
  ids: number[],
): Promise<Map<string, string[]>> {
  const known = new Map<string, string[]>();
  if (keeping.length === 0) {
    return known;
  }
  const rows = await queryRows<{ item_id: number | string; path: string }>(
    db,
    sql`select item_id, path from change_files where item_id = any(${idArray(ids)})`,
  );
  const byId = new Map<number, string[]>();
  for (const row of rows) {
    byId.set(Number(row.item_id), [...(byId.get(Number(row.item_id)) ?? []), row.path]);
  }
  for (const { item, before } of keeping) {
    known.set(item.externalId, byId.get(Number(before?.id)) ?? []);
  }
  return known;
}

async function insertFiles(
  db: Db,
  toWrite: readonly { item: NormalizedItem }[],
  ids: ReadonlyMap<string, number>,
): Promise<void> {
  const rows: CopyValue[][] = [];
  for (const { item } of toWrite) {
    const id = ids.get(item.externalId);
    if (id === undefined || !item.files) {
      continue;
    }
    const seen = new Set<string>();
    for (const f of item.files) {
      if (!seen.has(f.path)) {
        seen.add(f.path);
        rows.push([id, f.path, f.change, f.oldPath, f.additions, f.deletions]);
      }
    }
  }
  // The items are new, or their files were just deleted: nothing can conflict.
  await copyRows(db, {
    table: 'change_files',
    columns: ['item_id', 'path', 'change', 'old_path', 'additions', 'deletions'],
    rows,
  });
}

async function insertLinks(
  db: Db,
  input: {
    toWrite: readonly { item: NormalizedItem }[];
    ids: ReadonlyMap<string, number>;
    rules: LinkRules;
    knownPaths: ReadonlyMap<string, string[]>;
  },
): Promise<void> {
  const rows: CopyValue[][] = [];
  for (const { item } of input.toWrite) {
    const id = input.ids.get(item.externalId);
    if (id === undefined) {
      continue;
    }
    const sortAt = item.updatedAt.toISOString();
    for (const link of routeItem(item, input.rules, input.knownPaths.get(item.externalId))) {
      rows.push([id, link.moduleId, link.reason, item.kind, sortAt]);
    }
  }
  // The items are new, or their rule-made links were just deleted: nothing can conflict.
  await copyRows(db, {
    table: 'item_modules',
    columns: ['item_id', 'module_id', 'reason', 'kind', 'sort_at'],
    rows,
  });
}

/** The modules an item belongs to by the rules: a doc by its path, others by their files. */
function routeItem(item: NormalizedItem, rules: LinkRules, knownPaths: string[] | undefined) {
  const docPath = item.kind === 'DOC' ? item.data?.path : undefined;
  return rules.router.route({
    paths: item.kind === 'DOC' ? undefined : (item.files?.map((f) => f.path) ?? knownPaths),
    docPath: typeof docPath === 'string' ? docPath : undefined,
    labels: item.labels,
    title: item.title,
    modules: item.modules,
    explicitReason: rules.explicitReason,
  });
}
