import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, ref, timestamps } from './columns';
import { sourceKind } from './enums';
import { projects } from './projects';

/** Where a project's items come from, with its sync cursor and health. */
export const sources = pgTable(
  'sources',
  {
    id: id(),
    projectId: ref()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** Unique inside the project; given in the projects file or derived from where it reads. */
    name: text().notNull(),
    kind: sourceKind().notNull(),
    /** What the projects file says of it (path, branch, repo, url, …), validated on import. */
    config: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Where the last complete sync stopped (last commit, ETag, `since`); connector-specific. */
    cursor: jsonb().$type<Record<string, unknown>>(),
    /** Facts the last sync derived for readers (fork divergence, line-count progress). */
    state: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    intervalSeconds: integer().notNull().default(900),
    /** Failures in a row, for the backoff of the next attempt. */
    failures: integer().notNull().default(0),
    /** Who holds the sync of this source, and until when: one sync per source at a time. */
    leaseOwner: text(),
    leaseUntil: timestamp({ withTimezone: true }),
    lastRunAt: timestamp({ withTimezone: true }),
    lastSuccessAt: timestamp({ withTimezone: true }),
    lastError: text(),
    lastErrorAt: timestamp({ withTimezone: true }),
    nextRunAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('sources_project_name_key').on(t.projectId, t.name),
    // Serves the scheduler's "which sources are due" scan.
    index('sources_next_run_idx').on(t.nextRunAt),
  ],
);
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
