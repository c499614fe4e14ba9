import { JobQueue, startWorkers } from '@moduleboard/core';
import { createConnectors } from '@moduleboard/server/connectors';
import { fail, openRuntime } from '../runtime';
import { untilSignal } from '../signals';

export async function workerCommand(_args: string[]): Promise<number> {
  const runtime = await openRuntime();
  if (runtime.config.database.kind === 'pglite') {
    await runtime.close();
    return fail(
      'the embedded database runs its jobs inside `moduleboard serve`; set DATABASE_URL to run workers apart',
      2,
    );
  }
  const queue = new JobQueue(runtime.handle, runtime.logger);
  await queue.start();
  await startWorkers({
    queue,
    ctx: runtime.ctx,
    connectors: createConnectors(runtime.config),
    parallel: 2,
  });
  runtime.logger.info('worker running');
  await untilSignal();
  runtime.logger.info('stopping');
  await queue.stop();
  await runtime.close();
  return 0;
}
