import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, ref, timestamps } from './columns';
import { projects } from './projects';

/** A contributor of a project: the merge of one or more identities. */
export const people = pgTable(
  'people',
  {
    id: id(),
    projectId: ref()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    ...timestamps,
  },
  (t) => [index('people_project_idx').on(t.projectId)],
);
export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/**
 * One way a contributor is named (a commit author, a `Patch by:` value, a GitHub login). Credits
 * point at identities, never at people, so merging or splitting people never loses a credit.
 */
export const identities = pgTable(
  'identities',
  {
    id: id(),
    projectId: ref()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** Set by the resolution that follows each batch of new identities; null until then. */
    personId: ref().references(() => people.id, { onDelete: 'set null' }),
    /** Normalized (name, email, username, login, url) tuple; one row per distinct way of naming. */
    key: text().notNull(),
    name: text(),
    email: text(),
    username: text(),
    githubLogin: text(),
    url: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('identities_project_key').on(t.projectId, t.key),
    // Serves a person's identities and the credit counts grouped by person.
    index('identities_person_idx').on(t.personId),
  ],
);
export type Identity = typeof identities.$inferSelect;
export type NewIdentity = typeof identities.$inferInsert;

/** Why two identities were taken for one person; undone merges stay, so a re-run respects them. */
export const identityMerges = pgTable(
  'identity_merges',
  {
    id: id(),
    projectId: ref()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    identityId: ref()
      .notNull()
      .references(() => identities.id, { onDelete: 'cascade' }),
    otherIdentityId: ref()
      .notNull()
      .references(() => identities.id, { onDelete: 'cascade' }),
    /** email, username, mailmap, committers, name, github, mention. */
    reason: text().notNull(),
    detail: text().notNull(),
    undoneAt: timestamp({ withTimezone: true }),
    undoneBy: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('identity_merges_pair_key').on(t.identityId, t.otherIdentityId, t.reason),
    index('identity_merges_project_idx').on(t.projectId),
  ],
);
export type IdentityMerge = typeof identityMerges.$inferSelect;
export type NewIdentityMerge = typeof identityMerges.$inferInsert;
