import { date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, ref, timestamps } from './columns';
import { projects } from './projects';
import { sources } from './sources';

/** A release that roadmap tasks are targeted to. */
export const milestones = pgTable(
  'milestones',
  {
    id: id(),
    projectId: ref()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** Set when the milestone comes from a connector (a GitHub milestone), null when declared. */
    sourceId: ref().references(() => sources.id, { onDelete: 'cascade' }),
    externalId: text(),
    title: text().notNull(),
    description: text(),
    dueOn: date({ mode: 'string' }),
    state: text({ enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('milestones_project_title_key').on(t.projectId, t.title),
    index('milestones_source_idx').on(t.sourceId),
  ],
);
export type Milestone = typeof milestones.$inferSelect;
export type NewMilestone = typeof milestones.$inferInsert;
