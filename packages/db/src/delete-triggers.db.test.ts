import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from './db';
import { queryRows } from './rows';
import * as schema from './schema';
import { openTestDb, uniqueName } from './testing';

// An item's files, module links and credits have no foreign keys (migrations 0001 and 0002):
// deleting what they belong to must still take them along, whichever way it is deleted.

interface Fixture {
  projectId: number;
  sourceId: number;
  moduleIds: number[];
  itemIds: number[];
  identityIds: number[];
}

async function fixture(db: Db): Promise<Fixture> {
  const [project] = await db
    .insert(schema.projects)
    .values({ slug: uniqueName('cascade'), name: 'Cascade' })
    .returning();
  const projectId = Number(project?.id);
  const [source] = await db
    .insert(schema.sources)
    .values({ projectId, name: 'repo', kind: 'git' })
    .returning();
  const sourceId = Number(source?.id);
  const modules = await db
    .insert(schema.modules)
    .values(['a', 'b'].map((slug) => ({ projectId, slug, path: slug, name: slug })))
    .returning();
  const now = new Date();
  const items = await db
    .insert(schema.items)
    .values(
      ['one', 'two'].map((externalId) => ({
        projectId,
        sourceId,
        externalId,
        kind: 'CHANGE' as const,
        title: externalId,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning();
  const identities = await db
    .insert(schema.identities)
    .values(['ada', 'bob'].map((key) => ({ projectId, key, name: key })))
    .returning();
  const moduleIds = modules.map((m) => Number(m.id));
  const itemIds = items.map((i) => Number(i.id));
  const identityIds = identities.map((i) => Number(i.id));
  for (const itemId of itemIds) {
    await db.insert(schema.changeFiles).values({ itemId, path: 'a/x.ts', change: 'M' });
    for (const moduleId of moduleIds) {
      await db
        .insert(schema.itemModules)
        .values({ itemId, moduleId, reason: 'path', kind: 'CHANGE', sortAt: now });
    }
    for (const identityId of identityIds) {
      await db.insert(schema.credits).values({ itemId, identityId, role: 'patch' });
    }
  }
  return { projectId, sourceId, moduleIds, itemIds, identityIds };
}

async function counts(db: Db, f: Fixture) {
  const ids = sql`${`{${f.itemIds.join(',')}}`}::bigint[]`;
  const [row] = await queryRows<{ files: number; links: number; credits: number }>(
    db,
    sql`select
          (select count(*)::int from change_files where item_id = any(${ids})) as files,
          (select count(*)::int from item_modules where item_id = any(${ids})) as links,
          (select count(*)::int from credits where item_id = any(${ids})) as credits`,
  );
  return row;
}

describe('deleting what bulk rows belong to', () => {
  it('an item takes its files, links and credits, and leaves the other item’s', async () => {
    const { db } = await openTestDb();
    const f = await fixture(db);
    expect(await counts(db, f)).toEqual({ files: 2, links: 4, credits: 4 });
    await db.delete(schema.items).where(eq(schema.items.id, f.itemIds[0] as number));
    expect(await counts(db, f)).toEqual({ files: 1, links: 2, credits: 2 });
  });

  it('a module takes its links only', async () => {
    const { db } = await openTestDb();
    const f = await fixture(db);
    await db.delete(schema.modules).where(eq(schema.modules.id, f.moduleIds[0] as number));
    expect(await counts(db, f)).toEqual({ files: 2, links: 2, credits: 4 });
  });

  it('an identity takes its credits only', async () => {
    const { db } = await openTestDb();
    const f = await fixture(db);
    await db.delete(schema.identities).where(inArray(schema.identities.id, f.identityIds));
    expect(await counts(db, f)).toEqual({ files: 2, links: 4, credits: 0 });
  });

  it('a project, through its sources and items, takes them all', async () => {
    const { db } = await openTestDb();
    const f = await fixture(db);
    const other = await fixture(db);
    await db.delete(schema.projects).where(eq(schema.projects.id, f.projectId));
    expect(await counts(db, f)).toEqual({ files: 0, links: 0, credits: 0 });
    expect(await counts(db, other)).toEqual({ files: 2, links: 4, credits: 4 });
  });
});
