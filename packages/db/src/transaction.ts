import { type Db, DRIVER } from './db';

/**
 * Runs `work` in a transaction and hands it the transaction as a `Db`. Inside a transaction
 * already, `work` joins it: a verb that needs atomicity can be called on its own or from a
 * larger unit of work, and is all or nothing either way.
 */
export function transaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const { begin } = db[DRIVER];
  return begin ? begin(work) : work(db);
}

/** Whether `db` is a transaction (its statements commit or roll back together). */
export function inTransaction(db: Db): boolean {
  return db[DRIVER].begin === undefined;
}
