import { type EntityType, parsePublicId, ValidationError } from '@moduleboard/core';
import { GraphQLScalarType, Kind } from 'graphql';
import type { GraphQLContext } from '../context';
import type {
  Resolvers,
  ResolversInterfaceTypes,
  ResolversParentTypes,
} from '../generated/resolvers-types';

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

type NodeParent = ResolversInterfaceTypes<ResolversParentTypes>['Node'];

/** A loaded row tagged with the GraphQL type it stands for; none when there is no row. */
function tagged<T extends object, N extends NodeParent['__typename']>(
  __typename: N,
  row: T | undefined,
): (T & { __typename: N }) | null {
  return row ? { ...row, __typename } : null;
}

/** Loads any object by its public id; null when it does not exist or is not a Node type. */
export async function loadNode(
  id: string,
  { loaders }: GraphQLContext,
): Promise<NodeParent | null> {
  let parsed: { type: EntityType; id: number };
  try {
    parsed = parsePublicId(id);
  } catch {
    return null;
  }
  switch (parsed.type) {
    case 'project':
      return tagged('Project', await loaders.project.load(parsed.id));
    case 'module':
      return tagged('Module', await loaders.module.load(parsed.id));
    case 'item':
      return tagged('Item', await loaders.item.load(parsed.id));
    case 'milestone':
      return tagged('Milestone', await loaders.milestone.load(parsed.id));
    case 'source':
      return tagged('Source', await loaders.source.load(parsed.id));
    case 'person':
      return tagged('Contributor', await loaders.contributor.load(parsed.id));
    case 'merge':
      return tagged('IdentityMerge', await loaders.merge.load(parsed.id));
    default:
      return null;
  }
}

export const baseResolvers: Resolvers = {
  DateTime,
  Node: {
    // Every Node is loaded by `loadNode`, which tags it with its type.
    __resolveType: (node) => node.__typename,
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
};
