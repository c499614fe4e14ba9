import { type AnyPgColumn, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, ref, timestamps } from './columns';
import { projects } from './projects';

/** A node of a project's module tree, with the rules that route items to it. */
export const modules = pgTable(
  'modules',
  {
    id: id(),
    projectId: ref()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    parentId: ref().references((): AnyPgColumn => modules.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    /** Slugs from the root joined by "/", e.g. "lib/asyncio". */
    path: text().notNull(),
    name: text().notNull(),
    description: text(),
    /** Order of declaration in the projects file, so the tree reads as it was written. */
    position: integer().notNull().default(0),
    paths: text().array().notNull().default([]),
    docs: text().array().notNull().default([]),
    labels: text().array().notNull().default([]),
    keywords: text().array().notNull().default([]),
    owners: text().array().notNull().default([]),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('modules_project_path_key').on(t.projectId, t.path),
    // Serves Module.children.
    index('modules_parent_idx').on(t.parentId),
  ],
);
export type Module = typeof modules.$inferSelect;
export type NewModule = typeof modules.$inferInsert;
