import { pgEnum } from 'drizzle-orm/pg-core';

export const itemKind = pgEnum('item_kind', [
  'BUG',
  'CHANGE',
  'USE_CASE',
  'DISCUSSION',
  'DRAFT',
  'DOC',
]);
export type ItemKind = (typeof itemKind.enumValues)[number];

export const itemStatus = pgEnum('item_status', ['OPEN', 'WIP', 'DONE', 'CLOSED']);
export type ItemStatus = (typeof itemStatus.enumValues)[number];

export const itemPriority = pgEnum('item_priority', ['HIGH', 'MEDIUM', 'LOW']);
export type ItemPriority = (typeof itemPriority.enumValues)[number];

export const sourceKind = pgEnum('source_kind', ['git', 'github', 'feed', 'native']);
export type SourceKind = (typeof sourceKind.enumValues)[number];

/** Why an item belongs to a module; kept so a re-route can replace only what rules produced. */
export const routeReason = pgEnum('route_reason', [
  'path',
  'doc',
  'label',
  'feed',
  'keyword',
  'task',
  'manual',
]);
export type RouteReason = (typeof routeReason.enumValues)[number];
