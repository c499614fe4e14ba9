import type { SyncBatch } from '@moduleboard/connectors/types';
import { type Db, schema } from '@moduleboard/db';
import { eq } from 'drizzle-orm';
import { loadProjectModules, toRoutable } from '../modules/load-modules';
import { Router } from '../routing/router';
import type { Ctx } from '../shared/context';
import { NotFoundError } from '../shared/errors';
import type { SourceRow } from '../sources/read-sources';
import type { ConnectorRegistry } from './connector-registry';
import { openBatches } from './open-batches';
import { type BatchTotals, runBatches } from './run-batches';
import { recordFailure, recordRun, recordSuccess } from './source-health';
import { claimSource, type SourceLease } from './source-lease';
import type { BatchTarget } from './store-batch';

export interface SyncProgress {
  sourceId: number;
  name: string;
  done: number;
  total: number | undefined;
}

export interface SyncReport extends BatchTotals {
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
  /** What the source read but could not use, counted by kind (`unrecognised field "X"`). */
  notes: Record<string, number>;
  durationMs: number;
}

export interface SyncSourceOptions {
  ctx: Ctx;
  input: { sourceId: number };
  connectors: ConnectorRegistry;
  /** Batches written at once (on PostgreSQL; the embedded database takes one at a time). */
  parallel?: number | undefined;
  onProgress?: ((progress: SyncProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Runs one source's connector and stores what it streams, one transaction per batch with the
 * batch's cursor, so an interrupted sync resumes from the last stored batch. The source's
 * health (last success, last error, next run) is recorded whatever happens; a failure is
 * reported, not thrown, so that other sources still sync.
 */
export async function syncSource(options: SyncSourceOptions): Promise<SyncReport> {
  const { ctx } = options;
  const started = Date.now();
  const { source, project } = await loadSource(ctx.db, options.input.sourceId);
  const report = emptyReport(source, project);
  if (source.kind === 'native') {
    return report;
  }
  const lease = await claimSource(ctx.db, source.id);
  if (!lease) {
    return { ...report, ok: false, busy: true, error: 'another sync of this source is running' };
  }
  await recordRun(ctx, source.id);
  try {
    Object.assign(report, await storeSource({ ...options, source, lease, report }));
    if (Object.keys(report.notes).length > 0) {
      ctx.logger.info('sync skipped parts of what it read', {
        source: source.name,
        project,
        notes: report.notes,
      });
    }
    await recordSuccess(ctx, source);
  } catch (error) {
    const failure = await recordFailure(ctx, source, error);
    ctx.logger.warn('sync failed', { source: source.name, project, error: failure.message });
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

async function loadSource(db: Db, sourceId: number) {
  const [row] = await db
    .select({ source: schema.sources, project: schema.projects.slug })
    .from(schema.sources)
    .innerJoin(schema.projects, eq(schema.projects.id, schema.sources.projectId))
    .where(eq(schema.sources.id, sourceId));
  if (!row) {
    throw new NotFoundError(`no source with id ${sourceId}`);
  }
  return row;
}

function emptyReport(source: SourceRow, project: string): SyncReport {
  return {
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
}

/** Routes and stores every batch the source's connector streams; returns the totals. */
async function storeSource(
  options: SyncSourceOptions & { source: SourceRow; lease: SourceLease; report: SyncReport },
): Promise<BatchTotals> {
  const { ctx, source, report } = options;
  const modules = await loadProjectModules(ctx.db, source.projectId);
  const batches = openBatches({
    source,
    connectors: options.connectors,
    // A repository's doc files are every module's `docs` globs: the connector reads them.
    docGlobs: [...new Set(modules.flatMap((m) => m.docs))],
    signal: options.signal,
  });
  return runBatches({
    ctx,
    target: await batchTarget(ctx.db, source, new Router(toRoutable(modules))),
    batches,
    lease: options.lease,
    parallel: options.parallel ?? 1,
    signal: options.signal,
    onBatch: (batch) => {
      addNotes(report.notes, batch.notes);
      reportProgress(source, batch, options.onProgress);
    },
  });
}

async function batchTarget(db: Db, source: SourceRow, router: Router): Promise<BatchTarget> {
  return {
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
    noneStored: source.kind === 'git' && !(await holdsItems(db, source.id)),
  };
}

function reportProgress(
  source: SourceRow,
  batch: SyncBatch,
  onProgress: SyncSourceOptions['onProgress'],
): void {
  if (batch.progress) {
    onProgress?.({
      sourceId: source.id,
      name: source.name,
      done: batch.progress.done,
      total: batch.progress.total,
    });
  }
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
