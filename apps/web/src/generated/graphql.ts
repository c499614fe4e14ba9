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


export type ViewerQuery = { viewer: { id: string, name: string | null, isAdmin: boolean } | null };

export type ContributorsQueryVariables = Exact<{
  project: string;
  module?: string | null | undefined;
  role?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ContributorsQuery = { contributors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, score: number, usernames: Array<string>, roles: Array<{ role: string, count: number }> }> } };

export type CreditActivityQueryVariables = Exact<{
  project: string;
  module: string;
  inModule: boolean;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type CreditActivityQuery = { project: { id: string, creditActivity?: Array<{ month: string, items: number, people: number }>, module?: { id: string, creditActivity: Array<{ month: string, items: number, people: number }> } | null } | null };

export type ItemFieldsFragment = { id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { id: string, title: string } | null };

export type ModuleItemsQueryVariables = Exact<{
  id: string | number;
  kind: ItemKind;
  first: number;
  after?: string | null | undefined;
}>;


export type ModuleItemsQuery = { node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', items: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { id: string, title: string } | null }> } }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type MergeFieldsFragment = { id: string, reason: string, detail: string, undone: boolean, undoneAt: string | null, identity: { name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { id: string, name: string } | null }, otherIdentity: { name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { id: string, name: string } | null } };

export type IdentityFieldsFragment = { name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { id: string, name: string } | null };

export type ContributorCreditsQueryVariables = Exact<{
  id: string | number;
  role: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ContributorCreditsQuery = { node:
    | { __typename: 'Contributor', id: string, credits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ role: string, rawLine: string, aside: string | null, revision: string | null, revisionUrl: string | null, item: { id: string, kind: ItemKind, title: string, createdAt: string, body: string | null } }> } }
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


export type ContributorsPageQuery = { project: { id: string, slug: string, name: string } | null };

export type ProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsQuery = { projects: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, description: string | null, moduleCount: number }> } };

export type ItemPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ItemPageQuery = { node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item', updatedAt: string, id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, project: { id: string, slug: string, name: string }, files: Array<{ path: string, change: string, oldPath: string | null, additions: number | null, deletions: number | null }>, modules: Array<{ reasons: Array<RouteReason>, module: { id: string, path: string, name: string } }>, change: { sha: string | null, shortSha: string | null, parents: Array<string>, revision: string | null, committer: string | null, isPullRequest: boolean, number: number | null, references: Array<{ text: string, number: number, closes: boolean, tracker: string | null, item: { id: string, title: string, status: ItemStatus } | null }>, pullRequests: Array<{ id: string, title: string, status: ItemStatus }>, commits: Array<{ id: string, title: string, author: string | null, externalId: string, createdAt: string }> } | null, milestone: { id: string, title: string } | null }
    | { __typename: 'Milestone' }
    | { __typename: 'Module' }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type MergesProjectQueryVariables = Exact<{
  slug: string;
}>;


export type MergesProjectQuery = { project: { id: string, slug: string, name: string } | null };

export type MergesListQueryVariables = Exact<{
  slug: string;
  undone?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MergesListQuery = { identityMerges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, reason: string, detail: string, undone: boolean, undoneAt: string | null, identity: { name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { id: string, name: string } | null }, otherIdentity: { name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { id: string, name: string } | null } }> } };

export type MergeCountsQueryVariables = Exact<{
  slug: string;
}>;


export type MergeCountsQuery = { all: { totalCount: number }, active: { totalCount: number }, undone: { totalCount: number } };

