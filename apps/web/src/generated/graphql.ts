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

/** Why an item belongs to a module. */
export type RouteReason =
  | 'DOC'
  | 'FEED'
  | 'KEYWORD'
  | 'LABEL'
  | 'MANUAL'
  | 'PATH'
  | 'TASK';

/** How a source is doing, in one word. */
export type SourceHealth =
  /** Its last sync failed: see `lastError`; it is tried again at `nextRunAt`. */
  | 'FAILING'
  /** Items written in Moduleboard itself: there is nothing to sync. */
  | 'NATIVE'
  /** It has not been synced yet. */
  | 'NEVER_SYNCED'
  /** Its last sync succeeded. */
  | 'OK'
  /** A sync is running now. */
  | 'SYNCING';

export type SourceKind =
  | 'FEED'
  | 'GIT'
  | 'GITHUB'
  | 'NATIVE';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, name: string | null, isAdmin: boolean } | null };

export type ContributorsQueryVariables = Exact<{
  project: string;
  module?: string | null | undefined;
  role?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ContributorsQuery = { __typename: 'Query', contributors: { __typename: 'ContributorConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Contributor', id: string, name: string, score: number, usernames: Array<string>, roles: Array<{ __typename: 'RoleCount', role: string, count: number }> }> } };

export type CreditActivityQueryVariables = Exact<{
  project: string;
  module: string;
  inModule: boolean;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type CreditActivityQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, creditActivity?: Array<{ __typename: 'ActivityPoint', month: string, items: number, people: number }>, module?: { __typename: 'Module', id: string, creditActivity: Array<{ __typename: 'ActivityPoint', month: string, items: number, people: number }> } | null } | null };

export type ItemFieldsFragment = { __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null };

export type KindPageFragment = { __typename: 'ItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null }> };

export type ModuleItemsQueryVariables = Exact<{
  project: string;
  path: string;
  kind: ItemKind;
  first: number;
  after?: string | null | undefined;
}>;


export type ModuleItemsQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, module: { __typename: 'Module', id: string, items: { __typename: 'ItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null }> } } | null } | null };

export type MergeFieldsFragment = { __typename: 'IdentityMerge', id: string, reason: string, detail: string, undone: boolean, undoneAt: string | null, identity: { __typename: 'Identity', name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { __typename: 'Contributor', id: string, name: string } | null }, otherIdentity: { __typename: 'Identity', name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { __typename: 'Contributor', id: string, name: string } | null } };

export type IdentityFieldsFragment = { __typename: 'Identity', name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { __typename: 'Contributor', id: string, name: string } | null };

export type ModuleHeaderFieldsFragment = { __typename: 'Module', id: string, path: string, name: string, description: string | null, owners: Array<string>, rules: { __typename: 'ModuleRules', paths: Array<string>, docs: Array<string>, labels: Array<string>, keywords: Array<string> }, ancestors: Array<{ __typename: 'Module', id: string, path: string, name: string }> };

export type ContributorCreditsQueryVariables = Exact<{
  id: string | number;
  role: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ContributorCreditsQuery = { __typename: 'Query', node:
    | { __typename: 'Contributor', id: string, credits: { __typename: 'CreditConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Credit', role: string, rawLine: string, aside: string | null, revision: string | null, revisionUrl: string | null, item: { __typename: 'Item', id: string, kind: ItemKind, title: string, createdAt: string, body: string | null } }> } }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module' }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type ContributorsPageQueryVariables = Exact<{
  slug: string;
}>;


export type ContributorsPageQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, slug: string, name: string } | null };

export type ProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', totalCount: number, nodes: Array<{ __typename: 'Project', id: string, slug: string, name: string, description: string | null, moduleCount: number }> } };

export type ItemPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ItemPageQuery = { __typename: 'Query', node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item', updatedAt: string, id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, project: { __typename: 'Project', id: string, slug: string, name: string }, files: Array<{ __typename: 'ChangeFile', path: string, change: string, oldPath: string | null, additions: number | null, deletions: number | null }>, modules: Array<{ __typename: 'ItemModule', reasons: Array<RouteReason>, module: { __typename: 'Module', id: string, path: string, name: string } }>, change: { __typename: 'ChangeDetails', sha: string | null, shortSha: string | null, parents: Array<string>, revision: string | null, committer: string | null, isPullRequest: boolean, number: number | null, references: Array<{ __typename: 'IssueReference', text: string, number: number, closes: boolean, tracker: string | null, item: { __typename: 'Item', id: string, title: string, status: ItemStatus } | null }>, pullRequests: Array<{ __typename: 'Item', id: string, title: string, status: ItemStatus }>, commits: Array<{ __typename: 'Item', id: string, title: string, author: string | null, externalId: string, createdAt: string }> } | null, milestone: { __typename: 'Milestone', id: string, title: string } | null }
    | { __typename: 'Milestone' }
    | { __typename: 'Module' }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type MergesProjectQueryVariables = Exact<{
  slug: string;
}>;


export type MergesProjectQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, slug: string, name: string } | null };

