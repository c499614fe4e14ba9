import type { SyncBatch } from '@moduleboard/connectors/types';
import { type Db, schema } from '@moduleboard/db';
import { eq, sql } from 'drizzle-orm';
import { loadProjectModules, toRoutable } from '../modules/load-modules';
import { resolvePeople } from '../people/resolve-people';
import { Router } from '../routing/router';
import type { Ctx } from '../shared/context';
import { NotFoundError } from '../shared/errors';
import { storableJson } from '../shared/sql';
import type { ConnectorSet } from './connector-set';
import { describeSyncError } from './describe-error';
import { claimSource } from './source-lease';
import { storeBatch } from './store-batch';

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
  /** Another sync of the same source was running: nothing was done. */
  busy?: boolean | undefined;
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

const FIRST_RETRY = 60;
const RESOLVE_EVERY_MS = 10_000;
const LONGEST_WAIT = 24 * 3600;

/**
 * When to try a failing source again: what it asked for (Retry-After), else a backoff that
 * doubles with each failure in a row, from a minute (or the source's interval, when waiting
 * cannot help) up to a day.
 */
export function retryDelaySeconds(
  failure: { retryable: boolean; retryAfterSeconds?: number | undefined },
  failures: number,
  intervalSeconds: number,
): number {
  if (failure.retryAfterSeconds !== undefined) {
    return Math.min(failure.retryAfterSeconds, LONGEST_WAIT);
  }
  const base = failure.retryable ? FIRST_RETRY : Math.max(intervalSeconds, FIRST_RETRY);
  return Math.min(base * 2 ** Math.min(failures, 16), LONGEST_WAIT);
}

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
  const lease = await claimSource(ctx.db, source.id);
  if (!lease) {
    return { ...report, ok: false, busy: true, error: 'another sync of this source is running' };
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
    // People are resolved again when new identities appear: after the sync, and every few
    // seconds during a long one so that contributor pages fill in as it goes.
    let unresolved = false;
    let resolvedAt = Date.now();
    for await (const batch of batches) {
      signal?.throwIfAborted();
      await ctx.db.transaction(async (tx) => {
        const db = tx as unknown as Db;
        const stored = await storeBatch(
          db,
          { projectId: source.projectId, sourceId: source.id, router, emitEvents, actor },
          batch,
        );
        report.created += stored.created;
        report.updated += stored.updated;
        report.unchanged += stored.unchanged;
        report.stale += stored.stale;
        report.deleted += stored.deleted;
        unresolved ||= stored.newIdentities > 0;
        if (batch.cursor || batch.state) {
          await db
            .update(schema.sources)
            .set({
              ...(batch.cursor ? { cursor: batch.cursor } : {}),
              ...(batch.state
                ? { state: sql`${schema.sources.state} || ${storableJson(batch.state)}::jsonb` }
                : {}),
            })
            .where(eq(schema.sources.id, source.id));
        }
      });
      await lease.renew();
      if (unresolved && Date.now() - resolvedAt > RESOLVE_EVERY_MS) {
        await resolvePeople(ctx.db, source.projectId);
        unresolved = false;
        resolvedAt = Date.now();
      }
      if (batch.progress) {
        onProgress?.({
          sourceId: source.id,
          name: source.name,
          done: batch.progress.done,
          total: batch.progress.total,
        });
      }
    }
    if (unresolved) {
      await resolvePeople(ctx.db, source.projectId);
    }
    const finished = ctx.now();
    await ctx.db
      .update(schema.sources)
      .set({
        lastSuccessAt: finished,
        lastError: null,
        lastErrorAt: null,
        failures: 0,
        nextRunAt: new Date(finished.getTime() + source.intervalSeconds * 1000),
      })
      .where(eq(schema.sources.id, source.id));
  } catch (error) {
    const failure = describeSyncError(error);
    ctx.logger.warn('sync failed', { source: source.name, project, error: failure.message });
    const failed = ctx.now();
    const wait = retryDelaySeconds(failure, source.failures, source.intervalSeconds);
    await ctx.db
      .update(schema.sources)
      .set({
        lastError: failure.message,
        lastErrorAt: failed,
        failures: source.failures + 1,
        nextRunAt: new Date(failed.getTime() + wait * 1000),
      })
      .where(eq(schema.sources.id, source.id));
    report.ok = false;
    report.error = failure.message;
    report.retryable = failure.retryable;
    report.retryAfterSeconds = failure.retryAfterSeconds;
  } finally {
    await lease.release();
  }
  report.durationMs = Date.now() - started;
  return report;
}
