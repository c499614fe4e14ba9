import type { NormalizedMilestone } from '@moduleboard/connectors/types';
import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { jsonRows } from '../shared/sql';

/**
 * Upserts a source's milestones by title (a GitHub milestone named like a declared release is
 * that release) and returns every milestone id of the project by title.
 */
export async function storeMilestones(
  db: Db,
  input: { projectId: number; sourceId: number | null; milestones: NormalizedMilestone[] },
): Promise<Map<string, number>> {
  if (input.milestones.length > 0) {
    const rows = input.milestones.map((m) => ({
      external_id: m.externalId,
      title: m.title,
      description: m.description ?? null,
      due_on: m.dueOn ?? null,
      state: m.state,
    }));
    await db.execute(
      sql`insert into milestones (project_id, source_id, external_id, title, description, due_on, state)
          select ${input.projectId}, ${input.sourceId}, r.external_id, r.title, r.description,
            r.due_on, r.state
          from json_to_recordset(${jsonRows(rows)}) as r(external_id text, title text,
            description text, due_on date, state text)
          on conflict (project_id, title) do update set
            source_id = excluded.source_id, external_id = excluded.external_id,
            description = excluded.description, due_on = excluded.due_on,
            state = excluded.state, updated_at = now()
          where (milestones.source_id, milestones.external_id, milestones.description,
                 milestones.due_on, milestones.state)
            is distinct from (excluded.source_id, excluded.external_id, excluded.description,
                 excluded.due_on, excluded.state)`,
    );
  }
  return loadMilestoneIds(db, input.projectId);
}

export async function loadMilestoneIds(db: Db, projectId: number): Promise<Map<string, number>> {
  const rows = await queryRows<{ id: number | string; title: string }>(
    db,
    sql`select id, title from milestones where project_id = ${projectId}`,
  );
  return new Map(rows.map((r) => [r.title, Number(r.id)]));
}
