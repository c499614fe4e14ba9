import type { AppConfig } from '@moduleboard/config';
import { type Ctx, createLogger, type Logger } from '@moduleboard/core/shared';
import { createDb, type DbHandle, migrateDb } from '@moduleboard/db';

/** What every process of Moduleboard opens first, built from the parsed configuration. */
export interface Services {
  config: AppConfig;
  logger: Logger;
  handle: DbHandle;
  /** A verb context for the process itself (the system acting). */
  ctx: Ctx;
  close(): Promise<void>;
}

/** The logger, and the database with its migrations applied. */
export async function openServices(config: AppConfig): Promise<Services> {
  const logger = createLogger(config.logLevel);
  const handle = await createDb(config.database);
  try {
    await migrateDb(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    config,
    logger,
    handle,
    ctx: { db: handle.db, actor: { kind: 'system' }, now: () => new Date(), logger },
    close: () => handle.close(),
  };
}

/** Things to stop, stopped in the reverse order they were started, each whatever the others do. */
export class Shutdown {
  private readonly steps: (() => Promise<void>)[] = [];

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    const failures: unknown[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      await step().catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) {
      throw new AggregateError(failures, 'some parts did not stop cleanly');
    }
  }
}