export type UndoMergeMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoMergeMutation = { undoIdentityMerge: { merge: { id: string, reason: string, detail: string, undone: boolean, undoneAt: string | null, identity: { name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { id: string, name: string } | null }, otherIdentity: { name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { id: string, name: string } | null } } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type RedoMergeMutationVariables = Exact<{
  id: string | number;
}>;


export type RedoMergeMutation = { redoIdentityMerge: { merge: { id: string, reason: string, detail: string, undone: boolean, undoneAt: string | null, identity: { name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { id: string, name: string } | null }, otherIdentity: { name: string | null, email: string | null, username: string | null, githubLogin: string | null, url: string | null, contributor: { id: string, name: string } | null } } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ModulePageQueryVariables = Exact<{
  project: string;
  path: string;
}>;


export type ModulePageQuery = { project: { id: string, slug: string, name: string, module: { id: string, path: string, name: string, description: string | null, owners: Array<string>, rules: { paths: Array<string>, docs: Array<string>, labels: Array<string>, keywords: Array<string> }, ancestors: Array<{ path: string, name: string }>, itemCounts: Array<{ kind: ItemKind, count: number }>, children: { totalCount: number, nodes: Array<{ id: string, path: string, name: string, itemCounts: Array<{ kind: ItemKind, count: number }> }> } } | null } | null };

export type ModuleAuthorsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ModuleAuthorsQuery = { node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', authors: Array<{ name: string, changes: number, firstChangeAt: string, lastChangeAt: string }> }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type ModuleDivergenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ModuleDivergenceQuery = { node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', divergence: Array<{ upstream: string, branch: string, computedAt: string, error: string | null, totalAhead: number, totalBehind: number, source: { id: string, name: string, location: string | null }, ahead: Array<{ sha: string, title: string, author: string, date: string, change: { id: string } | null }>, behind: Array<{ sha: string, title: string, author: string, date: string }> }> }
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


export type ModuleLogQuery = { node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ItemKind, title: string, url: string | null, status: ItemStatus, priority: Priority | null, owner: string | null, author: string | null, externalId: string, labels: Array<string>, area: string | null, createdAt: string, body: string | null, bodyFormat: string, milestone: { id: string, title: string } | null }> } }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type ModuleTreeQueryVariables = Exact<{
  id: string | number;
  path?: string | null | undefined;
}>;


export type ModuleTreeQuery = { node:
    | { __typename: 'Contributor' }
    | { __typename: 'IdentityMerge' }
    | { __typename: 'Item' }
    | { __typename: 'Milestone' }
    | { __typename: 'Module', tree: Array<{ path: string, name: string, isFolder: boolean, changes: number, additions: number | null, deletions: number | null, lastChange: { id: string, title: string, createdAt: string } | null }> }
    | { __typename: 'Project' }
    | { __typename: 'Source' }
   | null };

export type PersonPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPageQuery = { node:
    | { __typename: 'Contributor', id: string, name: string, score: number, items: number, usernames: Array<string>, githubLogins: Array<string>, emails: Array<string>, roles: Array<{ role: string, count: number, weight: number }>, activity: Array<{ month: string, items: number, people: number }>, project: { id: string, slug: string, name: string } }
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


export type ProjectPageQuery = { project: { id: string, slug: string, name: string, description: string | null, homepage: string | null, sources: Array<{ id: string, health: SourceHealth }>, modules: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, path: string, name: string, description: string | null, parent: { id: string } | null, itemCounts: Array<{ kind: ItemKind, count: number }> }> } } | null };

export type SourcesPageQueryVariables = Exact<{
  slug: string;
}>;


export type SourcesPageQuery = { project: { id: string, slug: string, name: string, sources: Array<{ id: string, name: string, kind: SourceKind, location: string | null, health: SourceHealth, lastRunAt: string | null, lastSuccessAt: string | null, lastError: string | null, lastErrorAt: string | null, nextRunAt: string | null, failures: number, intervalSeconds: number, itemCount: number }> } | null };

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
export const IdentityFieldsFragmentDoc = new TypedDocumentString(`
    fragment IdentityFields on Identity {
  name
  email
  username
  githubLogin
  url
  contributor {
    id
    name
  }
}
    `, {"fragmentName":"IdentityFields"}) as unknown as TypedDocumentString<IdentityFieldsFragment, unknown>;
export const MergeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MergeFields on IdentityMerge {
  id
  reason
  detail
  undone
  undoneAt
  identity {
    ...IdentityFields
  }
  otherIdentity {
    ...IdentityFields
  }
}
    fragment IdentityFields on Identity {
  name
  email
  username
  githubLogin
  url
  contributor {
    id
    name
  }
}`, {"fragmentName":"MergeFields"}) as unknown as TypedDocumentString<MergeFieldsFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    name
    isAdmin
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ContributorsDocument = new TypedDocumentString(`
    query Contributors($project: String!, $module: String, $role: String, $since: DateTime, $until: DateTime, $first: Int!, $after: String) {
  contributors(
    project: $project
    module: $module
    role: $role
    since: $since
    until: $until
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      score
      roles {
        role
        count
      }
      usernames
    }
  }
}
    `) as unknown as TypedDocumentString<ContributorsQuery, ContributorsQueryVariables>;
export const CreditActivityDocument = new TypedDocumentString(`
    query CreditActivity($project: String!, $module: String!, $inModule: Boolean!, $since: DateTime, $until: DateTime) {
  project(slug: $project) {
    id
    creditActivity(since: $since, until: $until) @skip(if: $inModule) {
      month
      items
      people
    }
    module(path: $module) @include(if: $inModule) {
      id
      creditActivity(since: $since, until: $until) {
        month
        items
        people
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreditActivityQuery, CreditActivityQueryVariables>;
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
export const ContributorCreditsDocument = new TypedDocumentString(`
    query ContributorCredits($id: ID!, $role: String!, $first: Int!, $after: String) {
  node(id: $id) {
    __typename
    ... on Contributor {
      id
      credits(role: $role, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          rawLine
          aside
          revision
          revisionUrl
          item {
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
    `) as unknown as TypedDocumentString<ContributorCreditsQuery, ContributorCreditsQueryVariables>;
export const ContributorsPageDocument = new TypedDocumentString(`
    query ContributorsPage($slug: String!) {
  project(slug: $slug) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<ContributorsPageQuery, ContributorsPageQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects {
  projects(first: 100) {
    totalCount
    nodes {
      id
      slug
      name
      description
      moduleCount
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ItemPageDocument = new TypedDocumentString(`
    query ItemPage($id: ID!) {
  node(id: $id) {
    __typename
    ... on Item {
      ...ItemFields
      updatedAt
      project {
        id
        slug
        name
      }
      files {
        path
        change
        oldPath
        additions
        deletions
      }
      modules {
        module {
          id
          path
          name
        }
        reasons
      }
      change {
        sha
        shortSha
        parents
        revision
        committer
        isPullRequest
        number
        references {
          text
          number
          closes
          tracker
          item {
            id
            title
            status
          }
        }
        pullRequests {
          id
          title
          status
        }
        commits {
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
}`) as unknown as TypedDocumentString<ItemPageQuery, ItemPageQueryVariables>;
export const MergesProjectDocument = new TypedDocumentString(`
    query MergesProject($slug: String!) {
  project(slug: $slug) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<MergesProjectQuery, MergesProjectQueryVariables>;
export const MergesListDocument = new TypedDocumentString(`
    query MergesList($slug: String!, $undone: Boolean, $first: Int!, $after: String) {
  identityMerges(project: $slug, undone: $undone, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...MergeFields
    }
  }
}
    fragment MergeFields on IdentityMerge {
  id
  reason
  detail
  undone
  undoneAt
  identity {
    ...IdentityFields
  }
  otherIdentity {
    ...IdentityFields
  }
}
fragment IdentityFields on Identity {
  name
  email
  username
  githubLogin
  url
  contributor {
    id
    name
  }
}`) as unknown as TypedDocumentString<MergesListQuery, MergesListQueryVariables>;
export const MergeCountsDocument = new TypedDocumentString(`
    query MergeCounts($slug: String!) {
  all: identityMerges(project: $slug, first: 1) {
    totalCount
  }
  active: identityMerges(project: $slug, undone: false, first: 1) {
    totalCount
  }
  undone: identityMerges(project: $slug, undone: true, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MergeCountsQuery, MergeCountsQueryVariables>;
export const UndoMergeDocument = new TypedDocumentString(`
    mutation UndoMerge($id: ID!) {
  undoIdentityMerge(input: {id: $id}) {
    merge {
      ...MergeFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MergeFields on IdentityMerge {
  id
  reason
  detail
  undone
  undoneAt
  identity {
    ...IdentityFields
  }
  otherIdentity {
    ...IdentityFields
  }
}
fragment IdentityFields on Identity {
  name
  email
  username
  githubLogin
  url
  contributor {
    id
    name
  }
}`) as unknown as TypedDocumentString<UndoMergeMutation, UndoMergeMutationVariables>;
export const RedoMergeDocument = new TypedDocumentString(`
    mutation RedoMerge($id: ID!) {
  redoIdentityMerge(input: {id: $id}) {
    merge {
      ...MergeFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MergeFields on IdentityMerge {
  id
  reason
  detail
  undone
  undoneAt
  identity {
    ...IdentityFields
  }
  otherIdentity {
    ...IdentityFields
  }
}
fragment IdentityFields on Identity {
  name
  email
  username
  githubLogin
  url
  contributor {
    id
    name
  }
}`) as unknown as TypedDocumentString<RedoMergeMutation, RedoMergeMutationVariables>;
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
      ancestors {
        path
        name
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
export const ModuleAuthorsDocument = new TypedDocumentString(`
    query ModuleAuthors($id: ID!, $first: Int!) {
  node(id: $id) {
    __typename
    ... on Module {
      authors(first: $first) {
        name
        changes
        firstChangeAt
        lastChangeAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModuleAuthorsQuery, ModuleAuthorsQueryVariables>;
export const ModuleDivergenceDocument = new TypedDocumentString(`
    query ModuleDivergence($id: ID!) {
  node(id: $id) {
    __typename
    ... on Module {
      divergence {
        source {
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
          sha
          title
          author
          date
          change {
            id
          }
        }
        behind {
          sha
          title
          author
          date
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModuleDivergenceQuery, ModuleDivergenceQueryVariables>;
export const ModuleLogDocument = new TypedDocumentString(`
    query ModuleLog($id: ID!, $path: String, $author: String, $exactAuthor: Boolean, $first: Int!, $after: String) {
  node(id: $id) {
    __typename
    ... on Module {
      changes(
        path: $path
        author: $author
        exactAuthor: $exactAuthor
        first: $first
        after: $after
      ) {
        totalCount
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
}`) as unknown as TypedDocumentString<ModuleLogQuery, ModuleLogQueryVariables>;
export const ModuleTreeDocument = new TypedDocumentString(`
    query ModuleTree($id: ID!, $path: String) {
  node(id: $id) {
    __typename
    ... on Module {
      tree(path: $path) {
        path
        name
        isFolder
        changes
        additions
        deletions
        lastChange {
          id
          title
          createdAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModuleTreeQuery, ModuleTreeQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($id: ID!) {
  node(id: $id) {
    __typename
    ... on Contributor {
      id
      name
      score
      items
      roles {
        role
        count
        weight
      }
      usernames
      githubLogins
      emails
      activity {
        month
        items
        people
      }
      project {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const ProjectPageDocument = new TypedDocumentString(`
    query ProjectPage($slug: String!, $first: Int!, $after: String) {
  project(slug: $slug) {
    id
    slug
    name
    description
    homepage
    sources {
      id
      health
    }
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
export const SourcesPageDocument = new TypedDocumentString(`
    query SourcesPage($slug: String!) {
  project(slug: $slug) {
    id
    slug
    name
    sources {
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
    `) as unknown as TypedDocumentString<SourcesPageQuery, SourcesPageQueryVariables>;