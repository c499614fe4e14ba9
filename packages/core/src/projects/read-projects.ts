import { type Db, schema } from '@moduleboard/db';
import { and, asc, count, desc, eq, gt, inArray, lt } from 'drizzle-orm';
import {
  cursorValue,
  encodeCursor,
  type Page,
  type PageArgs,
  parsePageArgs,
  toPage,
} from '../shared/pagination';

export type ProjectRow = typeof schema.projects.$inferSelect;

/** Projects by slug, a page at a time. */
export async function listProjects(db: Db, args: PageArgs): Promise<Page<ProjectRow>> {
  const request = parsePageArgs(args);
  const forward = request.direction === 'forward';
  const slug = request.cursor ? cursorValue(request.cursor, 0, 'string') : undefined;
  const rows = await db
    .select()
    .from(schema.projects)
    .where(
      slug === undefined
        ? undefined
        : forward
          ? gt(schema.projects.slug, slug)
          : lt(schema.projects.slug, slug),
    )
    .orderBy(forward ? asc(schema.projects.slug) : desc(schema.projects.slug))
    .limit(request.limit + 1);
  return toPage(rows, request);
}

export function projectCursor(project: ProjectRow): string {
  return encodeCursor([project.slug]);
}

export async function findProjectBySlug(db: Db, slug: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(schema.projects).where(eq(schema.projects.slug, slug));
  return row;
}

export async function projectsByIds(db: Db, ids: readonly number[]): Promise<ProjectRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.projects)
    .where(and(inArray(schema.projects.id, [...ids])));
}

export async function countProjects(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(schema.projects);
  return row?.n ?? 0;
}
