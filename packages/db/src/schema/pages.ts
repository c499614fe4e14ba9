import {
  type AnyPgColumn,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { id, ref, timestamps } from './columns';
import { itemKind } from './enums';
import { items } from './items';
import { modules } from './modules';
import { projects } from './projects';
import { users } from './users';

/** A draft (wiki page) or a doc written in Moduleboard; its published text lives in revisions. */
export const pages = pgTable(
  'pages',
  {
    id: id(),
    projectId: ref()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    moduleId: ref().references(() => modules.id, { onDelete: 'set null' }),
    kind: itemKind().notNull(),
    slug: text().notNull(),
    title: text().notNull(),
    /** The item that shows this page on module pages and in feeds. */
    itemId: ref().references(() => items.id, { onDelete: 'set null' }),
    publishedRevisionId: ref().references((): AnyPgColumn => pageRevisions.id, {
      onDelete: 'set null',
    }),
    ...timestamps,
  },
  (t) => [uniqueIndex('pages_project_slug_key').on(t.projectId, t.slug)],
);
export type Page = typeof pages.$inferSelect;
export type NewPage = typeof pages.$inferInsert;

export const pageRevisions = pgTable(
  'page_revisions',
  {
    id: id(),
    pageId: ref()
      .notNull()
      .references((): AnyPgColumn => pages.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    summary: text(),
    authorUserId: text().references(() => users.id, { onDelete: 'set null' }),
    authorName: text(),
    /** pending revisions wait in the moderation queue. */
    status: text({ enum: ['pending', 'published', 'rejected'] }).notNull(),
    moderatedBy: text().references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('page_revisions_page_idx').on(t.pageId),
    // Serves the moderation queue.
    index('page_revisions_status_idx').on(t.status, t.createdAt),
  ],
);
export type PageRevision = typeof pageRevisions.$inferSelect;
export type NewPageRevision = typeof pageRevisions.$inferInsert;
