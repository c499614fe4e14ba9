import { dueSources, JobQueue, startWorkers } from '@moduleboard/core';
import { createConnectors } from './connectors';
import type { Services } from './services';

/** The job queue, started: any process may send jobs; workers are started apart. */
export async function startQueue(services: Services): Promise<JobQueue> {
  const queue = new JobQueue(services.handle, services.logger);
  await queue.start();
  return queue;
}

/**
 * Runs sync, webhook and line-count jobs in this process, and queues the sources that are due
 * now rather than at the next minute's tick.
 */
export async function runJobs(services: Services, queue: JobQueue): Promise<void> {
  const { config, ctx } = services;
  await startWorkers({
    queue,
    ctx,
    connectors: createConnectors(config),
    // Two batches written at once keep a PostgreSQL server busy while the next is read; the
    // embedded database takes one transaction at a time.
    parallel: config.database.kind === 'postgres' ? 2 : 1,
  });
  for (const sourceId of await dueSources(ctx.db, ctx.now())) {
    await queue.sendSync(sourceId);
  }
}
