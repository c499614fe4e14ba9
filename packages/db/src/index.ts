export { type CopyInput, type CopyValue, copyPieces, copyRows, copyText } from './copy-rows';
export * from './create-db';
export { DataDirInUseError } from './data-dir-in-use';
export type { Db, Orm, Schema } from './db';
export * from './migrate';
export * from './rows';
export * as schema from './schema/index';
export { inTransaction, transaction } from './transaction';
