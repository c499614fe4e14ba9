import { PGlite } from '@electric-sql/pglite';
import { createDb, type DbHandle, wrapPglite } from './create-db';
import { migrateDb } from './migrate';

let shared: Promise<DbHandle> | undefined;

/**
 * The database of this test worker: PGlite in memory, or the server at TEST_DATABASE_URL when
 * the suite runs as its "postgres" project. Opened and migrated once per worker; tests never
 * share rows, each makes its own project.
 */
export function openTestDb(): Promise<DbHandle> {
  shared ??= open();
  return shared;
}

async function open(): Promise<DbHandle> {
  const driver = process.env.MODULEBOARD_TEST_DB ?? 'pglite';
  let handle: DbHandle;
  if (driver === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) {
      throw new Error('MODULEBOARD_TEST_DB=postgres needs TEST_DATABASE_URL');
    }
    handle = await createDb({ kind: 'postgres', url, poolSize: 5 });
  } else {
    handle = await wrapPglite(await PGlite.create());
  }
  await migrateDb(handle);
  return handle;
}

/** A name no other test of this run uses, for slugs and unique fields. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
