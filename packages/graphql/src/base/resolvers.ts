import { type EntityType, parsePublicId, ValidationError } from '@moduleboard/core';
import { GraphQLScalarType, Kind } from 'graphql';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(value: unknown): string {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new ValidationError(`${JSON.stringify(value)} is not an ISO 8601 date-time`);
  }
  return date.toISOString();
}

/** Loads any object by its public id; null when it does not exist or is not a Node type. */
export async function loadNode(id: string, { loaders }: GraphQLContext) {
  let parsed: { type: EntityType; id: number };
  try {
    parsed = parsePublicId(id);
  } catch {
    return null;
  }
  switch (parsed.type) {
    case 'project':
      return (await loaders.project.load(parsed.id)) ?? null;
    case 'module':
      return (await loaders.module.load(parsed.id)) ?? null;
    case 'item':
      return (await loaders.item.load(parsed.id)) ?? null;
    case 'milestone':
      return (await loaders.milestone.load(parsed.id)) ?? null;
    case 'source':
      return (await loaders.source.load(parsed.id)) ?? null;
    case 'person':
      return (await loaders.contributor.load(parsed.id)) ?? null;
    case 'merge':
      return (await loaders.merge.load(parsed.id)) ?? null;
    default:
      return null;
  }
}

export const baseResolvers: Resolvers = {
  DateTime,
  Node: {
    // Rows carry no type name; each table's row has a column no other Node row has.
    __resolveType: (node) => {
      if ('externalId' in node && 'kind' in node) {
        return 'Item';
      }
      if ('parentId' in node) {
        return 'Module';
      }
      if ('dueOn' in node) {
        return 'Milestone';
      }
      if ('personId' in node && 'score' in node) {
        return 'Contributor';
      }
      if ('intervalSeconds' in node) {
        return 'Source';
      }
      if ('otherIdentityId' in node) {
        return 'IdentityMerge';
      }
      return 'Project';
    },
  },
  Query: {
    node: (_, { id }, context) => loadNode(id, context),
    nodes: (_, { ids }, context) => {
      if (ids.length > 100) {
        throw new ValidationError('ask for at most 100 ids at once');
      }
      return Promise.all(ids.map((id) => loadNode(id, context)));
    },
  },
  Mutation: {
    noop: () => null,
  },
};
