import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { copyRows } from './copy-rows';
import type { Db } from './db';
import { queryRows } from './rows';
import { openTestDb, uniqueName } from './testing';
import { transaction } from './transaction';

async function makeTables(db: Db, name: string): Promise<void> {
  await db.execute(sql.raw(`create table ${name}_parent (id int primary key)`));
  await db.execute(
    sql.raw(
      `create table ${name}_child (parent_id int not null references ${name}_parent (id), note text)`,
    ),
  );
}

describe('copyRows', () => {
  it('appends rows inside a transaction, text as it was given', async () => {
    const { db } = await openTestDb();
    const name = uniqueName('copy').replaceAll('-', '_');
    await makeTables(db, name);
    await db.execute(sql.raw(`insert into ${name}_parent values (1)`));
    await transaction(db, async (tx) => {
      await copyRows(tx, {
        table: `${name}_child`,
        columns: ['parent_id', 'note'],
        rows: [
          [1, 'tab\tand\nline \\ back'],
          [1, null],
        ],
      });
    });
    const rows = await queryRows<{ note: string | null }>(
      db,
      sql.raw(`select note from ${name}_child order by note nulls last`),
    );
    expect(rows).toEqual([{ note: 'tab\tand\nline \\ back' }, { note: null }]);
  });

  it('rejects with the server error when a row breaks a constraint, and rolls back', async () => {
    const { db } = await openTestDb();
    const name = uniqueName('copy').replaceAll('-', '_');
    await makeTables(db, name);
    await db.execute(sql.raw(`insert into ${name}_parent values (1)`));
    const attempt = transaction(db, async (tx) => {
      await copyRows(tx, {
        table: `${name}_child`,
        columns: ['parent_id', 'note'],
        rows: [[1, 'kept only if all are']],
      });
      // The foreign key is checked when the COPY completes, after all its data was sent.
      await copyRows(tx, {
        table: `${name}_child`,
        columns: ['parent_id', 'note'],
        rows: [[2, 'no such parent']],
      });
    });
    await expect(attempt).rejects.toThrow(/foreign key/);
    const rows = await queryRows(db, sql.raw(`select * from ${name}_child`));
    expect(rows).toEqual([]);
    // The connection is usable again.
    expect(await queryRows(db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
  });
});
