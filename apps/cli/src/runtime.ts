import { type AppConfig, parseEnv } from '@moduleboard/config/env';
import { type Ctx, createLogger, type Logger } from '@moduleboard/core/shared';
import { createDb, type DbHandle, migrateDb } from '@moduleboard/db';

export interface Runtime {
  config: AppConfig;
  logger: Logger;
  handle: DbHandle;
  /** A verb context for the operator at the command line. */
  ctx: Ctx;
  close(): Promise<void>;
}

/** Parses the environment once, opens the database and applies pending migrations. */
export async function openRuntime(): Promise<Runtime> {
  const config = parseEnv(process.env);
  const logger = createLogger(config.logLevel);
  const handle = await createDb(config.database);
  await migrateDb(handle);
  return {
    config,
    logger,
    handle,
    ctx: { db: handle.db, actor: { kind: 'system' }, now: () => new Date(), logger },
    close: () => handle.close(),
  };
}

/** Prints a failure the way a person can act on it, and returns the exit code. */
export function fail(message: string, code = 1): number {
  process.stderr.write(`moduleboard: ${message}\n`);
  return code;
}
