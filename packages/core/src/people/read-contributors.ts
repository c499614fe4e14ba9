import { type Db, queryRows } from '@moduleboard/db';
import { type SQL, sql } from 'drizzle-orm';
import {
  cursorValue,
  encodeCursor,
  type Page,
  type PageArgs,
  parsePageArgs,
  toPage,
} from '../shared/pagination';
import { idArray, jsonRows } from '../shared/sql';

export interface ContributorFilter {
  projectId: number;
  /** Only credits of changes routed to these modules (a module and its descendants). */
  moduleIds?: number[] | undefined;
  role?: string | null | undefined;
  since?: Date | null | undefined;
  until?: Date | null | undefined;
  /** Only these people. */
  personIds?: number[] | undefined;
}

export interface ContributorStats {
  personId: number;
  projectId: number;
  name: string;
  score: number;
  /** Distinct credited items per role. */
  roles: Record<string, number>;
  /** Distinct items credited in any role. */
  items: number;
}

/** The credits a filter keeps, each (person, role, item) once. */
function creditedRows(filter: ContributorFilter): SQL {
  const conditions: SQL[] = [
    sql`i.project_id = ${filter.projectId}`,
    sql`id.person_id is not null`,
  ];
  if (filter.moduleIds) {
    conditions.push(
      sql`i.id in (select item_id from item_modules where module_id = any(${idArray(filter.moduleIds)}))`,
    );
  }
  if (filter.role) {
    conditions.push(sql`c.role = ${filter.role}`);
  }
  if (filter.since) {
    conditions.push(sql`i.created_at >= ${filter.since.toISOString()}::timestamptz`);
  }
  if (filter.until) {
    conditions.push(sql`i.created_at < ${filter.until.toISOString()}::timestamptz`);
  }
  if (filter.personIds) {
    conditions.push(sql`id.person_id = any(${idArray(filter.personIds)})`);
  }
  return sql`select distinct id.person_id, c.role, c.item_id
    from credits c join identities id on id.id = c.identity_id join items i on i.id = c.item_id
    where ${sql.join(conditions, sql` and `)}`;
}

function scored(filter: ContributorFilter, weights: ReadonlyMap<string, number>): SQL {
  const weightRows = [...weights].map(([role, weight]) => ({ role, weight }));
  return sql`with credited as (${creditedRows(filter)}),
    per_role as (select person_id, role, count(*) as n from credited group by 1, 2),
    weights as (select * from json_to_recordset(${jsonRows(weightRows)}) as w(role text, weight float8)),
    totals as (
      select r.person_id, sum(r.n * coalesce(w.weight, 1)) as score,
             jsonb_object_agg(r.role, r.n) as roles
      from per_role r left join weights w on w.role = r.role group by r.person_id
    ),
    items as (select person_id, count(distinct item_id) as n from credited group by 1),
    ranked as (
      select t.person_id, p.name, lower(p.name) as sort_name, t.score, t.roles, it.n as items
      from totals t join people p on p.id = t.person_id join items it on it.person_id = t.person_id
    )`;
}

interface RankedRow {
  person_id: number | string;
  name: string;
  sort_name: string;
  score: number | string;
  roles: Record<string, number>;
  items: number | string;
}

function toStats(row: RankedRow, projectId: number): ContributorStats {
  return {
    personId: Number(row.person_id),
    projectId,
    name: row.name,
    score: Number(row.score),
    roles: row.roles,
    items: Number(row.items),
  };
}

/** Contributors ranked by score (highest first), ties by name, then id; keyset-paginated. */
export async function listContributors(
  db: Db,
  input: { filter: ContributorFilter; weights: ReadonlyMap<string, number>; page: PageArgs },
): Promise<Page<ContributorStats & { cursor: string }>> {
  const request = parsePageArgs(input.page);
  const forward = request.direction === 'forward';
  let after = sql``;
  if (request.cursor) {
    const score = cursorValue(request.cursor, 0, 'number');
    const name = cursorValue(request.cursor, 1, 'string');
    const id = cursorValue(request.cursor, 2, 'number');
    after = forward
      ? sql`where score < ${score} or (score = ${score} and (sort_name, person_id) > (${name}, ${id}))`
      : sql`where score > ${score} or (score = ${score} and (sort_name, person_id) < (${name}, ${id}))`;
  }
  const order = forward
    ? sql`order by score desc, sort_name asc, person_id asc`
    : sql`order by score asc, sort_name desc, person_id desc`;
  const rows = await queryRows<RankedRow>(
    db,
    sql`${scored(input.filter, input.weights)}
        select * from ranked ${after} ${order} limit ${request.limit + 1}`,
  );
  return toPage(
    rows.map((row) => ({
      ...toStats(row, input.filter.projectId),
      cursor: encodeCursor([Number(row.score), row.sort_name, Number(row.person_id)]),
    })),
    request,
  );
}

