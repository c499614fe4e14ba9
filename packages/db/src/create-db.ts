import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { DatabaseConfig } from '@moduleboard/config';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema/index';

export type Schema = typeof schema;

/** The typed database handle every verb receives; the same for PGlite and postgres.js. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DbDriver =
  | { kind: 'pglite'; client: PGlite }
  | { kind: 'postgres'; client: postgres.Sql; url: string };

export interface DbHandle {
  db: Db;
  driver: DbDriver;
  close(): Promise<void>;
}

/**
 * The only place that picks PGlite (embedded, under the data directory) or postgres.js. Each
 * driver is loaded only when chosen: a process never pays for the one it does not use.
 */
export async function createDb(config: DatabaseConfig): Promise<DbHandle> {
  if (config.kind === 'postgres') {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(config.url, {
      max: config.poolSize,
      onnotice: () => {},
      // Bulk sync sends large parameter sets; keep idle connections around between batches.
      idle_timeout: 60,
      connection: { application_name: 'moduleboard' },
    });
    const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      driver: { kind: 'postgres', client, url: config.url },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = resolve(config.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataDir(resolve(config.dataDir));
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const handle = await wrapPglite(await PGlite.create(dir));
    return {
      ...handle,
      close: async () => {
        await handle.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Wraps an open PGlite instance (tests reuse one per worker). */
export async function wrapPglite(client: PGlite): Promise<DbHandle> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return { db, driver: { kind: 'pglite', client }, close: () => client.close() };
}
