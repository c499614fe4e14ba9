import { type Db, queryRows } from '@moduleboard/db';
import { type SQL, sql } from 'drizzle-orm';
import type { ModuleItemKey } from '../items/read-items';
import {
  cursorValue,
  encodeCursor,
  type Page,
  type PageArgs,
  parsePageArgs,
  toPage,
} from '../shared/pagination';
import { idArray } from '../shared/sql';

export interface ChangeFilter {
  /** Only changes touching files under this path (a folder or a file). */
  path?: string | null | undefined;
  /** Only changes by this author: part of a name or an e-mail address, any case. */
  author?: string | null | undefined;
  /** With `author`: the whole name, not a part of it. */
  exactAuthor?: boolean | null | undefined;
}

/** Escapes LIKE's wildcards so a path or a name is matched as written. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/**
 * The log of a module (and its descendants): its changes newest first, optionally only those
 * touching a path, or by an author. Keyset-paginated like every item list.
 */
export async function listModuleChanges(
  db: Db,
  input: { moduleIds: number[]; filter: ChangeFilter; page: PageArgs },
): Promise<Page<ModuleItemKey>> {
  const request = parsePageArgs(input.page);
  if (input.moduleIds.length === 0) {
    return toPage([], request);
  }
  const forward = request.direction === 'forward';
  const order = forward ? sql`desc` : sql`asc`;
  let after = sql``;
  if (request.cursor) {
    const at = cursorValue(request.cursor, 0, 'string');
    const id = cursorValue(request.cursor, 1, 'number');
    after = forward
      ? sql`and (im.sort_at, im.item_id) < (${at}::timestamptz, ${id})`
      : sql`and (im.sort_at, im.item_id) > (${at}::timestamptz, ${id})`;
  }
  const filters = changeFilters(input.filter);
  const rows = await queryRows<{ item_id: number | string; sort_at: Date | string }>(
    db,
    sql`select distinct im.sort_at, im.item_id from item_modules im
        where im.module_id = any(${idArray(input.moduleIds)}) and im.kind = 'CHANGE'
          ${after} ${filters}
        order by im.sort_at ${order}, im.item_id ${order}
        limit ${request.limit + 1}`,
  );
  return toPage(
    rows.map((r) => ({ itemId: Number(r.item_id), sortAt: new Date(r.sort_at) })),
    request,
  );
}

function changeFilters(filter: ChangeFilter): SQL {
  const path = filter.path?.replace(/^\/+|\/+$/g, '');
  const byPath = path
    ? sql`and exists (select 1 from change_files cf where cf.item_id = im.item_id
            and (cf.path = ${path} or cf.path like ${`${likeLiteral(path)}/%`}))`
    : sql``;
  const author = filter.author?.trim();
  let byAuthor = sql``;
  if (author && filter.exactAuthor) {
    byAuthor = sql`and exists (select 1 from items i where i.id = im.item_id
            and lower(i.author) = lower(${author}))`;
  } else if (author) {
    byAuthor = sql`and exists (select 1 from items i where i.id = im.item_id
            and (i.author ilike ${`%${likeLiteral(author)}%`}
                 or i.author_email ilike ${`%${likeLiteral(author)}%`}))`;
  }
  return sql`${byPath} ${byAuthor}`;
}

/** How many changes of the modules a filter keeps, on every page. */
export async function countModuleChanges(
  db: Db,
  input: { moduleIds: number[]; filter: ChangeFilter },
): Promise<number> {
  if (input.moduleIds.length === 0) {
    return 0;
  }
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(distinct im.item_id) as n from item_modules im
        where im.module_id = any(${idArray(input.moduleIds)}) and im.kind = 'CHANGE'
          ${changeFilters(input.filter)}`,
  );
  return Number(row?.n ?? 0);
}

export function changeCursor(key: ModuleItemKey): string {
  return encodeCursor([key.sortAt.toISOString(), key.itemId]);
}

export interface AuthorActivity {
  name: string;
  email: string | null;
  changes: number;
  firstChangeAt: Date;
  lastChangeAt: Date;
}

/** Who changed a module, most changes first: the "by author" view of its log. */
export async function moduleAuthors(
  db: Db,
  input: { moduleIds: number[]; limit: number },
): Promise<AuthorActivity[]> {
  if (input.moduleIds.length === 0) {
    return [];
  }
  const rows = await queryRows<{
    name: string;
    email: string | null;
    changes: number | string;
    first_at: Date | string;
    last_at: Date | string;
  }>(
    db,
    sql`select coalesce(i.author, '(unknown)') as name, lower(i.author_email) as email,
          count(distinct i.id) as changes, min(i.created_at) as first_at, max(i.created_at) as last_at
        from items i
        where i.kind = 'CHANGE' and i.id in (select item_id from item_modules
          where module_id = any(${idArray(input.moduleIds)}) and kind = 'CHANGE')
        group by 1, 2
        order by changes desc, name asc
        limit ${Math.min(Math.max(input.limit, 1), 100)}`,
  );
  return rows.map((r) => ({
    name: r.name,
    email: r.email,
    changes: Number(r.changes),
    firstChangeAt: new Date(r.first_at),
    lastChangeAt: new Date(r.last_at),
  }));
}