export type MergesListQueryVariables = Exact<{
  slug: string;
  undone?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MergesListQuery = { __typename: 'Query', identityMerges: { __typename: 'IdentityMergeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'IdentityMerge', id: string, reason: string, detail: string, undone: boolean, undoneAt: string | null, identity: { __typename: 'Identity', name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { __typename: 'Contributor', id: string, name: string } | null }, otherIdentity: { __typename: 'Identity', name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { __typename: 'Contributor', id: string, name: string } | null } }> } };

export type MergeCountsQueryVariables = Exact<{
  slug: string;
}>;


export type MergeCountsQuery = { __typename: 'Query', all: { __typename: 'IdentityMergeConnection', totalCount: number }, active: { __typename: 'IdentityMergeConnection', totalCount: number }, undone: { __typename: 'IdentityMergeConnection', totalCount: number } };

export type UndoMergeMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoMergeMutation = { __typename: 'Mutation', undoIdentityMerge: { __typename: 'IdentityMergePayload', merge: { __typename: 'IdentityMerge', id: string, reason: string, detail: string, undone: boolean, undoneAt: string | null, identity: { __typename: 'Identity', name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { __typename: 'Contributor', id: string, name: string } | null }, otherIdentity: { __typename: 'Identity', name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { __typename: 'Contributor', id: string, name: string } | null } } | null, errors: Array<{ __typename: 'UserError', code: string, message: string, field: string | null }> } };

export type RedoMergeMutationVariables = Exact<{
  id: string | number;
}>;


export type RedoMergeMutation = { __typename: 'Mutation', redoIdentityMerge: { __typename: 'IdentityMergePayload', merge: { __typename: 'IdentityMerge', id: string, reason: string, detail: string, undone: boolean, undoneAt: string | null, identity: { __typename: 'Identity', name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { __typename: 'Contributor', id: string, name: string } | null }, otherIdentity: { __typename: 'Identity', name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { __typename: 'Contributor', id: string, name: string } | null } } | null, errors: Array<{ __typename: 'UserError', code: string, message: string, field: string | null }> } };

export type ModulePageQueryVariables = Exact<{
  project: string;
  path: string;
  withItems: boolean;
  first: number;
}>;


export type ModulePageQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, slug: string, name: string, module: { __typename: 'Module', id: string, path: string, name: string, description: string | null, owners: Array<string>, itemCounts?: Array<{ __typename: 'ItemKindCount', kind: ItemKind, count: number }>, children?: { __typename: 'ModuleConnection', totalCount: number, nodes: Array<{ __typename: 'Module', id: string, path: string, name: string, itemCounts: Array<{ __typename: 'ItemKindCount', kind: ItemKind, count: number }> }> }, BUG?: { __typename: 'ItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null }> }, CHANGE?: { __typename: 'ItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null }> }, USE_CASE?: { __typename: 'ItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null }> }, DISCUSSION?: { __typename: 'ItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null }> }, DRAFT?: { __typename: 'ItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null }> }, DOC?: { __typename: 'ItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null }> }, rules: { __typename: 'ModuleRules', paths: Array<string>, docs: Array<string>, labels: Array<string>, keywords: Array<string> }, ancestors: Array<{ __typename: 'Module', id: string, path: string, name: string }> } | null } | null };

