import type { SyncBatch } from '@moduleboard/connectors/types';
import { type Db, schema } from '@moduleboard/db';
import { eq } from 'drizzle-orm';
import { loadProjectModules, toRoutable } from '../modules/load-modules';
import { Router } from '../routing/router';
import type { Ctx } from '../shared/context';
import { NotFoundError } from '../shared/errors';
import type { ConnectorSet } from './connector-set';
import { describeSyncError } from './describe-error';
import { retryDelaySeconds } from './retry-delay';
import { runBatches } from './run-batches';
import { claimSource } from './source-lease';

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
  /** What the source read but could not use, counted by kind (`unrecognised field "X"`). */
  notes: Record<string, number>;
  durationMs: number;
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
  parallel,
}: {
  ctx: Ctx;
  input: { sourceId: number };
  connectors: ConnectorSet;
  /** Batches written at once (on PostgreSQL; the embedded database takes one at a time). */
  parallel?: number | undefined;
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
    notes: {},
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
    const totals = await runBatches({
      ctx,
      target: {
        projectId: source.projectId,
        sourceId: source.id,
        router,
        // The first sync of a source is a backfill of its history: stored, but not news.
        emitEvents: source.cursor !== null,
        actor: `sync:${source.id}`,
        identities: new Map(),
        // This sync holds the source, and webhooks write GitHub sources only: no one else can
        // create a repository's items meanwhile.
        appendNew: source.kind === 'git',
        // A git log names each commit once, and docs are named apart from commits: when the
        // source holds nothing yet, nothing this sync writes can be there already.
        noneStored: source.kind === 'git' && !(await holdsItems(ctx.db, source.id)),
      },
      batches: connector.sync({
        config: config as never,
        cursor: source.cursor as never,
        signal,
      }) as AsyncIterable<SyncBatch>,
      lease,
      parallel: parallel ?? 1,
      signal,
      onBatch: (batch) => {
        addNotes(report.notes, batch.notes);
        if (batch.progress) {
          onProgress?.({
            sourceId: source.id,
            name: source.name,
            done: batch.progress.done,
            total: batch.progress.total,
          });
        }
      },
    });
    Object.assign(report, totals);
    if (Object.keys(report.notes).length > 0) {
      ctx.logger.info('sync skipped parts of what it read', {
        source: source.name,
        project,
        notes: report.notes,
      });
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

// Distinct kinds of note kept in one report; a hostile history cannot grow it without bound.
const MAX_NOTE_KINDS = 100;

function addNotes(into: Record<string, number>, notes: Record<string, number> | undefined): void {
  for (const [kind, count] of Object.entries(notes ?? {})) {
    const key = kind in into || Object.keys(into).length < MAX_NOTE_KINDS ? kind : 'other notes';
    into[key] = (into[key] ?? 0) + count;
  }
}

async function holdsItems(db: Db, sourceId: number): Promise<boolean> {
  const rows = await db
    .select({ id: schema.items.id })
    .from(schema.items)
    .where(eq(schema.items.sourceId, sourceId))
    .limit(1);
  return rows.length > 0;
}
