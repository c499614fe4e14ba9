import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { id, ref } from './columns';
import { itemKind, itemPriority, itemStatus, routeReason } from './enums';
import { milestones } from './milestones';
import { projects } from './projects';
import { sources } from './sources';

/** One thing a module aggregates: a bug, a change, a use case, a discussion, a draft, a doc. */
export const items = pgTable(
  'items',
  {
    // A sync draws its new items' ids in hundreds at once (see appendItems): cached, a connection
    // takes them from memory instead of locking and logging the sequence for each one. Ids left
    // in a closed connection's cache are skipped; nothing reads meaning into their gaps.
    id: id({ cache: 1000 }),
    projectId: ref()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    sourceId: ref()
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    /** The source's own name for it (commit sha, issue number, feed guid); sync upserts on it. */
    externalId: text().notNull(),
    kind: itemKind().notNull(),
    title: text().notNull(),
    url: text(),
    author: text(),
    authorEmail: text(),
    /** Sanitized HTML for feeds and the web, plain text for commit messages. */
    body: text(),
    status: itemStatus().notNull().default('OPEN'),
    priority: itemPriority(),
    owner: text(),
    milestoneId: ref().references(() => milestones.id, { onDelete: 'set null' }),
    area: text(),
    /** Kind-specific facts: a change's parents and revision, an issue's number and labels. */
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Hash of everything the source said of the item; an equal digest means nothing to write. */
    digest: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    ingestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('items_source_external_key').on(t.sourceId, t.externalId),
    // Serves "which pull requests contain this commit" on a change's page.
    // Partial: most items (commits) link nothing, and indexing them would slow every sync.
    index('items_linked_changes_idx')
      .using('gin', sql`(${t.data}->'linkedChanges')`)
      .where(sql`${t.data} ? 'linkedChanges'`),
    // Serves the roadmap (tasks by milestone).
    index('items_milestone_idx').on(t.milestoneId).where(sql`${t.milestoneId} is not null`),
  ],
);
export type Item = typeof items.$inferSelect;
export type NewItem = typeof items.$inferInsert;

/**
 * Item ↔ module, with why. Kind and time are copied from the item so that a module page
 * ("newest items of these kinds in these modules") is one index range scan, not a join and sort.
 */
export const itemModules = pgTable(
  'item_modules',
  {
    // Bulk rows: no foreign keys (checked row by row, they cost more than the rows themselves).
    // Deleting an item or a module deletes these by trigger; see migrations/0002.
    itemId: ref().notNull(),
    moduleId: ref().notNull(),
    reason: routeReason().notNull(),
    kind: itemKind().notNull(),
    sortAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    // Item first: serves Item.modules and replacing one item's links. Every module query goes
    // through the page index below, so a third index is not worth its cost on every sync.
    primaryKey({ columns: [t.itemId, t.moduleId, t.reason] }),
    // Serves Module.items: newest first, filtered by kind, keyset-paginated on (sortAt, itemId).
    index('item_modules_page_idx').on(t.moduleId, t.kind, t.sortAt.desc(), t.itemId.desc()),
  ],
);
export type ItemModule = typeof itemModules.$inferSelect;
export type NewItemModule = typeof itemModules.$inferInsert;

/** The files a CHANGE touched. Line counts arrive in a later pass (diffs cost far more). */
export const changeFiles = pgTable(
  'change_files',
  {
    // No foreign key, as in item_modules: deleting an item deletes these by trigger.
    itemId: ref().notNull(),
    path: text().notNull(),
    /** git's letter: A added, M modified, D deleted, R renamed, C copied, T type changed. */
    change: text().notNull(),
    oldPath: text(),
    additions: integer(),
    deletions: integer(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.path] }),
    // Serves the log of a path prefix (repository views) and re-routing by distinct path.
    index('change_files_path_idx').on(t.path.op('text_pattern_ops')),
  ],
);
export type ChangeFile = typeof changeFiles.$inferSelect;
export type NewChangeFile = typeof changeFiles.$inferInsert;
