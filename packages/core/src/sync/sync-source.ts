import type { SyncBatch } from '@moduleboard/connectors/types';
import { type Db, queryRows, schema } from '@moduleboard/db';
import { eq, sql } from 'drizzle-orm';
import { storeItems } from '../items/store-items';
import { storeMilestones } from '../items/store-milestones';
import { loadProjectModules, toRoutable } from '../modules/load-modules';
import { Router } from '../routing/router';
import type { Ctx } from '../shared/context';
import { NotFoundError } from '../shared/errors';
import { textArray } from '../shared/sql';
import type { ConnectorSet } from './connector-set';
import { describeSyncError } from './describe-error';

export interface SyncProgress {
  sourceId: number;
  name: string;
  done: number;
  total: number | undefined;
}

export interface SyncReport {
  sourceId: number;
  project: string;
  name: string;
  kind: string;
  ok: boolean;
  error?: string | undefined;
  retryable?: boolean | undefined;
  retryAfterSeconds?: number | undefined;
  created: number;
  updated: number;
  unchanged: number;
  stale: number;
  deleted: number;
  durationMs: number;
}

const RETRY_AFTER_FAILURE = 5 * 60;

/**
 * Runs one source's connector and stores what it streams, one transaction per batch with the
 * batch's cursor, so an interrupted sync resumes from the last stored batch. The source's
 * health (last success, last error, next run) is recorded whatever happens; a failure is
 * reported, not thrown, so that other sources still sync.
 */
export async function syncSource({
  ctx,
  input,
  connectors,
  onProgress,
  signal,
}: {
  ctx: Ctx;
  input: { sourceId: number };
  connectors: ConnectorSet;
  onProgress?: ((progress: SyncProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}): Promise<SyncReport> {
  const started = Date.now();
  const [row] = await ctx.db
    .select({ source: schema.sources, project: schema.projects.slug })
    .from(schema.sources)
    .innerJoin(schema.projects, eq(schema.projects.id, schema.sources.projectId))
    .where(eq(schema.sources.id, input.sourceId));
  if (!row) {
    throw new NotFoundError(`no source with id ${input.sourceId}`);
  }
  const { source, project } = row;
  const report: SyncReport = {
    sourceId: source.id,
    project,
    name: source.name,
    kind: source.kind,
    ok: true,
    created: 0,
    updated: 0,
    unchanged: 0,
    stale: 0,
    deleted: 0,
    durationMs: 0,
  };
  if (source.kind === 'native') {
    return report;
  }
  const now = ctx.now();
  await ctx.db
    .update(schema.sources)
    .set({ lastRunAt: now })
    .where(eq(schema.sources.id, source.id));
  try {
    const connector = connectors[source.kind];
    if (!connector) {
      throw new NotFoundError(`no ${source.kind} connector is configured on this server`);
    }
    const modules = await loadProjectModules(ctx.db, source.projectId);
    const router = new Router(toRoutable(modules));
    // A repository's doc files are every module's `docs` globs: the connector reads them.
    const config =
      source.kind === 'git'
        ? { ...source.config, docGlobs: [...new Set(modules.flatMap((m) => m.docs))] }
        : source.config;
    const actor = `sync:${source.id}`;
    // The first sync of a source is a backfill of its history: stored, but not news.
    const emitEvents = source.cursor !== null;
    const batches = connector.sync({
      config: config as never,
      cursor: source.cursor as never,
      signal,
    }) as AsyncIterable<SyncBatch>;
    for await (const batch of batches) {
      signal?.throwIfAborted();
      await ctx.db.transaction(async (tx) => {
        const db = tx as unknown as Db;
        const milestones = await storeMilestones(db, {
          projectId: source.projectId,
          sourceId: source.id,
          milestones: batch.milestones ?? [],
        });
        const stored = await storeItems(db, {
          projectId: source.projectId,
          sourceId: source.id,
          items: batch.items,
          router,
          milestones,
          emitEvents,
          actor,
          explicitReason: 'feed',
        });
        report.created += stored.created;
        report.updated += stored.updated;
        report.unchanged += stored.unchanged;
        report.stale += stored.stale;
        if (batch.deleted?.length) {
          report.deleted += await deleteItems(db, source.id, batch.deleted);
        }
        if (batch.replaces) {
          report.deleted += await deleteAllBut(db, source.id, batch.replaces);
        }
        if (batch.cursor) {
          await db
            .update(schema.sources)
            .set({ cursor: batch.cursor })
            .where(eq(schema.sources.id, source.id));
        }
      });
      if (batch.progress) {
        onProgress?.({
          sourceId: source.id,
          name: source.name,
          done: batch.progress.done,
          total: batch.progress.total,
        });
      }
    }
    const finished = ctx.now();
    await ctx.db
      .update(schema.sources)
      .set({
        lastSuccessAt: finished,
        lastError: null,
        lastErrorAt: null,
        nextRunAt: new Date(finished.getTime() + source.intervalSeconds * 1000),
      })
      .where(eq(schema.sources.id, source.id));
  } catch (error) {
    const failure = describeSyncError(error);
    ctx.logger.warn('sync failed', { source: source.name, project, error: failure.message });
    const failed = ctx.now();
    const wait =
      failure.retryAfterSeconds ??
      (failure.retryable ? RETRY_AFTER_FAILURE : source.intervalSeconds);
    await ctx.db
      .update(schema.sources)
      .set({
        lastError: failure.message,
        lastErrorAt: failed,
        nextRunAt: new Date(failed.getTime() + wait * 1000),
      })
      .where(eq(schema.sources.id, source.id));
    report.ok = false;
    report.error = failure.message;
    report.retryable = failure.retryable;
    report.retryAfterSeconds = failure.retryAfterSeconds;
  }
  report.durationMs = Date.now() - started;
  return report;
}

/** Removes the source's items with the prefix that the complete list no longer names. */
async function deleteAllBut(
  db: Db,
  sourceId: number,
  keep: { prefix: string; externalIds: string[] },
): Promise<number> {
  const pattern = `${keep.prefix.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`delete from items where source_id = ${sourceId} and external_id like ${pattern}
        and external_id <> all(${textArray(keep.externalIds)}) returning id`,
  );
  return rows.length;
}

async function deleteItems(db: Db, sourceId: number, externalIds: string[]): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`delete from items where source_id = ${sourceId}
        and external_id = any(${textArray(externalIds)}) returning id`,
  );
  return rows.length;
}
