import type { Db } from '@moduleboard/db';
import { queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import type { Actor, Ctx } from '../shared/context';
import { silentLogger } from '../shared/logger';

/** A verb context for tests: the system acting, real time, no log output. */
export function testCtx(db: Db, actor: Actor = { kind: 'system' }): Ctx {
  return { db, actor, now: () => new Date(), logger: silentLogger };
}

/**
 * Every row a project owns, as plain JSON, to prove an operation changed nothing (or only
 * what it should).
 */
export async function snapshotProject(db: Db, slug: string): Promise<Record<string, unknown[]>> {
  const q = (query: ReturnType<typeof sql>) => queryRows<Record<string, unknown>>(db, query);
  const project = sql`(select id from projects where slug = ${slug})`;
  const tables = {
    projects: await q(sql`select * from projects where slug = ${slug}`),
    modules: await q(sql`select * from modules where project_id = ${project} order by id`),
    sources: await q(
      sql`select id, name, kind, config, cursor, interval_seconds, created_at, updated_at
          from sources where project_id = ${project} order by id`,
    ),
    milestones: await q(sql`select * from milestones where project_id = ${project} order by id`),
    items: await q(
      sql`select id, source_id, external_id, kind, title, status, priority, owner, milestone_id,
            area, data, digest, created_at, updated_at, ingested_at
          from items where project_id = ${project} order by id`,
    ),
    itemModules: await q(
      sql`select im.* from item_modules im join items i on i.id = im.item_id
          where i.project_id = ${project} order by im.item_id, im.module_id, im.reason`,
    ),
    changeFiles: await q(
      sql`select cf.* from change_files cf join items i on i.id = cf.item_id
          where i.project_id = ${project} order by cf.item_id, cf.path`,
    ),
    events: await q(sql`select * from events where project_id = ${project} order by id`),
  };
  return JSON.parse(JSON.stringify(tables)) as Record<string, unknown[]>;
}
