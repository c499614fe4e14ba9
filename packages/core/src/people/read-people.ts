import { type Db, schema } from '@moduleboard/db';
import { asc, inArray } from 'drizzle-orm';

export type PersonRow = typeof schema.people.$inferSelect;
export type IdentityRow = typeof schema.identities.$inferSelect;

export async function peopleByIds(db: Db, ids: readonly number[]): Promise<PersonRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.people)
    .where(inArray(schema.people.id, [...ids]));
}

export async function identitiesOfPeople(
  db: Db,
  personIds: readonly number[],
): Promise<IdentityRow[]> {
  if (personIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.identities)
    .where(inArray(schema.identities.personId, [...personIds]))
    .orderBy(asc(schema.identities.key));
}

export async function identitiesByIds(db: Db, ids: readonly number[]): Promise<IdentityRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.identities)
    .where(inArray(schema.identities.id, [...ids]));
}
