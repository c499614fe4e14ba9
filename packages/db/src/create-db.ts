import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { DatabaseConfig } from '@moduleboard/config';
import type postgres from 'postgres';
import { lockDataDir } from './data-dir-lock';
import type { Db } from './db';

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
    const { openPostgres, postgresDb } = await import('./postgres-driver');
    const client = await openPostgres(config);
    return {
      db: postgresDb(client),
      driver: { kind: 'postgres', client, url: config.url },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = resolve(config.dataDir);
  const dir = resolve(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const handle = await wrapPglite(await PGlite.create(dir));
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** Wraps an open PGlite instance (tests reuse one per worker). */
export async function wrapPglite(client: PGlite): Promise<DbHandle> {
  const { pgliteDb } = await import('./pglite-driver');
  return { db: pgliteDb(client), driver: { kind: 'pglite', client }, close: () => client.close() };
}
