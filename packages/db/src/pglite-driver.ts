import type { PGlite, Transaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { type Db, withSeams } from './db';
import * as schema from './schema/index';

/**
 * drizzle over PGlite, or over one of its transactions. PGlite has one connection: a statement
 * sent to the instance while a transaction is open waits for it to end, so everything inside a
 * transaction, COPY included, must go through the transaction's own object.
 */
export function pgliteDb(client: PGlite | Transaction): Db {
  // A transaction answers `query` as the instance does, and drizzle's transaction methods are
  // never called on this handle (`begin` is ours); drizzle's types name only the instance.
  const orm = drizzle({ client: client as PGlite, schema, casing: 'snake_case' });
  const instance = 'transaction' in client ? client : undefined;
  return withSeams(orm, {
    copy: async (statement, pieces) => {
      // PGlite reads COPY data from a blob it is handed, not from a stream.
      await client.query(statement.replace(/from stdin$/, "from '/dev/blob'"), [], {
        blob: new Blob([...pieces]),
      });
    },
    begin: instance ? (work) => instance.transaction((tx) => work(pgliteDb(tx))) : undefined,
  });
}
