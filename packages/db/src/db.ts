import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index';

export type Schema = typeof schema;

/** drizzle's handle on our schema, whichever driver is under it. */
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;

/** Where a `Db` keeps what its driver does beyond drizzle: COPY, and opening a transaction. */
export const DRIVER: unique symbol = Symbol('moduleboard.db.driver');

export interface DriverSeams {
  /** Runs `copy … from stdin` on this handle's connection, feeding it the pieces in order. */
  copy(statement: string, pieces: Iterable<string>): Promise<void>;
  /** Opens a transaction on a connection of its own; undefined when this handle is one. */
  begin: (<T>(work: (tx: Db) => Promise<T>) => Promise<T>) | undefined;
}

/**
 * The typed database handle every verb receives: drizzle on our schema, the same for PGlite and
 * postgres.js, for the pool as for a transaction, plus the driver's COPY. Made only by
 * `createDb` and `transaction`, so a COPY always runs on the connection of the handle it is given.
 */
export type Db = Orm & { readonly [DRIVER]: DriverSeams };

export function withSeams(orm: Orm, seams: DriverSeams): Db {
  return Object.assign(orm, { [DRIVER]: seams });
}
