import type { SQL } from 'drizzle-orm';
import type { Db } from './db';

/**
 * Runs raw SQL and returns its rows whatever the driver: postgres.js answers an array,
 * PGlite an object with `rows`.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) {
    return result as T[];
  }
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
