import { jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

export const projects = pgTable(
  'projects',
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    homepage: text(),
    description: text(),
    /** Project settings from the projects file (crediting roles and fields, revision links). */
    settings: jsonb().$type<ProjectSettings>().notNull().default({}),
    ...timestamps,
  },
  (t) => [uniqueIndex('projects_slug_key').on(t.slug)],
);
export interface ProjectSettings {
  credits?: {
    roles?: Record<string, number>;
    fields?: Record<string, string | string[]>;
    ignored?: string[];
    /** Link of a Subversion revision, with {revision} (e.g. https://svn.example.org/r{revision}). */
    revisionUrl?: string;
  };
}

export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;
