import { connect, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { drizzle } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';
import { type Db, withSeams } from './db';
import * as schema from './schema/index';

/**
 * drizzle over a postgres.js client: the pool, or one connection reserved for a transaction.
 * COPY streams on that same connection, so rows copied inside a transaction commit with it.
 */
export function postgresDb(client: postgres.Sql, pool = true): Db {
  const orm = drizzle({ client, schema, casing: 'snake_case' });
  return withSeams(orm, {
    copy: async (statement, pieces) => {
      const stream = await client.unsafe(statement).writable();
      await pipeline(Readable.from(pieces), stream);
    },
    begin: pool ? (work) => onReservedConnection(client, work) : undefined,
  });
}

/**
 * A transaction on a connection taken from the pool for its length: every statement of `work`,
 * COPY included, runs on it between BEGIN and COMMIT (ROLLBACK when `work` fails).
 */
async function onReservedConnection<T>(
  pool: postgres.Sql,
  work: (tx: Db) => Promise<T>,
): Promise<T> {
  // postgres.js gives a reserved connection no `options` of its own though its type says it
  // has them; drizzle reads them (the pool's, which it already adjusted) when it wraps one.
  const connection = Object.assign(await pool.reserve(), { options: pool.options });
  try {
    await connection.unsafe('begin');
    let result: T;
    try {
      result = await work(postgresDb(connection, false));
    } catch (error) {
      await connection.unsafe('rollback').catch(() => undefined);
      throw error;
    }
    await connection.unsafe('commit');
    return result;
  } finally {
    connection.release();
  }
}

/** A pool of `poolSize` connections, each with Nagle's algorithm off (see `noDelaySocket`). */
export async function openPostgres(config: { url: string; poolSize: number }) {
  const { default: postgres } = await import('postgres');
  // `socket` is a documented option its type declarations leave out.
  const options: postgres.Options<Record<string, never>> & { socket: typeof noDelaySocket } = {
    max: config.poolSize,
    onnotice: () => {},
    socket: noDelaySocket,
    // Bulk sync sends large parameter sets; keep idle connections around between batches.
    idle_timeout: 60,
    connection: { application_name: 'moduleboard' },
  };
  return postgres(config.url, options);
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
