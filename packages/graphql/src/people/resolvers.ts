import {
  type ContributorFilter,
  type Ctx,
  countContributors,
  countMerges,
  creditActivity,
  creditWeights,
  ForbiddenError,
  findProjectBySlug,
  isAdmin,
  listContributors,
  listCredits,
  listMerges,
  NotFoundError,
  obfuscateEmails,
  type PageArgs,
  parsePublicIdOf,
  redoMerge,
  subtreeIds,
  toPublicId,
  undoMerge,
} from '@moduleboard/core';
import { connectionResolvers } from '../connection';
import type { GraphQLContext } from '../context';
import { toUserErrors } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';

interface ContributorArgs extends PageArgs {
  role?: string | null;
  since?: string | null;
  until?: string | null;
}

async function contributorsOf(
  context: GraphQLContext,
  base: { projectId: number; moduleIds?: number[] },
  args: ContributorArgs,
) {
  const { role, since, until, ...page } = args;
  const project = await context.loaders.project.load(base.projectId);
  if (!project) {
    throw new NotFoundError('no such project');
  }
  const filter: ContributorFilter = {
    ...base,
    role,
    since: since ? new Date(since) : null,
    until: until ? new Date(until) : null,
  };
  const result = await listContributors(context.ctx.db, {
    filter,
    weights: creditWeights(project),
    page,
  });
  const cursors = new Map(result.nodes.map((n) => [n.personId, n.cursor]));
  return {
    page: result,
    cursorOf: (node: { personId: number }) => cursors.get(node.personId) ?? '',
    count: () => countContributors(context.ctx.db, filter),
  };
}

function requireAdmin(ctx: Ctx): void {
  if (!isAdmin(ctx.actor)) {
    throw new ForbiddenError('only an administrator can review identity merges');
  }
}

