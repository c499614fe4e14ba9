import { randomUUID } from 'node:crypto';
import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';

/** How long a sync may go without storing a batch before another process may take over. */
const LEASE_SECONDS = 10 * 60;
/** A sync stores a batch every few milliseconds; its lease needs renewing far less often. */
const RENEW_EVERY_MS = 30_000;

export interface SourceLease {
  owner: string;
  renew(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Takes the source for one sync, or answers undefined when another sync holds it. A lease, not
 * a lock: it survives no crash longer than its term, and it works the same on PGlite and on a
 * pooled PostgreSQL connection (a session lock would need one connection for the whole sync).
 */
export async function claimSource(db: Db, sourceId: number): Promise<SourceLease | undefined> {
  const owner = randomUUID();
  const claimed = await queryRows<{ id: number }>(
    db,
    sql`update sources set lease_owner = ${owner},
          lease_until = now() + make_interval(secs => ${LEASE_SECONDS})
        where id = ${sourceId} and (lease_until is null or lease_until < now())
        returning id`,
  );
  if (claimed.length === 0) {
    return undefined;
  }
  let renewedAt = Date.now();
  return {
    owner,
    renew: async () => {
      if (Date.now() - renewedAt < RENEW_EVERY_MS) {
        return;
      }
      renewedAt = Date.now();
      await db.execute(
        sql`update sources set lease_until = now() + make_interval(secs => ${LEASE_SECONDS})
            where id = ${sourceId} and lease_owner = ${owner}`,
      );
    },
    release: async () => {
      await db.execute(
        sql`update sources set lease_owner = null, lease_until = null
            where id = ${sourceId} and lease_owner = ${owner}`,
      );
    },
  };
}
