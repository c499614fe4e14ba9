import type { NormalizedItem, PersonRef } from '@moduleboard/connectors/types';
import { type CopyValue, copyRows, type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import type { Router } from '../routing/router';
import { idArray, jsonRows, storableJson, textArray } from '../shared/sql';
import { digestItem } from './digest';
import { type ItemEvent, insertEvents } from './events';

export interface StoreItemsInput {
  projectId: number;
  sourceId: number;
  items: NormalizedItem[];
  router: Router;
  /** Milestone ids by title, for items that name one. */
  milestones: ReadonlyMap<string, number>;
  /** False during a source's first sync: a backfill of history is not news. */
  emitEvents: boolean;
  actor: string;
  /** Reason for explicit `modules` of these items (a feed's or a task's). */
  explicitReason?: 'feed' | 'task';
  /**
   * Nothing else creates this source's items while this runs (its sync holds the source, and
   * no webhook writes it): items not found are appended with COPY rather than upserted.
   */
  appendNew?: boolean | undefined;
  /**
   * With `appendNew`: the source held no items when this writer took it, so none of these can
   * be stored yet and they are not looked up (a first sync's bulk skips a lookup per batch).
   */
  noneStored?: boolean | undefined;
}

export interface StoredItem {
  id: number;
  externalId: string;
  kind: NormalizedItem['kind'];
  item: NormalizedItem;
  created: boolean;
}

export interface StoreItemsResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Older than what is stored (an out-of-order webhook): left alone. */
  stale: number;
  /** The items written (created or changed), with their ids, for follow-up work (credits). */
  written: StoredItem[];
}

interface ExistingRow {
  id: number;
  external_id: string;
  status: string;
  digest: string;
  updated_at: string | Date;
  linked_changes: string[] | null;
}

/**
 * Upserts a batch of normalized items of one source: the items, their files, their module links
 * and their events, each in one multi-row statement. Unchanged items (same digest) cost one
 * lookup and nothing else, so a re-run writes nothing.
 */
export async function storeItems(db: Db, input: StoreItemsInput): Promise<StoreItemsResult> {
  const batch = latestPerExternalId(input.items);
  const result: StoreItemsResult = { created: 0, updated: 0, unchanged: 0, stale: 0, written: [] };
  if (batch.length === 0) {
    return result;
  }
  const existing = new Map(
    input.appendNew && input.noneStored
      ? []
      : (
          await queryRows<ExistingRow>(
            db,
            sql`select id, external_id, status, digest, updated_at,
                  data->'linkedChanges' as linked_changes from items
                where source_id = ${input.sourceId}
                  and external_id = any(${textArray(batch.map((i) => i.externalId))})`,
          )
        ).map((row) => [row.external_id, row]),
  );
  const toWrite: ItemToWrite[] = [];
  for (const item of batch) {
    const digest = digestItem(item);
    const before = existing.get(item.externalId);
    if (before?.digest === digest) {
      result.unchanged++;
    } else if (before && new Date(before.updated_at).getTime() > item.updatedAt.getTime()) {
      result.stale++;
    } else {
      toWrite.push({ item, digest, before });
    }
  }
  const commentEvents = batch.flatMap((item) => (item.comments?.length ? [item] : []));
  if (toWrite.length === 0 && commentEvents.length === 0) {
    return result;
  }

  const ids = new Map<string, number>();
  const appendable = (w: ItemToWrite) => input.appendNew === true && !w.before;
  await appendItems(db, toWrite.filter(appendable), input, ids);
  await upsertItems(
    db,
    toWrite.filter((w) => !appendable(w)),
    input,
    ids,
  );
  if (toWrite.length > 0) {
    const changed = toWrite.filter(({ item, before }) => before && ids.has(item.externalId));
    const knownPaths = await clearDerivedRows(db, changed);
    await insertFiles(db, toWrite, ids);
    await insertLinks(db, toWrite, ids, input, knownPaths);
    for (const { item, before } of toWrite) {
      const id = ids.get(item.externalId);
      if (id === undefined) {
        result.stale++;
        continue;
      }
      if (before) {
        result.updated++;
      } else {
        result.created++;
      }
      result.written.push({
        id,
        externalId: item.externalId,
        kind: item.kind,
        item,
        created: !before,
      });
    }
  }

  const events: ItemEvent[] = [];
  if (input.emitEvents) {
    for (const { item, before } of toWrite) {
      const id = ids.get(item.externalId);
      if (id === undefined) {
        continue;
      }
      events.push(...changeEvents(id, item, before, input.actor));
    }
  }
  for (const item of commentEvents) {
    const id = ids.get(item.externalId) ?? existing.get(item.externalId)?.id;
    if (id === undefined) {
      continue;
    }
    for (const comment of item.comments ?? []) {
      events.push({
        itemId: Number(id),
        type: 'commented',
        actor: input.actor,
        key: `comment:${comment.externalId}`,
        createdAt: comment.createdAt,
        payload: {
          author: personLabel(comment.author),
          body: comment.body,
          url: comment.url ?? null,
        },
      });
    }
  }
  await insertEvents(db, input.projectId, events);
  return result;
}

