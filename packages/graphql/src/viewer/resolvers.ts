import type { Resolvers } from '../generated/resolvers-types';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_, __, { ctx }) =>
      ctx.actor.kind === 'user'
        ? {
            id: ctx.actor.userId,
            name: ctx.actor.name ?? null,
            isAdmin: ctx.actor.role === 'admin',
          }
        : null,
  },
};
