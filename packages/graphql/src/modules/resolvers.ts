import {
  countModuleItems,
  listModuleItemKeys,
  moduleItemCursor,
  subtreeIds,
  toPublicId,
} from '@moduleboard/core';
import { connectionFromList, connectionResolvers } from '../connection';
import type { Resolvers } from '../generated/resolvers-types';

export const moduleResolvers: Resolvers = {
  Module: {
    id: (module) => toPublicId('module', module.id),
    description: (module) => module.description,
    project: async (module, _, { loaders }) => {
      const project = await loaders.project.load(module.projectId);
      if (!project) {
        throw new Error(`module ${module.id} has no project`);
      }
      return project;
    },
    parent: async (module, _, { loaders }) =>
      module.parentId === null ? null : ((await loaders.module.load(module.parentId)) ?? null),
    ancestors: async (module, _, { loaders }) => {
      const tree = await loaders.modulesOfProject.load(module.projectId);
      const byId = new Map(tree.map((m) => [m.id, m]));
      const chain = [];
      for (let at = module.parentId; at !== null; ) {
        const parent = byId.get(at);
        if (!parent) {
          break;
        }
        chain.unshift(parent);
        at = parent.parentId;
      }
      return chain;
    },
    children: async (module, args, { loaders }) =>
      connectionFromList(
        (await loaders.modulesOfProject.load(module.projectId)).filter(
          (m) => m.parentId === module.id,
        ),
        args,
      ),
    rules: (module) => ({
      paths: module.paths,
      docs: module.docs,
      labels: module.labels,
      keywords: module.keywords,
    }),
    items: async (module, { kinds, ...page }, { ctx, loaders }) => {
      const tree = await loaders.modulesOfProject.load(module.projectId);
      const moduleIds = subtreeIds(tree, module);
      const keys = await listModuleItemKeys(ctx.db, {
        moduleIds,
        kinds,
        page,
      });
      const items = await loaders.item.loadMany(keys.nodes.map((k) => k.itemId));
      const cursors = new Map<number, string>();
      const nodes = items.flatMap((item, i) => {
        const key = keys.nodes[i];
        if (!item || item instanceof Error || !key) {
          return [];
        }
        cursors.set(item.id, moduleItemCursor(key));
        return [item];
      });
      return {
        page: { ...keys, nodes },
        cursorOf: (item) => cursors.get(item.id) ?? '',
        count: async () =>
          (await countModuleItems(ctx.db, moduleIds))
            .filter((c) => !kinds?.length || kinds.includes(c.kind))
            .reduce((sum, c) => sum + c.count, 0),
      };
    },
    itemCounts: async (module, _, { ctx, loaders }) => {
      const tree = await loaders.modulesOfProject.load(module.projectId);
      return countModuleItems(ctx.db, subtreeIds(tree, module));
    },
  },
  ModuleConnection: connectionResolvers,
};
