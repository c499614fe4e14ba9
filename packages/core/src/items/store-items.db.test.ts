import type { NormalizedItem } from '@moduleboard/connectors/types';
import { type Db, queryRows, schema, transaction } from '@moduleboard/db';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadProjectModules, toRoutable } from '../modules/load-modules';
import { importProjects } from '../projects/import-projects';
import { Router } from '../routing/router';
import { testCtx } from '../testing/index';
import { type StoreItemsInput, storeItems } from './store-items';

const at = (day: number) => new Date(Date.UTC(2024, 0, day));

/** A project of its own with two modules, and a source to store into. */
async function setup(db: Db): Promise<Omit<StoreItemsInput, 'items'>> {
  const slug = uniqueName('store');
  await importProjects({
    ctx: testCtx(db),
    input: {
      text: `projects:\n  - slug: ${slug}\n    name: Store\n    modules:\n      - { slug: parser, paths: ["src/parser/**"], labels: [parsing] }\n      - { slug: docs, paths: ["docs/**"] }\n`,
      file: 'p.yaml',
      baseDir: '/',
    },
  });
  const [source] = await db
    .select({ id: schema.sources.id, projectId: schema.sources.projectId })
    .from(schema.sources)
    .innerJoin(schema.projects, eq(schema.projects.id, schema.sources.projectId))
    .where(eq(schema.projects.slug, slug));
  if (!source) {
    throw new Error('no source');
  }
  const modules = await loadProjectModules(db, source.projectId);
  return {
    projectId: source.projectId,
    sourceId: source.id,
    router: new Router(toRoutable(modules)),
    milestones: new Map(),
    emitEvents: true,
    actor: 'test',
  };
}

function change(fields: Partial<NormalizedItem> = {}): NormalizedItem {
  return {
    externalId: 'c1',
    kind: 'CHANGE',
    title: 'Speed up the parser',
    status: 'DONE',
    createdAt: at(1),
    updatedAt: at(1),
    files: [{ path: 'src/parser/lexer.ts', change: 'M' }],
    ...fields,
  };
}

async function stored(db: Db, sourceId: number) {
  return queryRows<{ external_id: string; title: string; files: string[]; modules: string[] }>(
    db,
    sql`select i.external_id, i.title,
          coalesce((select array_agg(f.path order by f.path) from change_files f
                    where f.item_id = i.id), '{}') as files,
          coalesce((select array_agg(m.slug || ':' || l.reason order by m.slug)
                    from item_modules l join modules m on m.id = l.module_id
                    where l.item_id = i.id), '{}') as modules
        from items i where i.source_id = ${sourceId} order by i.external_id`,
  );
}

async function events(db: Db, projectId: number) {
  const rows = await queryRows<{ type: string }>(
    db,
    sql`select type::text from events where project_id = ${projectId} order by id`,
  );
  return rows.map((r) => r.type);
}

describe('storeItems', () => {
  it('stores items with their files and module links, and writes nothing the second time', async () => {
    const { db } = await openTestDb();
    const target = await setup(db);
    const items = [
      change(),
      change({ externalId: 'c2', files: [{ path: 'docs/a.md', change: 'A' }] }),
    ];
    expect(await storeItems(db, { ...target, items })).toMatchObject({ created: 2, updated: 0 });
    expect(await stored(db, target.sourceId)).toEqual([
      {
        external_id: 'c1',
        title: 'Speed up the parser',
        files: ['src/parser/lexer.ts'],
        modules: ['parser:path'],
      },
      {
        external_id: 'c2',
        title: 'Speed up the parser',
        files: ['docs/a.md'],
        modules: ['docs:path'],
      },
    ]);
    const again = await storeItems(db, { ...target, items });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, written: [] });
    expect(await events(db, target.projectId)).toEqual(['created', 'created']);
  });

  it('replaces the files and links of a changed item, and says its status moved', async () => {
    const { db } = await openTestDb();
    const target = await setup(db);
    await storeItems(db, { ...target, items: [change({ status: 'OPEN' })] });
    const moved = change({
      status: 'DONE',
      updatedAt: at(2),
      files: [{ path: 'docs/guide.md', change: 'A' }],
    });
    expect(await storeItems(db, { ...target, items: [moved] })).toMatchObject({ updated: 1 });
    expect(await stored(db, target.sourceId)).toMatchObject([
      { files: ['docs/guide.md'], modules: ['docs:path'] },
    ]);
    expect(await events(db, target.projectId)).toEqual(['created', 'status_changed']);
  });

  it('leaves alone an item older than the one stored (a late webhook)', async () => {
    const { db } = await openTestDb();
    const target = await setup(db);
    await storeItems(db, { ...target, items: [change({ title: 'New', updatedAt: at(5) })] });
    const late = change({ title: 'Old', updatedAt: at(3) });
    expect(await storeItems(db, { ...target, items: [late] })).toMatchObject({
      stale: 1,
      updated: 0,
    });
    expect((await stored(db, target.sourceId))[0]?.title).toBe('New');
  });

  it('keeps the files of an item that does not know them, and routes it by them and its labels', async () => {
    const { db } = await openTestDb();
    const target = await setup(db);
    await storeItems(db, { ...target, items: [change()] });
    const fromWebhook = change({
      title: 'Renamed',
      updatedAt: at(2),
      files: undefined,
      labels: ['parsing'],
    });
    await storeItems(db, { ...target, items: [fromWebhook] });
    expect(await stored(db, target.sourceId)).toEqual([
      {
        external_id: 'c1',
        title: 'Renamed',
        files: ['src/parser/lexer.ts'],
        modules: ['parser:label', 'parser:path'],
      },
    ]);
  });

  it('stores each comment once, however often the item is read', async () => {
    const { db } = await openTestDb();
    const target = await setup(db);
    const comments = [{ externalId: 'k1', body: 'Seen it', createdAt: at(2) }];
    const bug = change({ kind: 'BUG', status: 'OPEN', files: undefined, comments });
    await storeItems(db, { ...target, items: [bug] });
    await storeItems(db, { ...target, items: [bug] });
    await storeItems(db, {
      ...target,
      items: [
        { ...bug, comments: [...comments, { externalId: 'k2', body: 'Fixed', createdAt: at(3) }] },
      ],
    });
    expect(await events(db, target.projectId)).toEqual(['created', 'commented', 'commented']);
  });

  it('appends new items with COPY when told none can be stored yet, then finds them', async () => {
    const { db } = await openTestDb();
    const target = await setup(db);
    const items = Array.from({ length: 3 }, (_, i) => change({ externalId: `sha${i}` }));
    const first = await transaction(db, (tx) =>
      storeItems(tx, { ...target, items, appendNew: true, noneStored: true, emitEvents: false }),
    );
    expect(first.created).toBe(3);
    expect(new Set(first.written.map((w) => w.id)).size).toBe(3);
    expect((await stored(db, target.sourceId)).map((r) => r.modules)).toEqual([
      ['parser:path'],
      ['parser:path'],
      ['parser:path'],
    ]);
    const again = await storeItems(db, { ...target, items, appendNew: true });
    expect(again).toMatchObject({ created: 0, unchanged: 3 });
    expect(await events(db, target.projectId)).toEqual([]);
  });
});
