import { type Db, schema } from '@moduleboard/db';
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import { z } from 'zod';
import { actorLabel, type Ctx, isAdmin } from '../shared/context';
import { ForbiddenError, NotFoundError } from '../shared/errors';
import {
  cursorValue,
  encodeCursor,
  type Page,
  type PageArgs,
  parsePageArgs,
  toPage,
} from '../shared/pagination';
import { resolvePeople } from './resolve-people';

export type MergeRow = typeof schema.identityMerges.$inferSelect;

/** The merges of a project, for review: newest first; only undone ones, or only active ones. */
export async function listMerges(
  db: Db,
  input: { projectId: number; undone?: boolean | null | undefined; page: PageArgs },
): Promise<Page<MergeRow & { cursor: string }>> {
  const request = parsePageArgs(input.page);
  const forward = request.direction === 'forward';
  const m = schema.identityMerges;
  const at = request.cursor ? cursorValue(request.cursor, 0, 'number') : undefined;
  const rows = await db
    .select()
    .from(m)
    .where(
      and(
        eq(m.projectId, input.projectId),
        input.undone == null
          ? undefined
          : input.undone
            ? isNotNull(m.undoneAt)
            : isNull(m.undoneAt),
        at === undefined ? undefined : forward ? lt(m.id, at) : gt(m.id, at),
      ),
    )
    .orderBy(forward ? desc(m.id) : asc(m.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => ({ ...row, cursor: encodeCursor([row.id]) })),
    request,
  );
}

export async function mergesByIds(db: Db, ids: readonly number[]): Promise<MergeRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(schema.identityMerges)
    .where(inArray(schema.identityMerges.id, [...ids]));
}

export async function countMerges(
  db: Db,
  input: { projectId: number; undone?: boolean | null | undefined },
): Promise<number> {
  const m = schema.identityMerges;
  const [row] = await db
    .select({ n: count() })
    .from(m)
    .where(
      and(
        eq(m.projectId, input.projectId),
        input.undone == null
          ? undefined
          : input.undone
            ? isNotNull(m.undoneAt)
            : isNull(m.undoneAt),
      ),
    );
  return row?.n ?? 0;
}

export const SetMergeInput = z.object({ mergeId: z.number().int().positive() });
export type SetMergeInput = z.infer<typeof SetMergeInput>;

async function setUndone(ctx: Ctx, input: SetMergeInput, undone: boolean): Promise<MergeRow> {
  const { mergeId } = SetMergeInput.parse(input);
  if (!isAdmin(ctx.actor)) {
    throw new ForbiddenError('only an administrator can review identity merges');
  }
  const [merge] = await ctx.db
    .update(schema.identityMerges)
    .set(
      undone
        ? { undoneAt: ctx.now(), undoneBy: actorLabel(ctx.actor), updatedAt: ctx.now() }
        : { undoneAt: null, undoneBy: null, updatedAt: ctx.now() },
    )
    .where(and(eq(schema.identityMerges.id, mergeId)))
    .returning();
  if (!merge) {
    throw new NotFoundError(`no identity merge with id ${mergeId}`);
  }
  // The people change at once, so every count follows.
  await resolvePeople(ctx.db, merge.projectId);
  const [after] = await ctx.db
    .select()
    .from(schema.identityMerges)
    .where(eq(schema.identityMerges.id, mergeId));
  if (!after) {
    throw new NotFoundError(`the identity merge ${mergeId} is gone`);
  }
  return after;
}

/**
 * Undoes a merge: the two identities are never taken for one person again (even through
 * others), until an administrator redoes it. The choice is remembered across syncs.
 */
export function undoMerge({ ctx, input }: { ctx: Ctx; input: SetMergeInput }): Promise<MergeRow> {
  return setUndone(ctx, input, true);
}

/** Redoes an undone merge: the identities may be one person again if a rule says so. */
export function redoMerge({ ctx, input }: { ctx: Ctx; input: SetMergeInput }): Promise<MergeRow> {
  return setUndone(ctx, input, false);
}
