import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import picomatch from 'picomatch';
import { idArray } from '../shared/sql';
import { likeLiteral } from './list-changes';

export interface TreeEntry {
  /** Full repository path of the folder or file. */
  path: string;
  name: string;
  isFolder: boolean;
  /** Changes of the module that touched it. */
  changes: number;
  /** Lines added and deleted; null until the line counts of its changes are filled. */
  additions: number | null;
  deletions: number | null;
  lastChangeAt: Date | null;
  lastChangeId: number | null;
}

/** Where a module's files start: the fixed folder of each of its path globs ("Lib/asyncio"). */
export function treeRoots(globs: string[]): string[] {
  const roots = [...new Set(globs.map((glob) => picomatch.scan(glob).base.replace(/\/+$/, '')))];
  // A folder inside another root adds nothing: it is shown under it.
  return roots
    .filter(
      (root) =>
        !roots.some((other) => other !== root && (other === '' || root.startsWith(`${other}/`))),
    )
    .sort();
}

/** The changes, churn and last change of everything under one folder (or one file). */
export async function summarizePath(
  db: Db,
  input: { moduleIds: number[]; path: string },
): Promise<TreeEntry> {
  const path = input.path.replace(/^\/+|\/+$/g, '');
  const name = path.split('/').pop() ?? path;
  const empty: TreeEntry = {
    path,
    name,
    isFolder: true,
    changes: 0,
    additions: null,
    deletions: null,
    lastChangeAt: null,
    lastChangeId: null,
  };
  if (input.moduleIds.length === 0) {
    return empty;
  }
  const under =
    path === '' ? sql`true` : sql`(cf.path = ${path} or cf.path like ${`${likeLiteral(path)}/%`})`;
  const [row] = await queryRows<{
    changes: number | string;
    additions: number | string | null;
    deletions: number | string | null;
    last_at: Date | string | null;
    last_item: number | string | null;
    folder: boolean | null;
  }>(
    db,
    sql`with changes as (
          select distinct item_id, sort_at from item_modules
          where module_id = any(${idArray(input.moduleIds)}) and kind = 'CHANGE'
        )
        select count(distinct c.item_id) as changes, sum(cf.additions) as additions,
               sum(cf.deletions) as deletions, max(c.sort_at) as last_at,
               (array_agg(c.item_id order by c.sort_at desc, c.item_id desc))[1] as last_item,
               bool_or(cf.path <> ${path}) as folder
        from changes c join change_files cf on cf.item_id = c.item_id
        where ${under}`,
  );
  if (!row || Number(row.changes) === 0) {
    return empty;
  }
  return {
    path,
    name,
    isFolder: row.folder ?? true,
    changes: Number(row.changes),
    additions: row.additions === null ? null : Number(row.additions),
    deletions: row.deletions === null ? null : Number(row.deletions),
    lastChangeAt: row.last_at === null ? null : new Date(row.last_at),
    lastChangeId: row.last_item === null ? null : Number(row.last_item),
  };
}

/**
 * One level of a module's repository tree: the folders and files under `path` that its changes
 * touched, each with its number of changes, churn (lines added and deleted, once line counts
 * are filled) and last change.
 */
export async function moduleTree(
  db: Db,
  input: { moduleIds: number[]; path: string },
): Promise<TreeEntry[]> {
  if (input.moduleIds.length === 0) {
    return [];
  }
  const path = input.path.replace(/^\/+|\/+$/g, '');
  const skip = path === '' ? 0 : path.length + 1;
  const under = path === '' ? sql`true` : sql`cf.path like ${`${likeLiteral(path)}/%`}`;
  const rows = await queryRows<{
    name: string;
    folder: boolean;
    changes: number | string;
    additions: number | string | null;
    deletions: number | string | null;
    last_at: Date | string | null;
    last_item: number | string | null;
  }>(
    db,
    sql`with changes as (
          select distinct item_id, sort_at from item_modules
          where module_id = any(${idArray(input.moduleIds)}) and kind = 'CHANGE'
        ), files as (
          select substr(cf.path, ${skip + 1}) as rest, cf.additions, cf.deletions,
                 c.item_id, c.sort_at
          from changes c join change_files cf on cf.item_id = c.item_id
          where ${under}
        )
        select split_part(rest, '/', 1) as name, bool_or(position('/' in rest) > 0) as folder,
               count(distinct item_id) as changes, sum(additions) as additions,
               sum(deletions) as deletions, max(sort_at) as last_at,
               (array_agg(item_id order by sort_at desc, item_id desc))[1] as last_item
        from files where rest <> ''
        group by 1
        order by 2 desc, 1 asc
        limit 1000`,
  );
  return rows.map((r) => ({
    path: path === '' ? r.name : `${path}/${r.name}`,
    name: r.name,
    isFolder: r.folder,
    changes: Number(r.changes),
    additions: r.additions === null ? null : Number(r.additions),
    deletions: r.deletions === null ? null : Number(r.deletions),
    lastChangeAt: r.last_at === null ? null : new Date(r.last_at),
    lastChangeId: r.last_item === null ? null : Number(r.last_item),
  }));
}
