import { type Db, queryRows, schema } from '@moduleboard/db';
import { inArray, sql } from 'drizzle-orm';
import { idArray } from '../shared/sql';

export type SourceRow = typeof schema.sources.$inferSelect;

export type SourceHealth = 'OK' | 'FAILING' | 'NEVER_SYNCED' | 'SYNCING' | 'NATIVE';

/** The state of a source in one word, from its last run, success, error and lease. */
export function sourceHealth(source: SourceRow, now: Date): SourceHealth {
  if (source.kind === 'native') {
    return 'NATIVE';
  }
  if (source.leaseUntil && source.leaseUntil > now) {
    return 'SYNCING';
  }
  if (source.lastError) {
    return 'FAILING';
  }
  return source.lastSuccessAt ? 'OK' : 'NEVER_SYNCED';
}

/** Where a source reads, said without the server's own file system layout. */
export function sourceLocation(source: SourceRow): string | null {
  const c = source.config;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  switch (source.kind) {
    case 'git': {
      const path = text(c.path);
      const name = path ? path.replace(/\/+$/, '').split('/').pop() : undefined;
      return name ? `${name}${text(c.branch) ? ` (${text(c.branch)})` : ''}` : null;
    }
    case 'github':
      return text(c.repo) ?? null;
    case 'feed':
      return text(c.url) ?? text(c.file)?.split('/').pop() ?? null;
    default:
      return null;
  }
}

export async function sourcesOfProjects(
  db: Db,
  projectIds: readonly number[],
): Promise<SourceRow[]> {
  if (projectIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.sources)
    .where(inArray(schema.sources.projectId, [...projectIds]))
    .orderBy(schema.sources.id);
}

export async function sourcesByIds(db: Db, ids: readonly number[]): Promise<SourceRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.sources)
    .where(inArray(schema.sources.id, [...ids]));
}

/**
 * The last error as shown to people: a local source's path on the server is replaced by the
 * name `sourceLocation` gives it.
 */
export function publicSourceError(source: SourceRow): string | null {
  const error = source.lastError;
  const path = source.config.path;
  if (!error || typeof path !== 'string' || path === '') {
    return error;
  }
  return error.split(path).join(sourceLocation(source) ?? 'the repository');
}

/** Items stored per source, for several sources at once. */
export async function countSourceItems(
  db: Db,
  sourceIds: readonly number[],
): Promise<{ sourceId: number; count: number }[]> {
  if (sourceIds.length === 0) {
    return [];
  }
  const rows = await queryRows<{ source_id: number | string; count: number | string }>(
    db,
    sql`select source_id, count(*) as count from items
        where source_id = any(${idArray([...sourceIds])}) group by source_id`,
  );
  return rows.map((r) => ({ sourceId: Number(r.source_id), count: Number(r.count) }));
}
