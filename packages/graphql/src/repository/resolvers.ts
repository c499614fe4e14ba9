import {
  changeCursor,
  countModuleChanges,
  findItemByExternalId,
  findItemsBySha,
  type ItemRow,
  itemsLinkingChange,
  listModuleChanges,
  moduleAuthors,
  moduleDivergence,
  moduleTree,
  parseReferences,
  Router,
  subtreeIds,
  summarizePath,
  toRoutable,
  treeRoots,
} from '@moduleboard/core';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

async function loadItems(ids: readonly number[], { loaders }: GraphQLContext): Promise<ItemRow[]> {
  const items = await loaders.item.loadMany(ids);
  return items.filter((i): i is ItemRow => Boolean(i) && !(i instanceof Error));
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export const repositoryResolvers: Resolvers = {
  Module: {
    changes: async (module, { path, author, exactAuthor, ...page }, context) => {
      const tree = await context.loaders.modulesOfProject.load(module.projectId);
      const moduleIds = subtreeIds(tree, module);
      const keys = await listModuleChanges(context.ctx.db, {
        moduleIds,
        filter: { path, author, exactAuthor },
        page,
      });
      const items = await loadItems(
        keys.nodes.map((k) => k.itemId),
        context,
      );
      const cursors = new Map(keys.nodes.map((k) => [k.itemId, changeCursor(k)]));
      return {
        page: { ...keys, nodes: items },
        cursorOf: (item) => cursors.get(item.id) ?? '',
        count: () =>
          countModuleChanges(context.ctx.db, { moduleIds, filter: { path, author, exactAuthor } }),
      };
    },
    authors: async (module, { first }, { ctx, loaders }) => {
      const tree = await loaders.modulesOfProject.load(module.projectId);
      return moduleAuthors(ctx.db, { moduleIds: subtreeIds(tree, module), limit: first ?? 20 });
    },
    tree: async (module, { path }, { ctx, loaders }) => {
      const tree = await loaders.modulesOfProject.load(module.projectId);
      const moduleIds = subtreeIds(tree, module);
      if (path != null) {
        return moduleTree(ctx.db, { moduleIds, path });
      }
      const roots = treeRoots(tree.filter((m) => moduleIds.includes(m.id)).flatMap((m) => m.paths));
      // A module whose paths start in one folder opens on that folder's content.
      const [only] = roots;
      if (roots.length === 1 && only !== undefined) {
        return moduleTree(ctx.db, { moduleIds, path: only });
      }
      return Promise.all(roots.map((root) => summarizePath(ctx.db, { moduleIds, path: root })));
    },
    divergence: async (module, _, { ctx, loaders }) => {
      const tree = await loaders.modulesOfProject.load(module.projectId);
      const found = await moduleDivergence(ctx.db, {
        projectId: module.projectId,
        moduleIds: new Set(subtreeIds(tree, module)),
        router: new Router(toRoutable(tree)),
      });
      return found.map((d) => ({ ...d, projectId: module.projectId }));
    },
  },
  TreeEntry: {
    lastChange: async (entry, _, { loaders }) =>
      entry.lastChangeId === null ? null : ((await loaders.item.load(entry.lastChangeId)) ?? null),
  },
  Divergence: {
    branch: async (d, _, { loaders }) => {
      const branch = (await loaders.source.load(d.sourceId))?.config.branch;
      return typeof branch === 'string' && branch ? branch : 'HEAD';
    },
    source: async (d, _, { loaders }) => {
      const source = await loaders.source.load(d.sourceId);
      if (!source) {
        throw new Error(`source ${d.sourceId} is gone`);
      }
      return source;
    },
    ahead: (d) =>
      d.commits.filter((c) => c.side === 'ahead').map((c) => ({ ...c, sourceId: d.sourceId })),
    behind: (d) =>
      d.commits.filter((c) => c.side === 'behind').map((c) => ({ ...c, sourceId: d.sourceId })),
  },
  DivergentCommit: {
    change: async (commit, _, { ctx }) => {
      if (commit.side !== 'ahead') {
        return null;
      }
      return (await findItemByExternalId(ctx.db, commit.sourceId, commit.sha)) ?? null;
    },
  },
  Item: {
    change: (item) => (item.kind === 'CHANGE' ? item : null),
  },
  ChangeDetails: {
    isPullRequest: (item) => item.externalId.startsWith('pull:'),
    number: (item) =>
      item.externalId.startsWith('pull:') ? Number(item.externalId.slice('pull:'.length)) : null,
    sha: (item) => stringOf(item.data.sha),
    shortSha: (item) => stringOf(item.data.sha)?.slice(0, 10) ?? null,
    parents: (item) =>
      Array.isArray(item.data.parents)
        ? item.data.parents.filter((p) => typeof p === 'string')
        : [],
    revision: (item) => stringOf(item.data.revision),
    committer: (item) => {
      const committer = item.data.committer as { name?: unknown } | undefined;
      return typeof committer?.name === 'string' ? committer.name : null;
    },
    references: (item) =>
      parseReferences(`${item.title}\n${item.body ?? ''}`).map((ref) => ({
        ...ref,
        projectId: item.projectId,
      })),
    pullRequests: async (item, _, context) => {
      const sha = stringOf(item.data.sha);
      if (!sha) {
        return [];
      }
      const ids = await itemsLinkingChange(context.ctx.db, { projectId: item.projectId, sha });
      return loadItems(ids, context);
    },
    commits: async (item, _, context) => {
      const shas = Array.isArray(item.data.linkedChanges)
        ? item.data.linkedChanges.filter((s): s is string => typeof s === 'string')
        : [];
      return loadItems(await findItemsBySha(context.ctx.db, item.projectId, shas), context);
    },
  },
  IssueReference: {
    closes: (ref) => ref.kind === 'closes',
    item: async (ref, _, { loaders }) => {
      if (ref.tracker !== null) {
        return null;
      }
      const id = await loaders.numberedItem.load(`${ref.projectId}:${ref.number}`);
      return id === undefined ? null : ((await loaders.item.load(id)) ?? null);
    },
  },
};
