import { type ProjectSpec, type TaskSpec, taskId } from '@moduleboard/config';
import type { NormalizedItem } from '@moduleboard/connectors/types';
import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { digestItem } from '../items/digest';
import { storeItems } from '../items/store-items';
import type { Router } from '../routing/router';
import { idArray, textArray } from '../shared/sql';
import type { ChangeCounts } from './apply-modules';

const STATUS = { open: 'OPEN', wip: 'WIP', done: 'DONE' } as const;
const PRIORITY = { high: 'HIGH', medium: 'MEDIUM', low: 'LOW' } as const;
const ORIGIN = 'projects-file';

function taskItem(task: TaskSpec, createdAt: Date, updatedAt: Date): NormalizedItem {
  return {
    externalId: `task:${taskId(task)}`,
    kind: 'BUG',
    title: task.title,
    body: task.body,
    bodyFormat: 'text',
    status: STATUS[task.status],
    priority: task.priority ? PRIORITY[task.priority] : undefined,
    owner: task.owner,
    area: task.area,
    milestone: task.milestone,
    modules: [task.module],
    createdAt,
    updatedAt,
    data: { origin: ORIGIN },
  };
}

/**
 * Stores the roadmap tasks a projects file declares as BUG items of the native source. A task
 * keeps its timestamps while its content is unchanged, so a re-import writes nothing.
 */
export async function applyTasks(
  db: Db,
  input: {
    projectId: number;
    sourceId: number;
    project: ProjectSpec;
    router: Router;
    milestones: ReadonlyMap<string, number>;
    actor: string;
    now: Date;
  },
): Promise<ChangeCounts> {
  const stored = new Map(
    (
      await queryRows<{ external_id: string; digest: string; created_at: Date; updated_at: Date }>(
        db,
        sql`select external_id, digest, created_at, updated_at from items
            where source_id = ${input.sourceId} and data->>'origin' = ${ORIGIN}`,
      )
    ).map((r) => [r.external_id, r]),
  );
  const items = input.project.tasks.map((task) => {
    const have = stored.get(`task:${taskId(task)}`);
    if (!have) {
      return taskItem(task, input.now, input.now);
    }
    const unchanged = taskItem(task, new Date(have.created_at), new Date(have.updated_at));
    return digestItem(unchanged) === have.digest
      ? unchanged
      : taskItem(task, new Date(have.created_at), input.now);
  });
  const result = await storeItems(db, {
    projectId: input.projectId,
    sourceId: input.sourceId,
    items,
    router: input.router,
    milestones: input.milestones,
    emitEvents: true,
    actor: input.actor,
    explicitReason: 'task',
  });
  const keep = new Set(items.map((i) => i.externalId));
  const gone = [...stored.keys()].filter((id) => !keep.has(id));
  if (gone.length > 0) {
    const rows = await queryRows<{ id: number }>(
      db,
      sql`select id from items where source_id = ${input.sourceId}
          and external_id = any(${textArray(gone)})`,
    );
    await db.execute(
      sql`delete from items where id = any(${idArray(rows.map((r) => Number(r.id)))})`,
    );
  }
  return { created: result.created, updated: result.updated, deleted: gone.length };
}
