import { bigint, timestamp } from 'drizzle-orm/pg-core';

/** Row bookkeeping shared by every table that people or sync jobs edit. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** Surrogate keys: identity bigints, read as JS numbers (far below 2^53 in practice). */
export const id = () => bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();

export const ref = () => bigint({ mode: 'number' });
