import type { AppConfig } from '@moduleboard/config';
import { runJobs, startQueue } from './jobs';
import { openServices, type Services, Shutdown } from './services';

export interface ComposedWorker {
  services: Services;
  close(): Promise<void>;
}

/**
 * A worker process (`moduleboard worker`): the database, the job queue and its workers, no
 * HTTP. Only on PostgreSQL, whose queue other processes share; the embedded database belongs
 * to the one process that serves it.
 */
export async function composeWorker(config: AppConfig): Promise<ComposedWorker> {
  const shutdown = new Shutdown();
  try {
    const services = await openServices(config);
    shutdown.add(services.close);
    const queue = await startQueue(services);
    shutdown.add(() => queue.stop());
    await runJobs(services, queue);
    return { services, close: () => shutdown.run() };
  } catch (error) {
    await shutdown.run().catch(() => undefined);
    throw error;
  }
}
