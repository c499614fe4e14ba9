import { pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

export const projects = pgTable(
  'projects',
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    homepage: text(),
    description: text(),
    ...timestamps,
  },
  (t) => [uniqueIndex('projects_slug_key').on(t.slug)],
);
export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;
