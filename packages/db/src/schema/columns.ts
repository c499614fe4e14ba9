import { bigint, timestamp } from 'drizzle-orm/pg-core';

/** Row bookkeeping shared by every table that people or sync jobs edit. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/**
 * Surrogate keys: identity bigints, read as JS numbers (far below 2^53 in practice). `cache`:
 * values a connection takes from the sequence at once, for tables filled by the hundred thousand.
 */
export const id = (options: { cache?: number } = {}) =>
  bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(options);

export const ref = () => bigint({ mode: 'number' });