type ItemToWrite = { item: NormalizedItem; digest: string; before: ExistingRow | undefined };

const ITEM_COLUMNS = [
  'external_id',
  'kind',
  'title',
  'url',
  'author',
  'author_email',
  'body',
  'status',
  'priority',
  'owner',
  'milestone_id',
  'area',
  'data',
  'digest',
  'created_at',
  'updated_at',
] as const;

/**
 * Appends items known to be new with COPY, their ids drawn from the sequence first: a first
 * sync's bulk, at a fraction of an upsert's cost. Only for a caller that no one else races to
 * create the same items (see `appendNew`): a duplicate fails the whole transaction.
 */
async function appendItems(
  db: Db,
  items: ItemToWrite[],
  input: StoreItemsInput,
  ids: Map<string, number>,
): Promise<void> {
  if (items.length === 0) {
    return;
  }
  const drawn = await queryRows<{ id: number | string }>(
    db,
    sql`select nextval(pg_get_serial_sequence('items', 'id')) as id
        from generate_series(1, ${items.length})`,
  );
  const rows = items.map(({ item, digest }, i) => {
    const id = Number(drawn[i]?.id);
    ids.set(item.externalId, id);
    const row = itemRow(item, digest, input, undefined);
    return [
      id,
      input.projectId,
      input.sourceId,
      ...ITEM_COLUMNS.map((column) => (column === 'data' ? storableJson(row.data) : row[column])),
    ];
  });
  await copyRows(db, {
    table: 'items',
    columns: ['id', 'project_id', 'source_id', ...ITEM_COLUMNS],
    rows,
  });
}

/** Inserts or updates items, leaving alone any stored one updated later than ours. */
async function upsertItems(
  db: Db,
  items: ItemToWrite[],
  input: StoreItemsInput,
  ids: Map<string, number>,
): Promise<void> {
  if (items.length === 0) {
    return;
  }
  const rows = items.map(({ item, digest, before }) => itemRow(item, digest, input, before));
  const written = await queryRows<{ id: number | string; external_id: string }>(
    db,
    sql`insert into items (project_id, source_id, external_id, kind, title, url, author,
          author_email, body, status, priority, owner, milestone_id, area, data, digest,
          created_at, updated_at)
        select ${input.projectId}, ${input.sourceId}, r.external_id, r.kind::item_kind, r.title,
          r.url, r.author, r.author_email, r.body, r.status::item_status,
          r.priority::item_priority, r.owner, r.milestone_id, r.area, r.data, r.digest,
          r.created_at, r.updated_at
        from json_to_recordset(${jsonRows(rows)}) as r(external_id text, kind text, title text,
          url text, author text, author_email text, body text, status text, priority text,
          owner text, milestone_id bigint, area text, data jsonb, digest text,
          created_at timestamptz, updated_at timestamptz)
        on conflict (source_id, external_id) do update set
          kind = excluded.kind, title = excluded.title, url = excluded.url,
          author = excluded.author, author_email = excluded.author_email, body = excluded.body,
          status = excluded.status, priority = excluded.priority, owner = excluded.owner,
          milestone_id = excluded.milestone_id, area = excluded.area, data = excluded.data,
          digest = excluded.digest, created_at = excluded.created_at,
          updated_at = excluded.updated_at
        where items.updated_at <= excluded.updated_at
        returning id, external_id`,
  );
  for (const row of written) {
    ids.set(row.external_id, Number(row.id));
  }
}

/** Keeps one entry per external id: the one updated last (a page may repeat an item). */
function latestPerExternalId(items: NormalizedItem[]): NormalizedItem[] {
  const byId = new Map<string, NormalizedItem>();
  for (const item of items) {
    const seen = byId.get(item.externalId);
    if (!seen || seen.updatedAt.getTime() <= item.updatedAt.getTime()) {
      byId.set(item.externalId, item);
    }
  }
  return [...byId.values()];
}

function itemRow(
  item: NormalizedItem,
  digest: string,
  input: StoreItemsInput,
  before: ExistingRow | undefined,
) {
  const data: Record<string, unknown> = { ...item.data };
  // An item from a webhook may not know its links (undefined); what is stored stays.
  if (item.linkedChanges === undefined && before?.linked_changes) {
    data.linkedChanges = before.linked_changes;
  }
  if (item.labels?.length) {
    data.labels = item.labels;
  }
  if (item.modules?.length) {
    data.modules = item.modules;
  }
  if (item.linkedChanges?.length) {
    data.linkedChanges = item.linkedChanges;
  }
  if (item.bodyFormat) {
    data.bodyFormat = item.bodyFormat;
  }
  return {
    external_id: item.externalId,
    kind: item.kind,
    title: item.title,
    url: item.url ?? null,
    author: personLabel(item.author),
    author_email: item.author?.email ?? null,
    body: item.body ?? null,
    status: item.status,
    priority: item.priority ?? null,
    owner: item.owner ?? null,
    milestone_id: item.milestone ? (input.milestones.get(item.milestone) ?? null) : null,
    area: item.area ?? null,
    data,
    digest,
    created_at: item.createdAt.toISOString(),
    updated_at: item.updatedAt.toISOString(),
  };
}

