import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';

/** Sources whose next run has come and that no sync holds. */
export async function dueSources(db: Db, now: Date): Promise<number[]> {
  const rows = await queryRows<{ id: number | string }>(
    db,
    sql`select id from sources
        where kind <> 'native' and next_run_at <= ${now.toISOString()}::timestamptz
          and (lease_until is null or lease_until < now())
        order by next_run_at`,
  );
  return rows.map((r) => Number(r.id));
}
