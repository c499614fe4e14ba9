export { type CopyInput, type CopyValue, copyPieces, copyRows, copyText } from './copy-rows';
export * from './create-db';
export * from './migrate';
export * from './rows';
export * as schema from './schema/index';
