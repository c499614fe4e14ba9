import { loadConfig } from '@moduleboard/config/env';
import { openServices, type Services } from '@moduleboard/server/services';

/** What a command that uses the database works with (the services of the server). */
export type Runtime = Services;

/** Parses the environment once, opens the database and applies pending migrations. */
export function openRuntime(): Promise<Runtime> {
  return openServices(loadConfig());
}

/** Prints a failure the way a person can act on it, and returns the exit code. */
export function fail(message: string, code = 1): number {
  process.stderr.write(`moduleboard: ${message}\n`);
  return code;
}
