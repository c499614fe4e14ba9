import { publicSourceError, sourceHealth, sourceLocation, toPublicId } from '@moduleboard/core';
import type { Resolvers, SourceKind } from '../generated/resolvers-types';

export const sourceResolvers: Resolvers = {
  Project: {
    sources: (project, _, { loaders }) => loaders.sourcesOfProject.load(project.id),
  },
  Source: {
    id: (source) => toPublicId('source', source.id),
    kind: (source) => source.kind.toUpperCase() as SourceKind,
    location: (source) => sourceLocation(source),
    health: (source, _, { ctx }) => sourceHealth(source, ctx.now()),
    lastError: (source) => publicSourceError(source),
    itemCount: (source, _, { loaders }) => loaders.itemCountOfSource.load(source.id),
    project: async (source, _, { loaders }) => {
      const project = await loaders.project.load(source.projectId);
      if (!project) {
        throw new Error(`source ${source.id} has no project`);
      }
      return project;
    },
  },
};