export function personLabel(person: PersonRef | undefined): string | null {
  if (!person) {
    return null;
  }
  return person.name ?? person.githubLogin ?? person.username ?? person.email ?? null;
}

/**
 * Removes the rows a changed item's content implies (its files, its rule-made links; manual
 * links stay). An item that does not know its files (`files` undefined, as from a webhook)
 * keeps them; their paths are returned so its links can be made again from them.
 */
async function clearDerivedRows(
  db: Db,
  changed: { item: NormalizedItem; before?: ExistingRow | undefined }[],
): Promise<Map<string, string[]>> {
  const known = new Map<string, string[]>();
  if (changed.length === 0) {
    return known;
  }
  const ids = (list: typeof changed) =>
    list.flatMap(({ before }) => (before ? [Number(before.id)] : []));
  const replacing = ids(changed.filter(({ item }) => item.files !== undefined));
  const keeping = changed.filter(({ item }) => item.files === undefined);
  if (replacing.length > 0) {
    await db.execute(sql`delete from change_files where item_id = any(${idArray(replacing)})`);
  }
  if (keeping.length > 0) {
    const rows = await queryRows<{ item_id: number | string; path: string }>(
      db,
      sql`select item_id, path from change_files where item_id = any(${idArray(ids(keeping))})`,
    );
    const byId = new Map<number, string[]>();
    for (const row of rows) {
      byId.set(Number(row.item_id), [...(byId.get(Number(row.item_id)) ?? []), row.path]);
    }
    for (const { item, before } of keeping) {
      known.set(item.externalId, byId.get(Number(before?.id)) ?? []);
    }
  }
  await db.execute(
    sql`delete from item_modules where item_id = any(${idArray(ids(changed))}) and reason <> 'manual'`,
  );
  return known;
}

async function insertFiles(
  db: Db,
  toWrite: { item: NormalizedItem }[],
  ids: ReadonlyMap<string, number>,
): Promise<void> {
  const rows: CopyValue[][] = [];
  for (const { item } of toWrite) {
    const id = ids.get(item.externalId);
    if (id === undefined || !item.files) {
      continue;
    }
    const seen = new Set<string>();
    for (const f of item.files) {
      if (seen.has(f.path)) {
        continue;
      }
      seen.add(f.path);
      rows.push([id, f.path, f.change, f.oldPath, f.additions, f.deletions]);
    }
  }
  // The items are new, or their files were just deleted: nothing can conflict.
  await copyRows(db, {
    table: 'change_files',
    columns: ['item_id', 'path', 'change', 'old_path', 'additions', 'deletions'],
    rows,
  });
}

async function insertLinks(
  db: Db,
  toWrite: { item: NormalizedItem }[],
  ids: ReadonlyMap<string, number>,
  input: StoreItemsInput,
  knownPaths: ReadonlyMap<string, string[]>,
): Promise<void> {
  const rows: CopyValue[][] = [];
  for (const { item } of toWrite) {
    const id = ids.get(item.externalId);
    if (id === undefined) {
      continue;
    }
    const sortAt = item.updatedAt.toISOString();
    const docPath = item.kind === 'DOC' ? item.data?.path : undefined;
    const links = input.router.route({
      paths:
        item.kind === 'DOC'
          ? undefined
          : (item.files?.map((f) => f.path) ?? knownPaths.get(item.externalId)),
      docPath: typeof docPath === 'string' ? docPath : undefined,
      labels: item.labels,
      title: item.title,
      modules: item.modules,
      explicitReason: input.explicitReason,
    });
    for (const link of links) {
      rows.push([id, link.moduleId, link.reason, item.kind, sortAt]);
    }
  }
  // The items are new, or their rule-made links were just deleted: nothing can conflict.
  await copyRows(db, {
    table: 'item_modules',
    columns: ['item_id', 'module_id', 'reason', 'kind', 'sort_at'],
    rows,
  });
}

function changeEvents(
  itemId: number,
  item: NormalizedItem,
  before: ExistingRow | undefined,
  actor: string,
): ItemEvent[] {
  if (!before) {
    return [
      { itemId, type: 'created', actor, createdAt: item.createdAt, payload: { title: item.title } },
    ];
  }
  if (before.status !== item.status) {
    return [
      {
        itemId,
        type: 'status_changed',
        actor,
        createdAt: item.updatedAt,
        payload: { from: before.status, to: item.status, title: item.title },
      },
    ];
  }
  return [
    { itemId, type: 'updated', actor, createdAt: item.updatedAt, payload: { title: item.title } },
  ];
}
