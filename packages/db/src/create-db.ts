import { mkdirSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
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
    // `socket` is a documented option its type declarations leave out.
    const options: postgres.Options<Record<string, never>> & { socket: typeof noDelaySocket } = {
      max: config.poolSize,
      onnotice: () => {},
      socket: noDelaySocket,
      // Bulk sync sends large parameter sets; keep idle connections around between batches.
      idle_timeout: 60,
      connection: { application_name: 'moduleboard' },
    };
    const client = postgres(config.url, options);
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

interface SocketOptions {
  host: string[];
  port: number[];
  path?: string | false;
}

/**
 * postgres.js's own sockets keep Nagle's algorithm on: a COPY's last small message then waits
 * for the server's delayed acknowledgement, some 80 ms per COPY. Ours send at once.
 */
function noDelaySocket(options: SocketOptions): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = options.path
      ? connect({ path: options.path, noDelay: true })
      : connect({ host: options.host[0], port: options.port[0] ?? 5432, noDelay: true });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Wraps an open PGlite instance (tests reuse one per worker). */
export async function wrapPglite(client: PGlite): Promise<DbHandle> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return { db, driver: { kind: 'pglite', client }, close: () => client.close() };
}
