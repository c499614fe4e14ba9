import { type Db, schema } from '@moduleboard/db';
import { asc, eq } from 'drizzle-orm';
import type { RoutableModule } from '../routing/router';

export type ModuleRow = typeof schema.modules.$inferSelect;

/** Every module of a project, in tree order (parents before children, as declared). */
export async function loadProjectModules(db: Db, projectId: number): Promise<ModuleRow[]> {
  const rows = await db
    .select()
    .from(schema.modules)
    .where(eq(schema.modules.projectId, projectId))
    .orderBy(asc(schema.modules.position));
  return rows;
}

export function toRoutable(rows: ModuleRow[]): RoutableModule[] {
  return rows.map(({ id, path, paths, docs, labels, keywords }) => ({
    id,
    path,
    paths,
    docs,
    labels,
    keywords,
  }));
}

/** Ids of a module and all its descendants: a parent shows its children's items too. */
export function subtreeIds(
  rows: Pick<ModuleRow, 'id' | 'path'>[],
  root: { path: string },
): number[] {
  const prefix = `${root.path}/`;
  return rows.filter((m) => m.path === root.path || m.path.startsWith(prefix)).map((m) => m.id);
}
