import type { ItemRow, ModuleRow, Page, PageArgs, ProjectRow } from '@moduleboard/core';
import { encodeCursor, parsePageArgs, toPage } from '@moduleboard/core';

/**
 * What a connection field returns: the page and how to name a cursor. Edges, nodes and the page
 * info are derived by the connection's own resolvers; the total is counted only when asked.
 */
export interface ConnectionShape<T> {
  page: Page<T>;
  cursorOf: (node: T) => string;
  count: () => Promise<number>;
}

export type ProjectConnectionShape = ConnectionShape<ProjectRow>;
export type ModuleConnectionShape = ConnectionShape<ModuleRow>;
export type ItemConnectionShape = ConnectionShape<ItemRow>;

export const connectionResolvers = {
  edges: <T>(c: ConnectionShape<T>) =>
    c.page.nodes.map((node) => ({ cursor: c.cursorOf(node), node })),
  nodes: <T>(c: ConnectionShape<T>) => c.page.nodes,
  pageInfo: <T>(c: ConnectionShape<T>) => {
    const first = c.page.nodes[0];
    const last = c.page.nodes.at(-1);
    return {
      hasNextPage: c.page.hasNextPage,
      hasPreviousPage: c.page.hasPreviousPage,
      startCursor: first === undefined ? null : c.cursorOf(first),
      endCursor: last === undefined ? null : c.cursorOf(last),
    };
  },
  totalCount: <T>(c: ConnectionShape<T>) => c.count(),
};

/**
 * A connection over a short list already in memory (a project's modules): paginated by
 * position, so cursors stay valid while the list does not change.
 */
export function connectionFromList<T>(list: readonly T[], args: PageArgs): ConnectionShape<T> {
  const request = parsePageArgs(args);
  const index = new Map(list.map((node, i) => [node, i]));
  const at = request.cursor ? Number(request.cursor[0]) : undefined;
  let rows: T[];
  if (request.direction === 'forward') {
    const start = at === undefined ? 0 : at + 1;
    rows = list.slice(start, start + request.limit + 1);
  } else {
    const end = at === undefined ? list.length : Math.max(0, at);
    rows = list.slice(Math.max(0, end - request.limit - 1), end).reverse();
  }
  return {
    page: toPage(rows, request),
    cursorOf: (node) => encodeCursor([index.get(node) ?? 0]),
    count: async () => list.length,
  };
}
