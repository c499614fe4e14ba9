import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { ref } from './columns';

/** One person credited for one item in one role, with the line that said so. */
export const credits = pgTable(
  'credits',
  {
    // No foreign keys, as in item_modules: deleting an item or an identity deletes these by
    // trigger (see migrations/0002).
    itemId: ref().notNull(),
    identityId: ref().notNull(),
    role: text().notNull(),
    /** The message line(s) the credit was read from; empty when implied (the commit's author). */
    rawLine: text().notNull().default(''),
    aside: text(),
  },
  (t) => [
    // One credit per (item, identity, role); also serves the credits of an item.
    primaryKey({ columns: [t.itemId, t.identityId, t.role] }),
    // Serves the counts and credit lists of a contributor.
    index('credits_identity_idx').on(t.identityId),
  ],
);
export type Credit = typeof credits.$inferSelect;
export type NewCredit = typeof credits.$inferInsert;
