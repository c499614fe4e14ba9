import type { Ctx } from '../shared/context';
import type { ConnectorRegistry } from '../sync/connector-registry';
import { fillLineCounts } from '../sync/fill-line-counts';
import { syncSource } from '../sync/sync-source';
import { processDelivery } from '../webhooks/process-delivery';
import { dueSources } from './due-sources';
import type { JobQueue } from './job-queue';

/**
 * Runs sync, webhook and line-count jobs in this process. A source's own failure (it is down,
 * it refuses us) is recorded on the source and retried at its next run; a job throws, and is
 * retried with backoff by the queue, only when something of ours failed (the database).
 */
export async function startWorkers(input: {
  queue: JobQueue;
  ctx: Ctx;
  connectors: ConnectorRegistry;
  /** Batches of one sync written at once (PostgreSQL only). */
  parallel?: number | undefined;
}): Promise<void> {
  const { queue, ctx, connectors, parallel } = input;
  await queue.work({
    due: async () => {
      for (const sourceId of await dueSources(ctx.db, ctx.now())) {
        await queue.sendSync(sourceId);
      }
    },
    sync: async (job) => {
      const report = await syncSource({
        ctx,
        input: { sourceId: job.data.sourceId },
        connectors,
        signal: job.signal,
        parallel,
      });
      if (report.ok) {
        ctx.logger.info('synced', {
          source: `${report.project}/${report.name}`,
          created: report.created,
          updated: report.updated,
          deleted: report.deleted,
        });
        if (report.kind === 'git' && report.created > 0) {
          await queue.sendLineCounts(report.sourceId);
        }
      }
    },
    webhook: async (job) => {
      await processDelivery({ ctx, input: { deliveryId: job.data.deliveryId }, queue });
    },
    lineCounts: async (job) => {
      await fillLineCounts({ ctx, input: { sourceId: job.data.sourceId }, signal: job.signal });
    },
  });
}
