import { identityKey, normalizePersonRef } from '@moduleboard/contribulyzer';
import { type CopyValue, copyRows, type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import type { StoredItem } from '../items/store-items';
import { jsonRows, textArray } from '../shared/sql';

/**
 * Stores the credits of written items: each named person as an identity of the project (once
 * per distinct way of naming), each credit pointing at its identity. Credits are only ever added:
 * a partial item (a webhook's pull request with one new reviewer) never removes the others.
 * Answers how many identities are new, which then need resolving into people, and the ids it
 * looked up or created: the caller adds those to `known` once its transaction has committed, as
 * an id another batch's transaction has not committed yet cannot be referenced.
 */
export async function storeCredits(
  db: Db,
  projectId: number,
  written: readonly StoredItem[],
  /** Committed identity ids by key: a history names the same people again and again. */
  known: ReadonlyMap<string, number> = new Map(),
): Promise<{ credits: number; newIdentities: number; learned: Map<string, number> }> {
  const identities = new Map<string, ReturnType<typeof normalizePersonRef>>();
  const credits: {
    item_id: number;
    key: string;
    role: string;
    raw_line: string;
    aside: string | null;
    created: boolean;
  }[] = [];
  for (const { id, item, created } of written) {
    for (const credit of item.credits ?? []) {
      const person = normalizePersonRef(credit.person);
      const key = identityKey(person);
      if (!key) {
        continue;
      }
      identities.set(key, person);
      credits.push({
        item_id: id,
        key,
        role: credit.role,
        raw_line: credit.rawLine,
        aside: credit.aside ?? null,
        created,
      });
    }
  }
  if (credits.length === 0) {
    return { credits: 0, newIdentities: 0, learned: new Map() };
  }
  const ids = new Map<string, number>();
  for (const key of identities.keys()) {
    const id = known.get(key);
    if (id !== undefined) {
      ids.set(key, id);
      identities.delete(key);
    }
  }
  const created =
    identities.size === 0
      ? []
      : await queryRows<{ id: number | string; key: string }>(
          db,
          sql`insert into identities (project_id, key, name, email, username, github_login, url)
        select ${projectId}, r.key, r.name, r.email, r.username, r.github_login, r.url
        from json_to_recordset(${jsonRows(
          [...identities]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([key, p]) => ({
              key,
              name: p.name ?? null,
              email: p.email ?? null,
              username: p.username ?? null,
              github_login: p.githubLogin ?? null,
              url: p.url ?? null,
            })),
        )}) as r(key text, name text, email text, username text, github_login text, url text)
        on conflict (project_id, key) do nothing
        returning id, key`,
        );
  for (const row of created) {
    ids.set(row.key, Number(row.id));
  }
  const stored = [...identities.keys()].filter((key) => !ids.has(key));
  if (stored.length > 0) {
    const rows = await queryRows<{ id: number | string; key: string }>(
      db,
      sql`select id, key from identities where project_id = ${projectId} and key = any(${textArray(stored)})`,
    );
    for (const row of rows) {
      ids.set(row.key, Number(row.id));
    }
  }
  const learned = new Map<string, number>();
  for (const [key, id] of ids) {
    if (!known.has(key)) {
      learned.set(key, id);
    }
  }
  // New items get their credits by COPY (each once: the same person twice in one role of one
  // item is one credit); credits of changed items are added to what is there.
  const fresh: CopyValue[][] = [];
  const added: object[] = [];
  const seen = new Set<string>();
  for (const c of credits) {
    const identity = ids.get(c.key);
    const once = `${c.item_id}:${identity}:${c.role}`;
    if (identity === undefined || seen.has(once)) {
      continue;
    }
    seen.add(once);
    if (c.created) {
      fresh.push([c.item_id, identity, c.role, c.raw_line, c.aside]);
    } else {
      added.push({
        item_id: c.item_id,
        identity_id: identity,
        role: c.role,
        raw_line: c.raw_line,
        aside: c.aside,
      });
    }
  }
  await copyRows(db, {
    table: 'credits',
    columns: ['item_id', 'identity_id', 'role', 'raw_line', 'aside'],
    rows: fresh,
  });
  if (added.length > 0) {
    await db.execute(
      sql`insert into credits (item_id, identity_id, role, raw_line, aside)
          select * from json_to_recordset(${jsonRows(added)})
            as r(item_id bigint, identity_id bigint, role text, raw_line text, aside text)
          on conflict (item_id, identity_id, role) do nothing`,
    );
  }
  return { credits: credits.length, newIdentities: created.length, learned };
}
