import { schema } from '@moduleboard/db';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../shared/context';
import type { SourceRow } from '../sources/read-sources';
import { describeSyncError } from './describe-error';
import { retryDelaySeconds } from './retry-delay';

/** Notes that a sync of the source started now. */
export async function recordRun(ctx: Ctx, sourceId: number): Promise<void> {
  await ctx.db
    .update(schema.sources)
    .set({ lastRunAt: ctx.now() })
    .where(eq(schema.sources.id, sourceId));
}

/** A sync that finished: the error is cleared and the next run is one interval away. */
export async function recordSuccess(ctx: Ctx, source: SourceRow): Promise<void> {
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
}

/**
 * A sync that failed: the error in words a person can act on, one more failure in a row, and
 * the next run after a backoff (or when the source asked to be tried again).
 */
export async function recordFailure(
  ctx: Ctx,
  source: SourceRow,
  error: unknown,
): Promise<ReturnType<typeof describeSyncError>> {
  const failure = describeSyncError(error);
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
  return failure;
}
