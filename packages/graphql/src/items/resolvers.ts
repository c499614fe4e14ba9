import { obfuscateEmails, toPublicId } from '@moduleboard/core';
import { connectionResolvers } from '../connection';
import type { Resolvers, RouteReason } from '../generated/resolvers-types';
import { groupLinks } from './item-module';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export const itemResolvers: Resolvers = {
  Item: {
    id: (item) => toPublicId('item', item.id),
    // Commit messages name people by address; shown, as the crediting rules ask, obfuscated.
    body: (item) =>
      item.kind === 'CHANGE' && item.body !== null ? obfuscateEmails(item.body) : item.body,
    bodyFormat: (item) => (item.data.bodyFormat === 'html' ? 'html' : 'text'),
    labels: (item) => stringList(item.data.labels),
    milestone: async (item, _, { loaders }) =>
      item.milestoneId === null ? null : ((await loaders.milestone.load(item.milestoneId)) ?? null),
    project: async (item, _, { loaders }) => {
      const project = await loaders.project.load(item.projectId);
      if (!project) {
        throw new Error(`item ${item.id} has no project`);
      }
      return project;
    },
    modules: async (item, _, { loaders }) => groupLinks(await loaders.linksOfItem.load(item.id)),
    files: (item, _, { loaders }) => loaders.filesOfItem.load(item.id),
  },
  ItemModule: {
    module: async (link, _, { loaders }) => {
      const module = await loaders.module.load(link.moduleId);
      if (!module) {
        throw new Error(`module ${link.moduleId} is gone`);
      }
      return module;
    },
    reasons: (link) => link.reasons.map((r) => r.toUpperCase() as RouteReason),
  },
  Milestone: {
    id: (milestone) => toPublicId('milestone', milestone.id),
  },
  ItemConnection: connectionResolvers,
};
