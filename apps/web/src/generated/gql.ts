/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ItemFields on Item {\n    id\n    kind\n    title\n    url\n    status\n    priority\n    owner\n    author\n    externalId\n    labels\n    area\n    createdAt\n    body\n    bodyFormat\n    milestone {\n      id\n      title\n    }\n  }\n": typeof types.ItemFieldsFragmentDoc,
    "\n  query ModuleItems($id: ID!, $kind: ItemKind!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Module {\n        items(kinds: [$kind], first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...ItemFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModuleItemsDocument,
    "\n  query Projects {\n    projects(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        description\n        modules(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  query ModulePage($project: String!, $path: String!) {\n    project(slug: $project) {\n      id\n      slug\n      name\n      module(path: $path) {\n        id\n        path\n        name\n        description\n        owners\n        rules {\n          paths\n          docs\n          labels\n          keywords\n        }\n        parent {\n          path\n          name\n          parent {\n            path\n            name\n            parent {\n              path\n              name\n              parent {\n                path\n                name\n              }\n            }\n          }\n        }\n        itemCounts {\n          kind\n          count\n        }\n        children(first: 100) {\n          totalCount\n          nodes {\n            id\n            path\n            name\n            itemCounts {\n              kind\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModulePageDocument,
    "\n  query ProjectPage($slug: String!, $first: Int!, $after: String) {\n    project(slug: $slug) {\n      id\n      slug\n      name\n      description\n      homepage\n      modules(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          path\n          name\n          description\n          parent {\n            id\n          }\n          itemCounts {\n            kind\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectPageDocument,
};
const documents: Documents = {
    "\n  fragment ItemFields on Item {\n    id\n    kind\n    title\n    url\n    status\n    priority\n    owner\n    author\n    externalId\n    labels\n    area\n    createdAt\n    body\n    bodyFormat\n    milestone {\n      id\n      title\n    }\n  }\n": types.ItemFieldsFragmentDoc,
    "\n  query ModuleItems($id: ID!, $kind: ItemKind!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Module {\n        items(kinds: [$kind], first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...ItemFields\n          }\n        }\n      }\n    }\n  }\n": types.ModuleItemsDocument,
    "\n  query Projects {\n    projects(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        description\n        modules(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  query ModulePage($project: String!, $path: String!) {\n    project(slug: $project) {\n      id\n      slug\n      name\n      module(path: $path) {\n        id\n        path\n        name\n        description\n        owners\n        rules {\n          paths\n          docs\n          labels\n          keywords\n        }\n        parent {\n          path\n          name\n          parent {\n            path\n            name\n            parent {\n              path\n              name\n              parent {\n                path\n                name\n              }\n            }\n          }\n        }\n        itemCounts {\n          kind\n          count\n        }\n        children(first: 100) {\n          totalCount\n          nodes {\n            id\n            path\n            name\n            itemCounts {\n              kind\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ModulePageDocument,
    "\n  query ProjectPage($slug: String!, $first: Int!, $after: String) {\n    project(slug: $slug) {\n      id\n      slug\n      name\n      description\n      homepage\n      modules(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          path\n          name\n          description\n          parent {\n            id\n          }\n          itemCounts {\n            kind\n            count\n          }\n        }\n      }\n    }\n  }\n": types.ProjectPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemFields on Item {\n    id\n    kind\n    title\n    url\n    status\n    priority\n    owner\n    author\n    externalId\n    labels\n    area\n    createdAt\n    body\n    bodyFormat\n    milestone {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').ItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleItems($id: ID!, $kind: ItemKind!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Module {\n        items(kinds: [$kind], first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...ItemFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ModuleItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects {\n    projects(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        description\n        modules(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModulePage($project: String!, $path: String!) {\n    project(slug: $project) {\n      id\n      slug\n      name\n      module(path: $path) {\n        id\n        path\n        name\n        description\n        owners\n        rules {\n          paths\n          docs\n          labels\n          keywords\n        }\n        parent {\n          path\n          name\n          parent {\n            path\n            name\n            parent {\n              path\n              name\n              parent {\n                path\n                name\n              }\n            }\n          }\n        }\n        itemCounts {\n          kind\n          count\n        }\n        children(first: 100) {\n          totalCount\n          nodes {\n            id\n            path\n            name\n            itemCounts {\n              kind\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ModulePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($slug: String!, $first: Int!, $after: String) {\n    project(slug: $slug) {\n      id\n      slug\n      name\n      description\n      homepage\n      modules(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          path\n          name\n          description\n          parent {\n            id\n          }\n          itemCounts {\n            kind\n            count\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
