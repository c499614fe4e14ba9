import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { jsonRows } from '../shared/sql';
import type { Router } from './router';

const TITLE_PAGE = 5_000;

/**
 * Recomputes every rule-made link of a project's items after its rules changed (manual links
 * stay). Globs are matched once per distinct path and label, in JavaScript with the same Router
 * the sync uses; the database then joins those answers back to the items.
 */
export async function rerouteProject(db: Db, projectId: number, router: Router): Promise<void> {
  await db.execute(
    sql`delete from item_modules im using items i
        where im.item_id = i.id and i.project_id = ${projectId} and im.reason <> 'manual'`,
  );

  const paths = await queryRows<{ path: string; doc: boolean }>(
    db,
    sql`select distinct cf.path, false as doc from change_files cf
          join items i on i.id = cf.item_id
          where i.project_id = ${projectId} and i.kind <> 'DOC'
        union
        select distinct i.data->>'path', true from items i
          where i.project_id = ${projectId} and i.kind = 'DOC' and i.data ? 'path'`,
  );
  const pathLinks = paths.flatMap(({ path, doc }) =>
    router
      .forPath(path)
      .filter((link) => !doc || link.reason === 'doc')
      .map((link) => ({ path, doc, module_id: link.moduleId, reason: link.reason })),
  );
  if (pathLinks.length > 0) {
    await db.execute(
      sql`insert into item_modules (item_id, module_id, reason, kind, sort_at)
          select distinct i.id, r.module_id, r.reason::route_reason, i.kind, i.updated_at
          from json_to_recordset(${jsonRows(pathLinks.filter((l) => !l.doc))})
            as r(path text, module_id bigint, reason text)
          join change_files cf on cf.path = r.path
          join items i on i.id = cf.item_id
          where i.project_id = ${projectId} and i.kind <> 'DOC'
          on conflict do nothing`,
    );
    await db.execute(
      sql`insert into item_modules (item_id, module_id, reason, kind, sort_at)
          select i.id, r.module_id, r.reason::route_reason, i.kind, i.updated_at
          from json_to_recordset(${jsonRows(pathLinks.filter((l) => l.doc))})
            as r(path text, module_id bigint, reason text)
          join items i on i.data->>'path' = r.path
          where i.project_id = ${projectId} and i.kind = 'DOC'
          on conflict do nothing`,
    );
  }

  const labels = await queryRows<{ label: string }>(
    db,
    sql`select distinct jsonb_array_elements_text(i.data->'labels') as label from items i
        where i.project_id = ${projectId} and jsonb_typeof(i.data->'labels') = 'array'`,
  );
  const labelLinks = labels.flatMap(({ label }) =>
    router.forLabel(label).map((moduleId) => ({ label, module_id: moduleId })),
  );
  if (labelLinks.length > 0) {
    await db.execute(
      sql`insert into item_modules (item_id, module_id, reason, kind, sort_at)
          select distinct i.id, r.module_id, 'label'::route_reason, i.kind, i.updated_at
          from json_to_recordset(${jsonRows(labelLinks)}) as r(label text, module_id bigint)
          join items i on i.data->'labels' ? r.label
          where i.project_id = ${projectId}
          on conflict do nothing`,
    );
  }

  // Feeds route by their source's current configuration, tasks by the module they name.
  const explicit = await queryRows<{ path: string }>(
    db,
    sql`select distinct jsonb_array_elements_text(
          case when s.kind = 'feed' then s.config->'modules' else i.data->'modules' end) as path
        from items i join sources s on s.id = i.source_id
        where i.project_id = ${projectId}
          and jsonb_typeof(case when s.kind = 'feed' then s.config->'modules'
                                else i.data->'modules' end) = 'array'`,
  );
  const explicitLinks = explicit.flatMap(({ path }) => {
    const moduleId = router.forModulePath(path);
    return moduleId === undefined ? [] : [{ path, module_id: moduleId }];
  });
  if (explicitLinks.length > 0) {
    await db.execute(
      sql`insert into item_modules (item_id, module_id, reason, kind, sort_at)
          select i.id, r.module_id,
            (case when s.kind = 'native' then 'task' else 'feed' end)::route_reason,
            i.kind, i.updated_at
          from json_to_recordset(${jsonRows(explicitLinks)}) as r(path text, module_id bigint)
          join items i on true
          join sources s on s.id = i.source_id
          where i.project_id = ${projectId}
            and (case when s.kind = 'feed' then s.config->'modules'
                      else i.data->'modules' end) ? r.path
          on conflict do nothing`,
    );
  }

  await rerouteTitles(db, projectId, router);
}

async function rerouteTitles(db: Db, projectId: number, router: Router): Promise<void> {
  let after = 0;
  for (;;) {
    const page = await queryRows<{
      id: number | string;
      title: string;
      kind: string;
      sort_at: string;
    }>(
      db,
      sql`select id, title, kind, updated_at as sort_at from items
          where project_id = ${projectId} and id > ${after}
          order by id limit ${TITLE_PAGE}`,
    );
    const links = page.flatMap((row) =>
      router.forTitle(row.title).map((moduleId) => ({
        item_id: Number(row.id),
        module_id: moduleId,
        kind: row.kind,
        sort_at: row.sort_at,
      })),
    );
    if (links.length > 0) {
      await db.execute(
        sql`insert into item_modules (item_id, module_id, reason, kind, sort_at)
            select r.item_id, r.module_id, 'keyword', r.kind::item_kind, r.sort_at
            from json_to_recordset(${jsonRows(links)})
              as r(item_id bigint, module_id bigint, kind text, sort_at timestamptz)
            on conflict do nothing`,
      );
    }
    const last = page.at(-1);
    if (!last || page.length < TITLE_PAGE) {
      return;
    }
    after = Number(last.id);
  }
}
