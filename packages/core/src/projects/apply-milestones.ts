import type { ProjectSpec } from '@moduleboard/config';
import { type Db, schema } from '@moduleboard/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ChangeCounts } from './apply-modules';

/** Makes the declared milestones equal to the file's; those a connector brought stay. */
export async function applyMilestones(
  db: Db,
  projectId: number,
  project: ProjectSpec,
): Promise<ChangeCounts> {
  const counts = { created: 0, updated: 0, deleted: 0 };
  const existing = new Map(
    (
      await db.select().from(schema.milestones).where(eq(schema.milestones.projectId, projectId))
    ).map((m) => [m.title, m]),
  );
  for (const want of project.milestones) {
    const values = {
      description: want.description ?? null,
      dueOn: want.due ?? null,
      state: want.state,
    };
    const have = existing.get(want.title);
    if (!have) {
      await db.insert(schema.milestones).values({ projectId, title: want.title, ...values });
      counts.created++;
    } else if (
      have.sourceId === null &&
      (have.description !== values.description ||
        have.dueOn !== values.dueOn ||
        have.state !== values.state)
    ) {
      await db
        .update(schema.milestones)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(schema.milestones.id, have.id));
      counts.updated++;
    }
  }
  const titles = new Set(project.milestones.map((m) => m.title));
  const gone = [...existing.values()]
    .filter((m) => m.sourceId === null && !titles.has(m.title))
    .map((m) => m.id);
  if (gone.length > 0) {
    await db
      .delete(schema.milestones)
      .where(and(isNull(schema.milestones.sourceId), inArray(schema.milestones.id, gone)));
    counts.deleted = gone.length;
  }
  return counts;
}
