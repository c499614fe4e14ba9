/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ItemKind =
  | 'BUG'
  | 'CHANGE'
  | 'DISCUSSION'
  | 'DOC'
  | 'DRAFT'
  | 'USE_CASE';

export type ItemStatus =
  | 'CLOSED'
  | 'DONE'
  | 'OPEN'
  | 'WIP';

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type ItemFieldsFragment = { id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { id: string, title: string } | null };

export type ModuleItemsQueryVariables = Exact<{
  id: string | number;
  kind: ItemKind;
  first: number;
  after?: string | null | undefined;
}>;


export type ModuleItemsQuery = { node:
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', items: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { id: string, title: string } | null }> } }
    | { __typename: 'Project' }
   | null };

export type ProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsQuery = { projects: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, description: string | null, modules: { totalCount: number } }> } };

export type ModulePageQueryVariables = Exact<{
  project: string;
  path: string;
}>;


export type ModulePageQuery = { project: { id: string, slug: string, name: string, module: { id: string, path: string, name: string, description: string | null, owners: Array<string>, rules: { paths: Array<string>, docs: Array<string>, labels: Array<string>, keywords: Array<string> }, parent: { path: string, name: string, parent: { path: string, name: string, parent: { path: string, name: string, parent: { path: string, name: string } | null } | null } | null } | null, itemCounts: Array<{ kind: ItemKind, count: number }>, children: { totalCount: number, nodes: Array<{ id: string, path: string, name: string, itemCounts: Array<{ kind: ItemKind, count: number }> }> } } | null } | null };

export type ProjectPageQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectPageQuery = { project: { id: string, slug: string, name: string, description: string | null, homepage: string | null, modules: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, path: string, name: string, description: string | null, parent: { id: string } | null, itemCounts: Array<{ kind: ItemKind, count: number }> }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ItemFields on Item {
  id
  kind
  title
  url
  status
  priority
  owner
  author
  externalId
  labels
  area
  createdAt
  body
  bodyFormat
  milestone {
    id
    title
  }
}
    `, {"fragmentName":"ItemFields"}) as unknown as TypedDocumentString<ItemFieldsFragment, unknown>;
export const ModuleItemsDocument = new TypedDocumentString(`
    query ModuleItems($id: ID!, $kind: ItemKind!, $first: Int!, $after: String) {
  node(id: $id) {
    __typename
    ... on Module {
      items(kinds: [$kind], first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ItemFields
        }
      }
    }
  }
}
    fragment ItemFields on Item {
  id
  kind
  title
  url
  status
  priority
  owner
  author
  externalId
  labels
  area
  createdAt
  body
  bodyFormat
  milestone {
    id
    title
  }
}`) as unknown as TypedDocumentString<ModuleItemsQuery, ModuleItemsQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects {
  projects(first: 100) {
    totalCount
    nodes {
      id
      slug
      name
      description
      modules(first: 1) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ModulePageDocument = new TypedDocumentString(`
    query ModulePage($project: String!, $path: String!) {
  project(slug: $project) {
    id
    slug
    name
    module(path: $path) {
      id
      path
      name
      description
      owners
      rules {
        paths
        docs
        labels
        keywords
      }
      parent {
        path
        name
        parent {
          path
          name
          parent {
            path
            name
            parent {
              path
              name
            }
          }
        }
      }
      itemCounts {
        kind
        count
      }
      children(first: 100) {
        totalCount
        nodes {
          id
          path
          name
          itemCounts {
            kind
            count
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModulePageQuery, ModulePageQueryVariables>;
export const ProjectPageDocument = new TypedDocumentString(`
    query ProjectPage($slug: String!, $first: Int!, $after: String) {
  project(slug: $slug) {
    id
    slug
    name
    description
    homepage
    modules(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        path
        name
        description
        parent {
          id
        }
        itemCounts {
          kind
          count
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectPageQuery, ProjectPageQueryVariables>;