import { readNumstat } from '@moduleboard/connectors/git';
import { type Db, schema } from '@moduleboard/db';
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../shared/context';
import { jsonRows } from '../shared/sql';
import { StoredGitConfig } from '../sources/stored-config';

const BATCH = 500;

/**
 * Fills the added and deleted line counts of a git source's changes, from its last filled
 * head to its synced head. A pass of its own, after the sync: diffs cost far more than the log,
 * and must not hold up the first sync. Idempotent; resumes from its own cursor in `state`.
 */
export async function fillLineCounts({
  ctx,
  input,
  signal,
}: {
  ctx: Ctx;
  input: { sourceId: number };
  signal?: AbortSignal | undefined;
}): Promise<{ commits: number }> {
  const [source] = await ctx.db
    .select()
    .from(schema.sources)
    .where(eq(schema.sources.id, input.sourceId));
  const head = typeof source?.cursor?.head === 'string' ? source.cursor.head : undefined;
  if (source?.kind !== 'git' || !head) {
    return { commits: 0 };
  }
  const filled = typeof source.state.linesHead === 'string' ? source.state.linesHead : undefined;
  if (filled === head) {
    return { commits: 0 };
  }
  const stored = StoredGitConfig.safeParse(source.config);
  if (!stored.success) {
    return { commits: 0 };
  }
  const dir = stored.data.path;
  let rows: object[] = [];
  let commits = 0;
  const flush = async () => {
    if (rows.length > 0) {
      await writeCounts(ctx.db, source.id, rows);
      rows = [];
    }
  };
  for await (const commit of readNumstat({
    dir,
    range: head,
    exclude: filled ? [filled] : [],
    signal,
  })) {
    commits++;
    for (const file of commit.files) {
      rows.push({ sha: commit.sha, path: file.path, a: file.additions, d: file.deletions });
    }
    if (rows.length >= BATCH) {
      await flush();
    }
  }
  await flush();
  await ctx.db
    .update(schema.sources)
    .set({ state: sql`${schema.sources.state} || ${JSON.stringify({ linesHead: head })}::jsonb` })
    .where(eq(schema.sources.id, source.id));
  return { commits };
}

async function writeCounts(db: Db, sourceId: number, rows: object[]): Promise<void> {
  await db.execute(
    sql`update change_files cf set additions = r.a, deletions = r.d
        from json_to_recordset(${jsonRows(rows)}) as r(sha text, path text, a int, d int), items i
        where i.source_id = ${sourceId} and i.external_id = r.sha
          and cf.item_id = i.id and cf.path = r.path`,
  );
}
