import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from './db';
import { queryRows } from './rows';
import { openTestDb, uniqueName } from './testing';
import { inTransaction, transaction } from './transaction';

async function makeTable(db: Db): Promise<string> {
  const name = uniqueName('tx').replaceAll('-', '_');
  await db.execute(sql.raw(`create table ${name} (note text not null)`));
  return name;
}

const notes = async (db: Db, table: string) =>
  (await queryRows<{ note: string }>(db, sql.raw(`select note from ${table} order by note`))).map(
    (r) => r.note,
  );

describe('transaction', () => {
  it('commits what its work wrote, and hands it a handle that is a transaction', async () => {
    const { db } = await openTestDb();
    const table = await makeTable(db);
    expect(inTransaction(db)).toBe(false);
    const seen = await transaction(db, async (tx) => {
      await tx.execute(sql.raw(`insert into ${table} values ('kept')`));
      return inTransaction(tx);
    });
    expect(seen).toBe(true);
    expect(await notes(db, table)).toEqual(['kept']);
  });

  it('joins an outer transaction: a failure after the inner work undoes it too', async () => {
    const { db } = await openTestDb();
    const table = await makeTable(db);
    const attempt = transaction(db, async (outer) => {
      await transaction(outer, async (inner) => {
        expect(inner).toBe(outer);
        await inner.execute(sql.raw(`insert into ${table} values ('inner')`));
      });
      await outer.execute(sql.raw(`insert into ${table} values (null)`));
    });
    await expect(attempt).rejects.toBeInstanceOf(Error);
    expect(await notes(db, table)).toEqual([]);
  });
});
