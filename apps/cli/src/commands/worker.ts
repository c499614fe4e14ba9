import { loadConfig } from '@moduleboard/config/env';
import { composeWorker } from '@moduleboard/server/worker';
import { fail } from '../runtime';
import { untilSignal } from '../signals';

/** `moduleboard worker`: sync and webhook jobs from the shared queue, until a signal. */
export async function workerCommand(): Promise<number> {
  const config = loadConfig();
  if (config.database.kind === 'pglite') {
    return fail(
      'the embedded database runs its jobs inside `moduleboard serve`; set DATABASE_URL to run workers apart',
      2,
    );
  }
  const worker = await composeWorker(config);
  try {
    worker.services.logger.info('worker running');
    await untilSignal();
    worker.services.logger.info('stopping');
  } finally {
    await worker.close();
  }
  return 0;
}
