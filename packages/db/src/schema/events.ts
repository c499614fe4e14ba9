import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ref } from './columns';
import { items } from './items';
import { projects } from './projects';

export const eventType = pgEnum('event_type', [
  'created',
  'updated',
  'commented',
  'status_changed',
  'revision_published',
]);
export type EventType = (typeof eventType.enumValues)[number];

/** What happened to an item; feeds and live updates read these, newest first. */
export const events = pgTable(
  'events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    projectId: ref()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    itemId: ref().references(() => items.id, { onDelete: 'cascade' }),
    type: eventType().notNull(),
    /** Who acted, as "user:<id>", "sync:<source id>", "webhook:<delivery>" or "system". */
    actor: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Set for events a source can send again (a comment id), so a re-sync adds no duplicate. */
    key: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves an item's history and the module feeds (joined through item_modules).
    index('events_item_idx').on(t.itemId, t.id.desc()),
    index('events_project_idx').on(t.projectId, t.id.desc()),
    uniqueIndex('events_item_key').on(t.itemId, t.key).where(sql`${t.key} is not null`),
  ],
);
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
