import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { DbHandle } from './create-db';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

// Any constant works; it only has to be the same for every process migrating this database.
const MIGRATION_LOCK = 4_721_093;

/**
 * Applies pending migrations. On PostgreSQL several replicas may start at once, so the run holds
 * an advisory lock on a connection of its own; the others wait, then find nothing to do.
 */
export async function migrateDb(handle: DbHandle): Promise<void> {
  if (handle.driver.kind === 'pglite') {
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(drizzle({ client: handle.driver.client }), { migrationsFolder });
    return;
  }
  const { default: postgres } = await import('postgres');
  const { drizzle: drizzlePostgres } = await import('drizzle-orm/postgres-js');
  const { migrate: migratePostgres } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(handle.driver.url, { max: 1, onnotice: () => {} });
  try {
    const db = drizzlePostgres({ client });
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await migratePostgres(db, { migrationsFolder });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
