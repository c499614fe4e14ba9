import type { NormalizedItem, PersonRef } from '@moduleboard/connectors/types';

/** What is stored of an item a batch names, looked up before writing it. */
export interface ExistingRow {
  id: number;
  external_id: string;
  status: string;
  digest: string;
  updated_at: string | Date;
  linked_changes: string[] | null;
}

/** An item of a batch that is new or changed, with its digest and what is stored of it. */
export interface ItemToWrite {
  item: NormalizedItem;
  digest: string;
  before: ExistingRow | undefined;
}

/** The columns of `items` a sync writes, as one batch's JSON rows and COPY hand them over. */
export interface ItemColumns {
  external_id: string;
  kind: NormalizedItem['kind'];
  title: string;
  url: string | null;
  author: string | null;
  author_email: string | null;
  body: string | null;
  status: NormalizedItem['status'];
  priority: NormalizedItem['priority'] | null;
  owner: string | null;
  milestone_id: number | null;
  area: string | null;
  data: Record<string, unknown>;
  digest: string;
  created_at: string;
  updated_at: string;
}

/** Those columns in the order COPY sends them. */
export const ITEM_COLUMNS: readonly (keyof ItemColumns)[] = [
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
];

/**
 * The row of an item: its columns, and the facts kept in `data` (labels, explicit modules,
 * linked changes, body format). An item that does not know its links (from a webhook) keeps
 * those stored.
 */
export function itemRow(write: ItemToWrite, milestones: ReadonlyMap<string, number>): ItemColumns {
  const { item, digest, before } = write;
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
    milestone_id: item.milestone ? (milestones.get(item.milestone) ?? null) : null,
    area: item.area ?? null,
    data: itemData(item, before),
    digest,
    created_at: item.createdAt.toISOString(),
    updated_at: item.updatedAt.toISOString(),
  };
}

function itemData(item: NormalizedItem, before: ExistingRow | undefined): Record<string, unknown> {
  const data: Record<string, unknown> = { ...item.data };
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
  return data;
}

/** How an item's author is shown: the first of name, GitHub login, username, e-mail. */
export function personLabel(person: PersonRef | undefined): string | null {
  if (!person) {
    return null;
  }
  return person.name ?? person.githubLogin ?? person.username ?? person.email ?? null;
}

/** Keeps one entry per external id: the one updated last (a page may repeat an item). */
export function latestPerExternalId(items: readonly NormalizedItem[]): NormalizedItem[] {
  const byId = new Map<string, NormalizedItem>();
  for (const item of items) {
    const seen = byId.get(item.externalId);
    if (!seen || seen.updatedAt.getTime() <= item.updatedAt.getTime()) {
      byId.set(item.externalId, item);
    }
  }
  return [...byId.values()];
}