export async function countContributors(db: Db, filter: ContributorFilter): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(distinct person_id) as n from (${creditedRows(filter)}) c`,
  );
  return Number(row?.n ?? 0);
}

/** The project-wide standing of some people (for a contributor fetched by id). */
export async function contributorStats(
  db: Db,
  input: { projectId: number; personIds: number[]; weights: ReadonlyMap<string, number> },
): Promise<ContributorStats[]> {
  if (input.personIds.length === 0) {
    return [];
  }
  const rows = await queryRows<RankedRow>(
    db,
    sql`${scored({ projectId: input.projectId, personIds: input.personIds }, input.weights)}
        select * from ranked`,
  );
  return rows.map((row) => toStats(row, input.projectId));
}

export interface ActivityPoint {
  /** First day of the month. */
  month: string;
  /** Distinct credited items that month. */
  items: number;
  /** Distinct people credited that month. */
  people: number;
}

/** Credited items and people per month, for charts. */
export async function creditActivity(db: Db, filter: ContributorFilter): Promise<ActivityPoint[]> {
  const conditions = sql`${creditedRows(filter)}`;
  const rows = await queryRows<{ month: string; items: number | string; people: number | string }>(
    db,
    sql`select to_char(date_trunc('month', i.created_at), 'YYYY-MM') as month,
          count(distinct c.item_id) as items, count(distinct c.person_id) as people
        from (${conditions}) c join items i on i.id = c.item_id
        group by 1 order by 1`,
  );
  return rows.map((r) => ({ month: r.month, items: Number(r.items), people: Number(r.people) }));
}

export interface CreditRow {
  /** (item, role): a person is credited once per role of a change, whatever they were named. */
  key: string;
  itemId: number;
  role: string;
  rawLine: string;
  aside: string | null;
  at: Date;
}

/**
 * A person's credits, newest first, optionally in one role: one per change and role, even when
 * two of their identities were both credited for it.
 */
export async function listCredits(
  db: Db,
  input: { personId: number; role?: string | null | undefined; page: PageArgs },
): Promise<Page<CreditRow & { cursor: string }>> {
  const request = parsePageArgs(input.page);
  const forward = request.direction === 'forward';
  let after = sql``;
  if (request.cursor) {
    const at = cursorValue(request.cursor, 0, 'string');
    const item = cursorValue(request.cursor, 1, 'number');
    const role = cursorValue(request.cursor, 2, 'string');
    const key = sql`(at, item_id, role)`;
    const value = sql`(${at}::timestamptz, ${item}, ${role})`;
    after = forward ? sql`where ${key} < ${value}` : sql`where ${key} > ${value}`;
  }
  const order = forward ? sql`desc` : sql`asc`;
  const role = input.role ? sql`and c.role = ${input.role}` : sql``;
  const rows = await queryRows<{
    item_id: number | string;
    role: string;
    raw_line: string;
    aside: string | null;
    at: Date | string;
  }>(
    db,
    sql`select * from (
          select distinct on (i.created_at, c.item_id, c.role)
            c.item_id, c.role, c.raw_line, c.aside, i.created_at as at
          from credits c join identities id on id.id = c.identity_id join items i on i.id = c.item_id
          where id.person_id = ${input.personId} ${role}
          order by i.created_at, c.item_id, c.role, c.raw_line
        ) credited ${after}
        order by at ${order}, item_id ${order}, role ${order}
        limit ${request.limit + 1}`,
  );
  return toPage(
    rows.map((r) => {
      const at = new Date(r.at);
      return {
        key: `${r.item_id}:${r.role}`,
        itemId: Number(r.item_id),
        role: r.role,
        rawLine: r.raw_line,
        aside: r.aside,
        at,
        cursor: encodeCursor([at.toISOString(), Number(r.item_id), r.role]),
      };
    }),
    request,
  );
}
