import { type Db, schema } from '@moduleboard/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ModuleRow } from './load-modules';

export async function modulesByIds(db: Db, ids: readonly number[]): Promise<ModuleRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.modules)
    .where(inArray(schema.modules.id, [...ids]));
}

/** Every module of several projects in one query, tree order kept inside each project. */
export async function modulesByProjectIds(
  db: Db,
  projectIds: readonly number[],
): Promise<ModuleRow[]> {
  if (projectIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.modules)
    .where(inArray(schema.modules.projectId, [...projectIds]))
    .orderBy(asc(schema.modules.projectId), asc(schema.modules.position));
}

export async function findModuleByPath(
  db: Db,
  projectId: number,
  path: string,
): Promise<ModuleRow | undefined> {
  const [row] = await db
    .select()
    .from(schema.modules)
    .where(and(eq(schema.modules.projectId, projectId), eq(schema.modules.path, path)));
  return row;
}
