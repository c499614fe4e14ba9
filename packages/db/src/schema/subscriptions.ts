import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, ref, timestamps } from './columns';
import { itemKind } from './enums';
import { modules } from './modules';
import { users } from './users';

/** A user following a module, optionally only some kinds of its items. */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: id(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: ref()
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    /** Empty means every kind. */
    kinds: itemKind().array().notNull().default([]),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('subscriptions_user_module_key').on(t.userId, t.moduleId),
    // Serves "who follows this module" when fanning out live updates.
    index('subscriptions_module_idx').on(t.moduleId),
  ],
);
export type Subscription = typeof subscriptions.$inferSelect;
export type NewSubscription = typeof subscriptions.$inferInsert;
