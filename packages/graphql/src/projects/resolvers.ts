import {
  countProjects,
  findProjectBySlug,
  listProjects,
  projectCursor,
  toPublicId,
} from '@moduleboard/core';
import { connectionFromList, connectionResolvers } from '../connection';
import type { Resolvers } from '../generated/resolvers-types';

export const projectResolvers: Resolvers = {
  Query: {
    projects: async (_, args, { ctx }) => ({
      page: await listProjects(ctx.db, args),
      cursorOf: projectCursor,
      count: () => countProjects(ctx.db),
    }),
    project: async (_, { slug }, { ctx, loaders }) => {
      const project = await findProjectBySlug(ctx.db, slug);
      if (project) {
        loaders.project.prime(project.id, project);
      }
      return project ?? null;
    },
  },
  Project: {
    id: (project) => toPublicId('project', project.id),
    modules: async (project, args, { loaders }) =>
      connectionFromList(await loaders.modulesOfProject.load(project.id), args),
    module: async (project, { path }, { loaders }) =>
      (await loaders.modulesOfProject.load(project.id)).find((m) => m.path === path) ?? null,
    moduleCount: async (project, _, { loaders }) =>
      (await loaders.modulesOfProject.load(project.id)).length,
    rootModules: async (project, _, { loaders }) =>
      (await loaders.modulesOfProject.load(project.id)).filter((m) => m.parentId === null),
  },
  ProjectConnection: connectionResolvers,
};