export type ModuleAuthorsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ModuleAuthorsQuery = { __typename: 'Query', node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', id: string, authors: Array<{ __typename: 'ChangeAuthor', name: string, changes: number, firstChangeAt: string, lastChangeAt: string }> }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type ModuleDivergenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ModuleDivergenceQuery = { __typename: 'Query', node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', id: string, divergence: Array<{ __typename: 'Divergence', upstream: string, branch: string, computedAt: string, error: string | null, totalAhead: number, totalBehind: number, source: { __typename: 'Source', id: string, name: string, location: string | null }, ahead: Array<{ __typename: 'DivergentCommit', sha: string, title: string, author: string, date: string, change: { __typename: 'Item', id: string } | null }>, behind: Array<{ __typename: 'DivergentCommit', sha: string, title: string, author: string, date: string }> }> }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type ModuleLogQueryVariables = Exact<{
  id: string | number;
  path?: string | null | undefined;
  author?: string | null | undefined;
  exactAuthor?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ModuleLogQuery = { __typename: 'Query', node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', id: string, changes: { __typename: 'ItemConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Item', id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { __typename: 'Milestone', id: string, title: string } | null }> } }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type ModuleTreeQueryVariables = Exact<{
  id: string | number;
  path?: string | null | undefined;
}>;


export type ModuleTreeQuery = { __typename: 'Query', node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', id: string, tree: Array<{ __typename: 'TreeEntry', path: string, name: string, isFolder: boolean, changes: number, additions: number | null, deletions: number | null, lastChange: { __typename: 'Item', id: string, title: string, createdAt: string } | null }> }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type PersonPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPageQuery = { __typename: 'Query', node:
    | { __typename: 'Contributor', id: string, name: string, score: number, items: number, usernames: Array<string>, githubLogins: Array<string>, emails: Array<string>, roles: Array<{ __typename: 'RoleCount', role: string, count: number, weight: number }>, activity: Array<{ __typename: 'ActivityPoint', month: string, items: number, people: number }>, project: { __typename: 'Project', id: string, slug: string, name: string } }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module' }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type ProjectPageQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectPageQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, slug: string, name: string, description: string | null, homepage: string | null, sources: Array<{ __typename: 'Source', id: string, health: SourceHealth }>, modules: { __typename: 'ModuleConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Module', id: string, path: string, name: string, description: string | null, parent: { __typename: 'Module', id: string } | null, itemCounts: Array<{ __typename: 'ItemKindCount', kind: ItemKind, count: number }> }> } } | null };

export type SourcesPageQueryVariables = Exact<{
  slug: string;
}>;


export type SourcesPageQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, slug: string, name: string, sources: Array<{ __typename: 'Source', id: string, name: string, kind: SourceKind, location: string | null, health: SourceHealth, lastRunAt: string | null, lastSuccessAt: string | null, lastError: string | null, lastErrorAt: string | null, nextRunAt: string | null, failures: number, intervalSeconds: number, itemCount: number }> } | null };

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
  __typename
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
    __typename
    id
    title
  }
}
    `, {"fragmentName":"ItemFields"}) as unknown as TypedDocumentString<ItemFieldsFragment, unknown>;
export const KindPageFragmentDoc = new TypedDocumentString(`
    fragment KindPage on ItemConnection {
  __typename
  pageInfo {
    __typename
    hasNextPage
    endCursor
  }
  nodes {
    __typename
    ...ItemFields
  }
}
    fragment ItemFields on Item {
  __typename
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
    __typename
    id
    title
  }
}`, {"fragmentName":"KindPage"}) as unknown as TypedDocumentString<KindPageFragment, unknown>;
export const IdentityFieldsFragmentDoc = new TypedDocumentString(`
    fragment IdentityFields on Identity {
  __typename
  name
  email
  username
  githubLogin
  url
  contributor {
    __typename
    id
    name
  }
}
    `, {"fragmentName":"IdentityFields"}) as unknown as TypedDocumentString<IdentityFieldsFragment, unknown>;
export const MergeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MergeFields on IdentityMerge {
  __typename
  id
  reason
  detail
  undone
  undoneAt
  identity {
    __typename
    ...IdentityFields
  }
  otherIdentity {
    __typename
    ...IdentityFields
  }
}
    fragment IdentityFields on Identity {
  __typename
  name
  email
  username
  githubLogin
  url
  contributor {
    __typename
    id
    name
  }
}`, {"fragmentName":"MergeFields"}) as unknown as TypedDocumentString<MergeFieldsFragment, unknown>;
export const ModuleHeaderFieldsFragmentDoc = new TypedDocumentString(`
    fragment ModuleHeaderFields on Module {
  __typename
  id
  path
  name
  description
  owners
  rules {
    __typename
    paths
    docs
    labels
    keywords
  }
  ancestors {
    __typename
    id
    path
    name
  }
}
    `, {"fragmentName":"ModuleHeaderFields"}) as unknown as TypedDocumentString<ModuleHeaderFieldsFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  __typename
  viewer {
    __typename
    id
    name
    isAdmin
  }
}
    `, {"hash":"sha256:ef90bfa772ab2e3e9200c9cccb90f2ceffb87dfa92c46cc1b28ea89c30d161fb"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ContributorsDocument = new TypedDocumentString(`
    query Contributors($project: String!, $module: String, $role: String, $since: DateTime, $until: DateTime, $first: Int!, $after: String) {
  __typename
  contributors(
    project: $project
    module: $module
    role: $role
    since: $since
    until: $until
    first: $first
    after: $after
  ) {
    __typename
    totalCount
    pageInfo {
      __typename
      hasNextPage
      endCursor
    }
    nodes {
      __typename
      id
      name
      score
      roles {
        __typename
        role
        count
      }
      usernames
    }
  }
}
    `, {"hash":"sha256:51d2bd50485c8c58e807c955ab9e035ecaeed4a77dede0394156aa2461d1068d"}) as unknown as TypedDocumentString<ContributorsQuery, ContributorsQueryVariables>;
export const CreditActivityDocument = new TypedDocumentString(`
    query CreditActivity($project: String!, $module: String!, $inModule: Boolean!, $since: DateTime, $until: DateTime) {
  __typename
  project(slug: $project) {
    __typename
    id
    creditActivity(since: $since, until: $until) @skip(if: $inModule) {
      __typename
      month
      items
      people
    }
    module(path: $module) @include(if: $inModule) {
      __typename
      id
      creditActivity(since: $since, until: $until) {
        __typename
        month
        items
        people
      }
    }
  }
}
    `, {"hash":"sha256:98267955dbe1a2fb1288b08357469a77899a3982c07fe4bd47a50190090cb9df"}) as unknown as TypedDocumentString<CreditActivityQuery, CreditActivityQueryVariables>;
export const ModuleItemsDocument = new TypedDocumentString(`
    query ModuleItems($project: String!, $path: String!, $kind: ItemKind!, $first: Int!, $after: String) {
  __typename
  project(slug: $project) {
    __typename
    id
    module(path: $path) {
      __typename
      id
      items(kinds: [$kind], first: $first, after: $after) {
        __typename
        ...KindPage
      }
    }
  }
}
    fragment ItemFields on Item {
  __typename
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
    __typename
    id
    title
  }
}
fragment KindPage on ItemConnection {
  __typename
  pageInfo {
    __typename
    hasNextPage
    endCursor
  }
  nodes {
    __typename
    ...ItemFields
  }
}`, {"hash":"sha256:2f6b3e8881dab48e9b9fcaf633135d1db5cd06e25aa40a56d13975e7aadce32e"}) as unknown as TypedDocumentString<ModuleItemsQuery, ModuleItemsQueryVariables>;
export const ContributorCreditsDocument = new TypedDocumentString(`
    query ContributorCredits($id: ID!, $role: String!, $first: Int!, $after: String) {
  __typename
  node(id: $id) {
    __typename
    ... on Contributor {
      __typename
      id
      credits(role: $role, first: $first, after: $after) {
        __typename
        totalCount
        pageInfo {
          __typename
          hasNextPage
          endCursor
        }
        nodes {
          __typename
          role
          rawLine
          aside
          revision
          revisionUrl
          item {
            __typename
            id
            kind
            title
            createdAt
            body
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:b7764391bbe2ca5cf0645cfe20d59d986576bfe5debb208ea437a0e28430c045"}) as unknown as TypedDocumentString<ContributorCreditsQuery, ContributorCreditsQueryVariables>;
export const ContributorsPageDocument = new TypedDocumentString(`
    query ContributorsPage($slug: String!) {
  __typename
  project(slug: $slug) {
    __typename
    id
    slug
    name
  }
}
    `, {"hash":"sha256:73d9363255154d60a6257b2edfde923ec8083b4cee97e2899f10e459a6ba2780"}) as unknown as TypedDocumentString<ContributorsPageQuery, ContributorsPageQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects {
  __typename
  projects(first: 100) {
    __typename
    totalCount
    nodes {
      __typename
      id
      slug
      name
      description
      moduleCount
    }
  }
}
    `, {"hash":"sha256:dc35dc183bc65f6423818b19b55b1ee624c64409426739e4acc9f85a60dcc2b9"}) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ItemPageDocument = new TypedDocumentString(`
    query ItemPage($id: ID!) {
  __typename
  node(id: $id) {
    __typename
    ... on Item {
      __typename
      ...ItemFields
      updatedAt
      project {
        __typename
        id
        slug
        name
      }
      files {
        __typename
        path
        change
        oldPath
        additions
        deletions
      }
      modules {
        __typename
        module {
          __typename
          id
          path
          name
        }
        reasons
      }
      change {
        __typename
        sha
        shortSha
        parents
        revision
        committer
        isPullRequest
        number
        references {
          __typename
          text
          number
          closes
          tracker
          item {
            __typename
            id
            title
            status
          }
        }
        pullRequests {
          __typename
          id
          title
          status
        }
        commits {
          __typename
          id
          title
          author
          externalId
          createdAt
        }
      }
    }
  }
}
    fragment ItemFields on Item {
  __typename
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
    __typename
    id
    title
  }
}`, {"hash":"sha256:572ae0a5c7c61cc5a3e3206d4530ebe785834c27ef48b9df01c2cb90610d5788"}) as unknown as TypedDocumentString<ItemPageQuery, ItemPageQueryVariables>;
export const MergesProjectDocument = new TypedDocumentString(`
    query MergesProject($slug: String!) {
  __typename
  project(slug: $slug) {
    __typename
    id
    slug
    name
  }
}
    `, {"hash":"sha256:21e5cc8af750977983970d6cb4e69cad942dff517e30fd2bbd6d1b665c160bf1"}) as unknown as TypedDocumentString<MergesProjectQuery, MergesProjectQueryVariables>;
export const MergesListDocument = new TypedDocumentString(`
    query MergesList($slug: String!, $undone: Boolean, $first: Int!, $after: String) {
  __typename
  identityMerges(project: $slug, undone: $undone, first: $first, after: $after) {
    __typename
    totalCount
    pageInfo {
      __typename
      hasNextPage
      endCursor
    }
    nodes {
      __typename
      ...MergeFields
    }
  }
}
    fragment MergeFields on IdentityMerge {
  __typename
  id
  reason
  detail
  undone
  undoneAt
  identity {
    __typename
    ...IdentityFields
  }
  otherIdentity {
    __typename
    ...IdentityFields
  }
}
fragment IdentityFields on Identity {
  __typename
  name
  email
  username
  githubLogin
  url
  contributor {
    __typename
    id
    name
  }
}`, {"hash":"sha256:8fec3be62b528588e89fe0e4497552c9f090c67e1511285f35e13a717ac6b0d0"}) as unknown as TypedDocumentString<MergesListQuery, MergesListQueryVariables>;
export const MergeCountsDocument = new TypedDocumentString(`
    query MergeCounts($slug: String!) {
  __typename
  all: identityMerges(project: $slug, first: 1) {
    __typename
    totalCount
  }
  active: identityMerges(project: $slug, undone: false, first: 1) {
    __typename
    totalCount
  }
  undone: identityMerges(project: $slug, undone: true, first: 1) {
    __typename
    totalCount
  }
}
    `, {"hash":"sha256:1c8fd6e7931cd4e776b092e37f4ff8c16ebf48428539c4674f8b6bfa0f8aa245"}) as unknown as TypedDocumentString<MergeCountsQuery, MergeCountsQueryVariables>;
export const UndoMergeDocument = new TypedDocumentString(`
    mutation UndoMerge($id: ID!) {
  __typename
  undoIdentityMerge(input: {id: $id}) {
    __typename
    merge {
      __typename
      ...MergeFields
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment MergeFields on IdentityMerge {
  __typename
  id
  reason
  detail
  undone
  undoneAt
  identity {
    __typename
    ...IdentityFields
  }
  otherIdentity {
    __typename
    ...IdentityFields
  }
}
fragment IdentityFields on Identity {
  __typename
  name
  email
  username
  githubLogin
  url
  contributor {
    __typename
    id
    name
  }
}`, {"hash":"sha256:5b671f52d2d849acee72b353fd1accb834581df4e37cb70db1d2c07b52f1a22e"}) as unknown as TypedDocumentString<UndoMergeMutation, UndoMergeMutationVariables>;
export const RedoMergeDocument = new TypedDocumentString(`
    mutation RedoMerge($id: ID!) {
  __typename
  redoIdentityMerge(input: {id: $id}) {
    __typename
    merge {
      __typename
      ...MergeFields
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment MergeFields on IdentityMerge {
  __typename
  id
  reason
  detail
  undone
  undoneAt
  identity {
    __typename
    ...IdentityFields
  }
  otherIdentity {
    __typename
    ...IdentityFields
  }
}
fragment IdentityFields on Identity {
  __typename
  name
  email
  username
  githubLogin
  url
  contributor {
    __typename
    id
    name
  }
}`, {"hash":"sha256:1e225dbebd394f8610dcab48d511f8c32add1efc5ba281cf8996320221154216"}) as unknown as TypedDocumentString<RedoMergeMutation, RedoMergeMutationVariables>;
export const ModulePageDocument = new TypedDocumentString(`
    query ModulePage($project: String!, $path: String!, $withItems: Boolean!, $first: Int!) {
  __typename
  project(slug: $project) {
    __typename
    id
    slug
    name
    module(path: $path) {
      __typename
      ...ModuleHeaderFields
      itemCounts @include(if: $withItems) {
        __typename
        kind
        count
      }
      children(first: 100) @include(if: $withItems) {
        __typename
        totalCount
        nodes {
          __typename
          id
          path
          name
          itemCounts {
            __typename
            kind
            count
          }
        }
      }
      BUG: items(kinds: [BUG], first: $first) @include(if: $withItems) {
        __typename
        ...KindPage
      }
      CHANGE: items(kinds: [CHANGE], first: $first) @include(if: $withItems) {
        __typename
        ...KindPage
      }
      USE_CASE: items(kinds: [USE_CASE], first: $first) @include(if: $withItems) {
        __typename
        ...KindPage
      }
      DISCUSSION: items(kinds: [DISCUSSION], first: $first) @include(if: $withItems) {
        __typename
        ...KindPage
      }
      DRAFT: items(kinds: [DRAFT], first: $first) @include(if: $withItems) {
        __typename
        ...KindPage
      }
      DOC: items(kinds: [DOC], first: $first) @include(if: $withItems) {
        __typename
        ...KindPage
      }
    }
  }
}
    fragment ItemFields on Item {
  __typename
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
    __typename
    id
    title
  }
}
fragment KindPage on ItemConnection {
  __typename
  pageInfo {
    __typename
    hasNextPage
    endCursor
  }
  nodes {
    __typename
    ...ItemFields
  }
}
fragment ModuleHeaderFields on Module {
  __typename
  id
  path
  name
  description
  owners
  rules {
    __typename
    paths
    docs
    labels
    keywords
  }
  ancestors {
    __typename
    id
    path
    name
  }
}`, {"hash":"sha256:a664af9b72af42cd3986ab6009466a76853b91dc45fb26a4a5bf3ad10914d992"}) as unknown as TypedDocumentString<ModulePageQuery, ModulePageQueryVariables>;
export const ModuleAuthorsDocument = new TypedDocumentString(`
    query ModuleAuthors($id: ID!, $first: Int!) {
  __typename
  node(id: $id) {
    __typename
    ... on Module {
      __typename
      id
      authors(first: $first) {
        __typename
        name
        changes
        firstChangeAt
        lastChangeAt
      }
    }
  }
}
    `, {"hash":"sha256:c8eac89646a969844b3ee04fcd85bec8eb379d572e0dd1528b72de547a1083f0"}) as unknown as TypedDocumentString<ModuleAuthorsQuery, ModuleAuthorsQueryVariables>;
export const ModuleDivergenceDocument = new TypedDocumentString(`
    query ModuleDivergence($id: ID!) {
  __typename
  node(id: $id) {
    __typename
    ... on Module {
      __typename
      id
      divergence {
        __typename
        source {
          __typename
          id
          name
          location
        }
        upstream
        branch
        computedAt
        error
        totalAhead
        totalBehind
        ahead {
          __typename
          sha
          title
          author
          date
          change {
            __typename
            id
          }
        }
        behind {
          __typename
          sha
          title
          author
          date
        }
      }
    }
  }
}
    `, {"hash":"sha256:29cddd029a7f4347c97046a5689f8a2f247868d96f70fb0a12f61831b1c4ffa9"}) as unknown as TypedDocumentString<ModuleDivergenceQuery, ModuleDivergenceQueryVariables>;
export const ModuleLogDocument = new TypedDocumentString(`
    query ModuleLog($id: ID!, $path: String, $author: String, $exactAuthor: Boolean, $first: Int!, $after: String) {
  __typename
  node(id: $id) {
    __typename
    ... on Module {
      __typename
      id
      changes(
        path: $path
        author: $author
        exactAuthor: $exactAuthor
        first: $first
        after: $after
      ) {
        __typename
        totalCount
        pageInfo {
          __typename
          hasNextPage
          endCursor
        }
        nodes {
          __typename
          ...ItemFields
        }
      }
    }
  }
}
    fragment ItemFields on Item {
  __typename
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
    __typename
    id
    title
  }
}`, {"hash":"sha256:1d3c71bb27f24aa993efdb20790ef319249b7d2b8fcc5f38fd066b25580137ed"}) as unknown as TypedDocumentString<ModuleLogQuery, ModuleLogQueryVariables>;
export const ModuleTreeDocument = new TypedDocumentString(`
    query ModuleTree($id: ID!, $path: String) {
  __typename
  node(id: $id) {
    __typename
    ... on Module {
      __typename
      id
      tree(path: $path) {
        __typename
        path
        name
        isFolder
        changes
        additions
        deletions
        lastChange {
          __typename
          id
          title
          createdAt
        }
      }
    }
  }
}
    `, {"hash":"sha256:55295b9a08ad6f670957af7ebf9ac04f1ba8c667b477697d7d7d8fb00830c524"}) as unknown as TypedDocumentString<ModuleTreeQuery, ModuleTreeQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($id: ID!) {
  __typename
  node(id: $id) {
    __typename
    ... on Contributor {
      __typename
      id
      name
      score
      items
      roles {
        __typename
        role
        count
        weight
      }
      usernames
      githubLogins
      emails
      activity {
        __typename
        month
        items
        people
      }
      project {
        __typename
        id
        slug
        name
      }
    }
  }
}
    `, {"hash":"sha256:618d66d30c9c2ff8d228139fff84c4c0b6603db971eea53cdcc3be056e9db545"}) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const ProjectPageDocument = new TypedDocumentString(`
    query ProjectPage($slug: String!, $first: Int!, $after: String) {
  __typename
  project(slug: $slug) {
    __typename
    id
    slug
    name
    description
    homepage
    sources {
      __typename
      id
      health
    }
    modules(first: $first, after: $after) {
      __typename
      totalCount
      pageInfo {
        __typename
        hasNextPage
        endCursor
      }
      nodes {
        __typename
        id
        path
        name
        description
        parent {
          __typename
          id
        }
        itemCounts {
          __typename
          kind
          count
        }
      }
    }
  }
}
    `, {"hash":"sha256:0c2bb59ad0a9283130d4e0c996b7ab78c95685416b415e6105bb172c946bdb00"}) as unknown as TypedDocumentString<ProjectPageQuery, ProjectPageQueryVariables>;
export const SourcesPageDocument = new TypedDocumentString(`
    query SourcesPage($slug: String!) {
  __typename
  project(slug: $slug) {
    __typename
    id
    slug
    name
    sources {
      __typename
      id
      name
      kind
      location
      health
      lastRunAt
      lastSuccessAt
      lastError
      lastErrorAt
      nextRunAt
      failures
      intervalSeconds
      itemCount
    }
  }
}
    `, {"hash":"sha256:ff4910af2418b1d7c7d4a18c77e71c68f0d60401e302fb8f46d23143c9fc65d9"}) as unknown as TypedDocumentString<SourcesPageQuery, SourcesPageQueryVariables>;