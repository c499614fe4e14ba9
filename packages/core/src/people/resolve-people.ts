import { chooseDisplayName, IdentityResolver, type PersonRef } from '@moduleboard/contribulyzer';
import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { jsonRows } from '../shared/sql';
import { loadIdentityFiles } from './identity-files';

interface IdentityRow {
  id: number | string;
  key: string;
  name: string | null;
  email: string | null;
  username: string | null;
  github_login: string | null;
  url: string | null;
  person_id: number | string | null;
}

// Any constant: it only has to differ from the other advisory locks of the application.
const PEOPLE_LOCK = 902_114;

/**
 * Resolves a project's identities into people again: same email, username, mailmap or
 * COMMITTERS entry, or same full name (never a one-word name), except where a reviewer undid
 * the merge. People keep their ids (the largest share of a person's identities decides), every
 * merge is recorded with its reason, and credits, which point at identities, follow at once.
 * Runs inside a transaction of its own, one at a time per project.
 */
export async function resolvePeople(db: Db, projectId: number): Promise<{ people: number }> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql`select pg_advisory_xact_lock(${PEOPLE_LOCK}, ${projectId})`);
    const identities = await queryRows<IdentityRow>(
      t,
      sql`select id, key, name, email, username, github_login, url, person_id
          from identities where project_id = ${projectId} order by key`,
    );
    const undone = await queryRows<{ a: string; b: string }>(
      t,
      sql`select a.key as a, b.key as b from identity_merges m
          join identities a on a.id = m.identity_id join identities b on b.id = m.other_identity_id
          where m.project_id = ${projectId} and m.undone_at is not null`,
    );
    const resolver = new IdentityResolver({ ...(await loadIdentityFiles(t, projectId)), undone });
    const byKey = new Map<string, IdentityRow>();
    for (const row of identities) {
      byKey.set(row.key, row);
      resolver.add(refOf(row));
    }
    const { people } = resolver.resolve();

    // Largest people first, so when a person splits the bigger part keeps the old id.
    people.sort((x, y) => y.identityKeys.length - x.identityKeys.length);
    const taken = new Set<number>();
    const assignments: { id: number; person: number }[] = [];
    const names: { id: number; name: string }[] = [];
    const fresh: { index: number; name: string }[] = [];
    const chosen: (number | undefined)[] = [];
    // A mailmap or COMMITTERS name belongs to one person: when an undone merge splits people it
    // would name, the largest keeps it and the others are named after their own identities.
    const claimed = new Set<string>();
    people.forEach((person, index) => {
      const rows = person.identityKeys.flatMap((k) => byKey.get(k) ?? []);
      const votes = new Map<number, number>();
      for (const row of rows) {
        if (row.person_id !== null) {
          const id = Number(row.person_id);
          votes.set(id, (votes.get(id) ?? 0) + 1);
        }
      }
      const keep = [...votes]
        .filter(([id]) => !taken.has(id))
        .sort(([a, x], [b, y]) => y - x || a - b)[0]?.[0];
      const canonical = person.canonicalNames.filter((n) => !claimed.has(n));
      for (const n of canonical) {
        claimed.add(n);
      }
      const name = chooseDisplayName(person.identities, canonical) || '(unnamed)';
      if (keep === undefined) {
        fresh.push({ index, name });
      } else {
        taken.add(keep);
        names.push({ id: keep, name });
      }
      chosen[index] = keep;
    });
    if (fresh.length > 0) {
      const created = await queryRows<{ id: number | string }>(
        t,
        sql`insert into people (project_id, name)
            select ${projectId}, r.name from json_to_recordset(${jsonRows(fresh)})
              as r(index int, name text) order by r.index
            returning id`,
      );
      fresh.forEach((f, i) => {
        chosen[f.index] = Number(created[i]?.id);
      });
    }
    people.forEach((person, index) => {
      const target = chosen[index];
      for (const key of person.identityKeys) {
        const row = byKey.get(key);
        if (row && target !== undefined && Number(row.person_id) !== target) {
          assignments.push({ id: Number(row.id), person: target });
        }
      }
    });
    if (assignments.length > 0) {
      await t.execute(
        sql`update identities i set person_id = r.person, updated_at = now()
            from json_to_recordset(${jsonRows(assignments)}) as r(id bigint, person bigint)
            where i.id = r.id`,
      );
    }
    if (names.length > 0) {
      await t.execute(
        sql`update people p set name = r.name, updated_at = now()
            from json_to_recordset(${jsonRows(names)}) as r(id bigint, name text)
            where p.id = r.id and p.name <> r.name`,
      );
    }
    await t.execute(
      sql`delete from people p where p.project_id = ${projectId}
          and not exists (select 1 from identities i where i.person_id = p.id)`,
    );
    await recordMerges(
      t,
      projectId,
      people.flatMap((p) => p.merges),
      byKey,
    );
    return { people: people.length };
  });
}

function refOf(row: IdentityRow): PersonRef {
  const ref: PersonRef = {};
  if (row.name) {
    ref.name = row.name;
  }
  if (row.email) {
    ref.email = row.email;
  }
  if (row.username) {
    ref.username = row.username;
  }
  if (row.github_login) {
    ref.githubLogin = row.github_login;
  }
  if (row.url) {
    ref.url = row.url;
  }
  return ref;
}

/** Keeps the recorded merges equal to those made; undone ones stay, remembered. */
async function recordMerges(
  db: Db,
  projectId: number,
  edges: { a: string; b: string; reason: string; detail: string }[],
  byKey: ReadonlyMap<string, IdentityRow>,
): Promise<void> {
  const rows = edges.flatMap((e) => {
    const a = byKey.get(e.a);
    const b = byKey.get(e.b);
    return a && b ? [{ a: Number(a.id), b: Number(b.id), reason: e.reason, detail: e.detail }] : [];
  });
  // The JSON is read once into a table (materialized), not once per stored merge.
  await db.execute(
    sql`with keep as materialized (
          select * from json_to_recordset(${jsonRows(rows)}) as r(a bigint, b bigint, reason text)
        )
        delete from identity_merges m
        where m.project_id = ${projectId} and m.undone_at is null
          and (m.identity_id, m.other_identity_id, m.reason) not in (select a, b, reason from keep)`,
  );
  if (rows.length > 0) {
    await db.execute(
      sql`insert into identity_merges (project_id, identity_id, other_identity_id, reason, detail)
          select ${projectId}, r.a, r.b, r.reason, r.detail
          from json_to_recordset(${jsonRows(rows)}) as r(a bigint, b bigint, reason text, detail text)
          on conflict (identity_id, other_identity_id, reason) do nothing`,
    );
  }
}
