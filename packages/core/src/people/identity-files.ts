import {
  type Committers,
  createCommitters,
  createMailmap,
  type Mailmap,
  parseCommitters,
  parseMailmap,
} from '@moduleboard/contribulyzer';
import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';

/** The mailmap and COMMITTERS files the project's git sources found at their heads. */
export async function loadIdentityFiles(
  db: Db,
  projectId: number,
): Promise<{ mailmap: Mailmap | undefined; committers: Committers | undefined }> {
  const rows = await queryRows<{ name: string; mailmap: string | null; committers: string | null }>(
    db,
    sql`select name, state->'identityFiles'->>'mailmap' as mailmap,
          state->'identityFiles'->>'committers' as committers
        from sources where project_id = ${projectId} and kind = 'git' order by id`,
  );
  const mailmap = rows.flatMap((r) =>
    r.mailmap ? parseMailmap(r.mailmap, `${r.name}:.mailmap`) : [],
  );
  const committers = rows.flatMap((r) =>
    r.committers ? parseCommitters(r.committers, `${r.name}:COMMITTERS`) : [],
  );
  return {
    mailmap: mailmap.length > 0 ? createMailmap(mailmap) : undefined,
    committers: committers.length > 0 ? createCommitters(committers) : undefined,
  };
}