export const peopleResolvers: Resolvers = {
  Query: {
    contributors: async (_, { project: slug, module: path, ...args }, context) => {
      const project = await findProjectBySlug(context.ctx.db, slug);
      if (!project) {
        throw new NotFoundError(`no project "${slug}"`);
      }
      context.loaders.project.prime(project.id, project);
      let moduleIds: number[] | undefined;
      if (path) {
        const tree = await context.loaders.modulesOfProject.load(project.id);
        const module = tree.find((m) => m.path === path);
        if (!module) {
          throw new NotFoundError(`no module "${path}" in project "${slug}"`);
        }
        moduleIds = subtreeIds(tree, module);
      }
      return contributorsOf(context, { projectId: project.id, moduleIds }, args);
    },
    identityMerges: async (_, { project: slug, undone, ...page }, { ctx }) => {
      requireAdmin(ctx);
      const project = await findProjectBySlug(ctx.db, slug);
      if (!project) {
        throw new NotFoundError(`no project "${slug}"`);
      }
      const result = await listMerges(ctx.db, { projectId: project.id, undone, page });
      const cursors = new Map(result.nodes.map((n) => [n.id, n.cursor]));
      return {
        page: result,
        cursorOf: (merge) => cursors.get(merge.id) ?? '',
        count: () => countMerges(ctx.db, { projectId: project.id, undone }),
      };
    },
  },
  Mutation: {
    undoIdentityMerge: async (_, { input }, { ctx }) => {
      try {
        const mergeId = parsePublicIdOf('merge', input.id);
        return { merge: await undoMerge({ ctx, input: { mergeId } }), errors: [] };
      } catch (error) {
        return { merge: null, errors: toUserErrors(error) };
      }
    },
    redoIdentityMerge: async (_, { input }, { ctx }) => {
      try {
        const mergeId = parsePublicIdOf('merge', input.id);
        return { merge: await redoMerge({ ctx, input: { mergeId } }), errors: [] };
      } catch (error) {
        return { merge: null, errors: toUserErrors(error) };
      }
    },
  },
  Module: {
    contributors: async (module, args, context) => {
      const tree = await context.loaders.modulesOfProject.load(module.projectId);
      return contributorsOf(
        context,
        { projectId: module.projectId, moduleIds: subtreeIds(tree, module) },
        args,
      );
    },
    creditActivity: async (module, { role, since, until }, { ctx, loaders }) => {
      const tree = await loaders.modulesOfProject.load(module.projectId);
      return creditActivity(ctx.db, {
        projectId: module.projectId,
        moduleIds: subtreeIds(tree, module),
        role,
        since: since ? new Date(since) : null,
        until: until ? new Date(until) : null,
      });
    },
  },
  Project: {
    creditRoles: (project) =>
      [...creditWeights(project)].map(([role, weight]) => ({ role, weight })),
    creditActivity: (project, { role, since, until }, { ctx }) =>
      creditActivity(ctx.db, {
        projectId: project.id,
        role,
        since: since ? new Date(since) : null,
        until: until ? new Date(until) : null,
      }),
  },
  Contributor: {
    id: (c) => toPublicId('person', c.personId),
    roles: async (c, _, { loaders }) => {
      const project = await loaders.project.load(c.projectId);
      const weights = project ? creditWeights(project) : new Map<string, number>();
      return Object.entries(c.roles)
        .map(([role, count]) => ({ role, count, weight: weights.get(role) ?? 1 }))
        .sort((x, y) => y.count - x.count || x.role.localeCompare(y.role));
    },
    usernames: async (c, _, { loaders }) =>
      distinct((await loaders.identitiesOfPerson.load(c.personId)).map((i) => i.username)),
    githubLogins: async (c, _, { loaders }) =>
      distinct((await loaders.identitiesOfPerson.load(c.personId)).map((i) => i.githubLogin)),
    emails: async (c, _, { loaders }) =>
      distinct((await loaders.identitiesOfPerson.load(c.personId)).map((i) => i.email)).map(
        (email) => obfuscateEmails(email),
      ),
    credits: async (c, { role, ...page }, { ctx }) => {
      const result = await listCredits(ctx.db, { personId: c.personId, role, page });
      const nodes = result.nodes.map((n) => ({ ...n, projectId: c.projectId }));
      const cursors = new Map(nodes.map((n) => [n.key, n.cursor]));
      return {
        page: { ...result, nodes },
        cursorOf: (n) => cursors.get(n.key) ?? '',
        count: async () =>
          role ? (c.roles[role] ?? 0) : Object.values(c.roles).reduce((a, b) => a + b, 0),
      };
    },
    activity: (c, _, { ctx }) =>
      creditActivity(ctx.db, { projectId: c.projectId, personIds: [c.personId] }),
    project: async (c, _, { loaders }) => {
      const project = await loaders.project.load(c.projectId);
      if (!project) {
        throw new Error(`contributor ${c.personId} has no project`);
      }
      return project;
    },
  },
  Credit: {
    rawLine: (credit) => obfuscateEmails(credit.rawLine),
    item: async (credit, _, { loaders }) => {
      const item = await loaders.item.load(credit.itemId);
      if (!item) {
        throw new Error(`credited item ${credit.itemId} is gone`);
      }
      return item;
    },
    revision: async (credit, _, { loaders }) => {
      const revision = (await loaders.item.load(credit.itemId))?.data.revision;
      return typeof revision === 'string' ? revision : null;
    },
    revisionUrl: async (credit, _, { loaders }) => {
      const revision = (await loaders.item.load(credit.itemId))?.data.revision;
      const pattern = (await loaders.project.load(credit.projectId))?.settings.credits?.revisionUrl;
      return typeof revision === 'string' && pattern
        ? pattern.replaceAll('{revision}', revision.replace(/^r/, ''))
        : null;
    },
  },
  IdentityMerge: {
    id: (m) => toPublicId('merge', m.id),
    undone: (m) => m.undoneAt !== null,
    identity: async (m, _, { loaders }) => required(await loaders.identity.load(m.identityId)),
    otherIdentity: async (m, _, { loaders }) =>
      required(await loaders.identity.load(m.otherIdentityId)),
  },
  Identity: {
    email: (i) => (i.email ? obfuscateEmails(i.email) : null),
    contributor: async (i, _, { loaders }) =>
      i.personId === null ? null : ((await loaders.contributor.load(i.personId)) ?? null),
  },
  ContributorConnection: connectionResolvers,
  CreditConnection: connectionResolvers,
  IdentityMergeConnection: connectionResolvers,
};

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
}

function required<T>(value: T | undefined): T {
  if (value === undefined) {
    throw new Error('a merged identity is gone');
  }
  return value;
}
