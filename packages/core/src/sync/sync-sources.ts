import { type Db, schema } from '@moduleboard/db';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../shared/context';
import { NotFoundError } from '../shared/errors';
import type { ConnectorRegistry } from './connector-registry';
import { type SyncProgress, type SyncReport, syncSource } from './sync-source';

export interface SyncSourcesInput {
  /** Project slug; every project when absent. */
  project?: string | undefined;
  /** Source name inside the project; every source when absent. */
  source?: string | undefined;
}

/** The sources a filter names, in a stable order; a filter naming nothing is an error. */
export async function selectSources(
  db: Db,
  input: SyncSourcesInput,
): Promise<{ id: number; project: string; name: string }[]> {
  const rows = await db
    .select({ id: schema.sources.id, project: schema.projects.slug, name: schema.sources.name })
    .from(schema.sources)
    .innerJoin(schema.projects, eq(schema.projects.id, schema.sources.projectId))
    .where(
      and(
        ne(schema.sources.kind, 'native'),
        input.project ? eq(schema.projects.slug, input.project) : undefined,
        input.source ? eq(schema.sources.name, input.source) : undefined,
      ),
    )
    .orderBy(asc(schema.projects.slug), asc(schema.sources.id));
  if (rows.length === 0 && (input.project || input.source)) {
    const what = [
      input.project && `project "${input.project}"`,
      input.source && `source "${input.source}"`,
    ]
      .filter(Boolean)
      .join(' and ');
    throw new NotFoundError(`no source matches ${what}`);
  }
  return rows;
}

/** Syncs the chosen sources one after the other; one failing never stops the others. */
export async function syncSources({
  ctx,
  input,
  connectors,
  onProgress,
  onReport,
  signal,
  parallel,
}: {
  ctx: Ctx;
  input: SyncSourcesInput;
  connectors: ConnectorRegistry;
  onProgress?: ((progress: SyncProgress) => void) | undefined;
  onReport?: ((report: SyncReport) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Batches written at once, on PostgreSQL. */
  parallel?: number | undefined;
}): Promise<SyncReport[]> {
  const reports: SyncReport[] = [];
  for (const source of await selectSources(ctx.db, input)) {
    const report = await syncSource({
      ctx,
      input: { sourceId: source.id },
      connectors,
      onProgress,
      signal,
      parallel,
    });
    onReport?.(report);
    reports.push(report);
  }
  return reports;
}
