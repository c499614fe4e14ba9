import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProjectRow, ModuleRow, ItemRow, MilestoneRow, SourceRow, AuthorActivity, ContributorStats, MergeRow, IdentityRow } from '@moduleboard/core';
import type { ProjectConnectionShape, ModuleConnectionShape, ItemConnectionShape, ConnectionShape } from '../connection';
import type { ItemModuleShape } from '../items/item-module';
import type { TreeEntryShape, DivergenceShape, DivergentCommitShape, IssueReferenceShape } from '../repository/shapes';
import type { CreditShape, ContributorConnectionShape, CreditConnectionShape } from '../people/shapes';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO 8601 string with a time zone. */
  DateTime: { input: string; output: Date | string; }
};

export type ActivityPoint = {
  __typename?: 'ActivityPoint';
  /** Distinct credited items that month. */
  items: Scalars['Int']['output'];
  /** The month, as YYYY-MM. */
  month: Scalars['String']['output'];
  /** Distinct people credited that month. */
  people: Scalars['Int']['output'];
};

export type ChangeAuthor = {
  __typename?: 'ChangeAuthor';
  changes: Scalars['Int']['output'];
  firstChangeAt: Scalars['DateTime']['output'];
  lastChangeAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
};

/** What a commit is, and what it refers to. */
export type ChangeDetails = {
  __typename?: 'ChangeDetails';
  /** For a pull request: its commits that are here. */
  commits: Array<Item>;
  committer?: Maybe<Scalars['String']['output']>;
  /** Whether this is a GitHub pull request rather than a commit. */
  isPullRequest: Scalars['Boolean']['output'];
  /** The pull request's number on GitHub. */
  number?: Maybe<Scalars['Int']['output']>;
  parents: Array<Scalars['String']['output']>;
  /** Pull requests that contain this commit. */
  pullRequests: Array<Item>;
  /** Issues its message names (#123, gh-123, bpo-123, Fixes: #12), with the item when it is here. */
  references: Array<IssueReference>;
  /** The Subversion revision (r1234) of a commit mirrored from Subversion. */
  revision?: Maybe<Scalars['String']['output']>;
  sha?: Maybe<Scalars['String']['output']>;
  shortSha?: Maybe<Scalars['String']['output']>;
};

export type ChangeFile = {
  __typename?: 'ChangeFile';
  additions?: Maybe<Scalars['Int']['output']>;
  /** A added, M modified, D deleted, R renamed, C copied, T type changed. */
  change: Scalars['String']['output'];
  deletions?: Maybe<Scalars['Int']['output']>;
  oldPath?: Maybe<Scalars['String']['output']>;
  path: Scalars['String']['output'];
};

/** A contributor to a project: everyone its history credits (patches, reviews, reports…). */
export type Contributor = Node & {
  __typename?: 'Contributor';
  /** Credited items per month. */
  activity: Array<ActivityPoint>;
  /** The credits, newest first, optionally of one role. */
  credits: CreditConnection;
  /** E-mail addresses, obfuscated (`name at host dot org`). */
  emails: Array<Scalars['String']['output']>;
  githubLogins: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Distinct items credited in any role. */
  items: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  project: Project;
  /** Distinct credited items per role, most first. */
  roles: Array<RoleCount>;
  /** Σ weight × distinct credited items per role (see the crediting rules). */
  score: Scalars['Float']['output'];
  usernames: Array<Scalars['String']['output']>;
};


/** A contributor to a project: everyone its history credits (patches, reviews, reports…). */
export type ContributorCreditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

export type ContributorConnection = {
  __typename?: 'ContributorConnection';
  edges: Array<ContributorEdge>;
  nodes: Array<Contributor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContributorEdge = {
  __typename?: 'ContributorEdge';
  cursor: Scalars['String']['output'];
  node: Contributor;
};

/** A person credited for an item in a role, with the line that said so. */
export type Credit = {
  __typename?: 'Credit';
  /** A note in parentheses after the field, kept with the credits above it. */
  aside?: Maybe<Scalars['String']['output']>;
  item: Item;
  /** The message line(s) the credit was read from; empty when implied (the author of a commit). */
  rawLine: Scalars['String']['output'];
  /** The Subversion revision of the change, when it came from Subversion. */
  revision?: Maybe<Scalars['String']['output']>;
  /** A link to the revision, from the project's revision URL pattern. */
  revisionUrl?: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
};

export type CreditConnection = {
  __typename?: 'CreditConnection';
  edges: Array<CreditEdge>;
  nodes: Array<Credit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditEdge = {
  __typename?: 'CreditEdge';
  cursor: Scalars['String']['output'];
  node: Credit;
};

export type Divergence = {
  __typename?: 'Divergence';
  /** Commits only the branch has, touching the module. */
  ahead: Array<DivergentCommit>;
  /** Commits only the upstream has, touching the module. */
  behind: Array<DivergentCommit>;
  /** The branch compared with the upstream (its HEAD when none is configured). */
  branch: Scalars['String']['output'];
  computedAt: Scalars['DateTime']['output'];
  /** Why it could not be computed (an upstream ref that does not exist). */
  error?: Maybe<Scalars['String']['output']>;
  source: Source;
  /** Over the whole repository. */
  totalAhead: Scalars['Int']['output'];
  totalBehind: Scalars['Int']['output'];
  upstream: Scalars['String']['output'];
};

export type DivergentCommit = {
  __typename?: 'DivergentCommit';
  author: Scalars['String']['output'];
  /** The stored change, for a commit of the branch. */
  change?: Maybe<Item>;
  date: Scalars['DateTime']['output'];
  sha: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** One way a contributor is named. */
export type Identity = {
  __typename?: 'Identity';
  contributor?: Maybe<Contributor>;
  /** Obfuscated. */
  email?: Maybe<Scalars['String']['output']>;
  githubLogin?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
};

/** Why two identities were taken for one person; an administrator may undo it. */
export type IdentityMerge = Node & {
  __typename?: 'IdentityMerge';
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  identity: Identity;
  otherIdentity: Identity;
  /** email, username, mailmap, committers, name or github. */
  reason: Scalars['String']['output'];
  undone: Scalars['Boolean']['output'];
  undoneAt?: Maybe<Scalars['DateTime']['output']>;
};

export type IdentityMergeConnection = {
  __typename?: 'IdentityMergeConnection';
  edges: Array<IdentityMergeEdge>;
  nodes: Array<IdentityMerge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IdentityMergeEdge = {
  __typename?: 'IdentityMergeEdge';
  cursor: Scalars['String']['output'];
  node: IdentityMerge;
};

export type IdentityMergePayload = {
  __typename?: 'IdentityMergePayload';
  errors: Array<UserError>;
  merge?: Maybe<IdentityMerge>;
};

export type IssueReference = {
  __typename?: 'IssueReference';
  /** Whether the change closes the issue (Fixes:, Closes …). */
  closes: Scalars['Boolean']['output'];
  item?: Maybe<Item>;
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  /** Another tracker (bpo for bugs.python.org), or null for the project's GitHub. */
  tracker?: Maybe<Scalars['String']['output']>;
};

/** One thing a module aggregates: a bug, a change, a use case, a discussion, a draft or a doc. */
export type Item = Node & {
  __typename?: 'Item';
  area?: Maybe<Scalars['String']['output']>;
  author?: Maybe<Scalars['String']['output']>;
  /** Plain text for changes, sanitized HTML for feeds (see `bodyFormat`). */
  body?: Maybe<Scalars['String']['output']>;
  bodyFormat: Scalars['String']['output'];
  /** For a CHANGE: its commit and what its message refers to. */
  change?: Maybe<ChangeDetails>;
  createdAt: Scalars['DateTime']['output'];
  /** The source's own id (a commit sha, an issue number, a feed guid). */
  externalId: Scalars['String']['output'];
  /** Files a CHANGE touched. */
  files: Array<ChangeFile>;
  id: Scalars['ID']['output'];
  kind: ItemKind;
  labels: Array<Scalars['String']['output']>;
  milestone?: Maybe<Milestone>;
  /** The modules it belongs to, each with why. */
  modules: Array<ItemModule>;
  owner?: Maybe<Scalars['String']['output']>;
  priority?: Maybe<Priority>;
  project: Project;
  status: ItemStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type ItemConnection = {
  __typename?: 'ItemConnection';
  edges: Array<ItemEdge>;
  nodes: Array<Item>;
  pageInfo: PageInfo;
  /** Items matching the filters, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ItemEdge = {
  __typename?: 'ItemEdge';
  cursor: Scalars['String']['output'];
  node: Item;
};

export type ItemKind =
  | 'BUG'
  | 'CHANGE'
  | 'DISCUSSION'
  | 'DOC'
  | 'DRAFT'
  | 'USE_CASE';

export type ItemKindCount = {
  __typename?: 'ItemKindCount';
  count: Scalars['Int']['output'];
  kind: ItemKind;
};

export type ItemModule = {
  __typename?: 'ItemModule';
  module: Module;
  reasons: Array<RouteReason>;
};

export type ItemStatus =
  | 'CLOSED'
  | 'DONE'
  | 'OPEN'
  | 'WIP';

/** A release that roadmap tasks target. */
export type Milestone = Node & {
  __typename?: 'Milestone';
  description?: Maybe<Scalars['String']['output']>;
  dueOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  state: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A part of a project that people follow on its own. */
export type Module = Node & {
  __typename?: 'Module';
  /** Parents from the root down to this module's parent. */
  ancestors: Array<Module>;
  /** Who changed the module, most changes first. */
  authors: Array<ChangeAuthor>;
  /** The module's log: its changes, newest first; only those touching `path`, or by `author`. */
  changes: ItemConnection;
  children: ModuleConnection;
  /** Contributors credited on the changes of this module and its descendants. */
  contributors: ContributorConnection;
  /** Credited items and people per month, for this module and its descendants. */
  creditActivity: Array<ActivityPoint>;
  description?: Maybe<Scalars['String']['output']>;
  /** Commits ahead of and behind each upstream ref, those touching this module. */
  divergence: Array<Divergence>;
  id: Scalars['ID']['output'];
  /** How many items of each kind the module and its descendants hold. */
  itemCounts: Array<ItemKindCount>;
  /** Items of this module and its descendants, newest first. */
  items: ItemConnection;
  name: Scalars['String']['output'];
  owners: Array<Scalars['String']['output']>;
  parent?: Maybe<Module>;
  /** Slugs from the root joined by '/', e.g. `lib/asyncio`. */
  path: Scalars['String']['output'];
  project: Project;
  /** The rules that route items here. */
  rules: ModuleRules;
  slug: Scalars['String']['output'];
  /** One level of the module's files: the folders where its paths start, or what is under `path`. */
  tree: Array<TreeEntry>;
};


/** A part of a project that people follow on its own. */
export type ModuleAuthorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A part of a project that people follow on its own. */
export type ModuleChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  author?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  exactAuthor?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  path?: InputMaybe<Scalars['String']['input']>;
};


/** A part of a project that people follow on its own. */
export type ModuleChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A part of a project that people follow on its own. */
export type ModuleContributorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A part of a project that people follow on its own. */
export type ModuleCreditActivityArgs = {
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A part of a project that people follow on its own. */
export type ModuleItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ItemKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A part of a project that people follow on its own. */
export type ModuleTreeArgs = {
  path?: InputMaybe<Scalars['String']['input']>;
};

export type ModuleConnection = {
  __typename?: 'ModuleConnection';
  edges: Array<ModuleEdge>;
  nodes: Array<Module>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ModuleEdge = {
  __typename?: 'ModuleEdge';
  cursor: Scalars['String']['output'];
  node: Module;
};

export type ModuleRules = {
  __typename?: 'ModuleRules';
  docs: Array<Scalars['String']['output']>;
  keywords: Array<Scalars['String']['output']>;
  labels: Array<Scalars['String']['output']>;
  paths: Array<Scalars['String']['output']>;
};

/** Each area of the schema adds its mutations. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Redoes an undone merge. Administrators. */
  redoIdentityMerge: IdentityMergePayload;
  /** Undoes a merge: its two identities are never one person again, until redone. Administrators. */
  undoIdentityMerge: IdentityMergePayload;
};


/** Each area of the schema adds its mutations. */
export type MutationRedoIdentityMergeArgs = {
  input: SetIdentityMergeInput;
};


/** Each area of the schema adds its mutations. */
export type MutationUndoIdentityMergeArgs = {
  input: SetIdentityMergeInput;
};

/** Anything with a global id, fetchable through `Query.node`. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A codebase followed in Moduleboard, split into modules. */
export type Project = Node & {
  __typename?: 'Project';
  createdAt: Scalars['DateTime']['output'];
  /** Credited items and people per month. */
  creditActivity: Array<ActivityPoint>;
  /** The roles of the project's credits with their weights (the default rules and its own). */
  creditRoles: Array<RoleWeight>;
  description?: Maybe<Scalars['String']['output']>;
  homepage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** A module by its path: slugs from the root joined by '/', e.g. `lib/asyncio`. */
  module?: Maybe<Module>;
  moduleCount: Scalars['Int']['output'];
  /** Every module of the tree, flat, parents before children. */
  modules: ModuleConnection;
  name: Scalars['String']['output'];
  /** The modules at the top of the tree. */
  rootModules: Array<Module>;
  slug: Scalars['String']['output'];
  sources: Array<Source>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A codebase followed in Moduleboard, split into modules. */
export type ProjectCreditActivityArgs = {
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A codebase followed in Moduleboard, split into modules. */
export type ProjectModuleArgs = {
  path: Scalars['String']['input'];
};


/** A codebase followed in Moduleboard, split into modules. */
export type ProjectModulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  nodes: Array<Project>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type Query = {
  __typename?: 'Query';
  /** Contributors of a project (or of one of its modules), ranked by score, then name. */
  contributors: ContributorConnection;
  /** The identity merges of a project, for review (administrators). */
  identityMerges: IdentityMergeConnection;
  /** Any object by its id. */
  node?: Maybe<Node>;
  /** Several objects by their ids, in the same order (null where none). */
  nodes: Array<Maybe<Node>>;
  project?: Maybe<Project>;
  projects: ProjectConnection;
  /** Who is asking: null for an anonymous visitor. */
  viewer?: Maybe<Viewer>;
};


export type QueryContributorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  module?: InputMaybe<Scalars['String']['input']>;
  project: Scalars['String']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryIdentityMergesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  project: Scalars['String']['input'];
  undone?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryProjectArgs = {
  slug: Scalars['String']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type RoleCount = {
  __typename?: 'RoleCount';
  count: Scalars['Int']['output'];
  role: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type RoleWeight = {
  __typename?: 'RoleWeight';
  role: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

/** Why an item belongs to a module. */
export type RouteReason =
  | 'DOC'
  | 'FEED'
  | 'KEYWORD'
  | 'LABEL'
  | 'MANUAL'
  | 'PATH'
  | 'TASK';

export type SetIdentityMergeInput = {
  id: Scalars['ID']['input'];
};

/** Where a project's items come from, and how its syncing goes. */
export type Source = Node & {
  __typename?: 'Source';
  /** Failed syncs in a row since the last success. */
  failures: Scalars['Int']['output'];
  health: SourceHealth;
  id: Scalars['ID']['output'];
  /** How often it is synced, in seconds. */
  intervalSeconds: Scalars['Int']['output'];
  itemCount: Scalars['Int']['output'];
  kind: SourceKind;
  /** Why the last sync failed, in words a person can act on. */
  lastError?: Maybe<Scalars['String']['output']>;
  lastErrorAt?: Maybe<Scalars['DateTime']['output']>;
  lastRunAt?: Maybe<Scalars['DateTime']['output']>;
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it reads: a repository, owner/name on GitHub, a feed's URL or file. */
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  project: Project;
};

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

export type TreeEntry = {
  __typename?: 'TreeEntry';
  /** Lines added: null until line counts are filled (a pass after the sync). */
  additions?: Maybe<Scalars['Int']['output']>;
  /** Changes of the module that touched it. */
  changes: Scalars['Int']['output'];
  deletions?: Maybe<Scalars['Int']['output']>;
  isFolder: Scalars['Boolean']['output'];
  lastChange?: Maybe<Item>;
  name: Scalars['String']['output'];
  path: Scalars['String']['output'];
};

/** A failure the caller can expect and act on, returned as data by mutations. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  /** A field path or a location in an input file, when the failure has one. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** The person signed in, as the API sees them. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The account id (from the login service). */
  id: Scalars['ID']['output'];
  isAdmin: Scalars['Boolean']['output'];
  name?: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ContributorStats & { __typename: 'Contributor' } )
    | ( MergeRow & { __typename: 'IdentityMerge' } )
    | ( ItemRow & { __typename: 'Item' } )
    | ( MilestoneRow & { __typename: 'Milestone' } )
    | ( ModuleRow & { __typename: 'Module' } )
    | ( ProjectRow & { __typename: 'Project' } )
    | ( SourceRow & { __typename: 'Source' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivityPoint: ResolverTypeWrapper<ActivityPoint>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeAuthor: ResolverTypeWrapper<AuthorActivity>;
  ChangeDetails: ResolverTypeWrapper<ItemRow>;
  ChangeFile: ResolverTypeWrapper<ChangeFile>;
  Contributor: ResolverTypeWrapper<ContributorStats>;
  ContributorConnection: ResolverTypeWrapper<ContributorConnectionShape>;
  ContributorEdge: ResolverTypeWrapper<Omit<ContributorEdge, 'node'> & { node: ResolversTypes['Contributor'] }>;
  Credit: ResolverTypeWrapper<CreditShape>;
  CreditConnection: ResolverTypeWrapper<CreditConnectionShape>;
  CreditEdge: ResolverTypeWrapper<Omit<CreditEdge, 'node'> & { node: ResolversTypes['Credit'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Divergence: ResolverTypeWrapper<DivergenceShape>;
  DivergentCommit: ResolverTypeWrapper<DivergentCommitShape>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identity: ResolverTypeWrapper<IdentityRow>;
  IdentityMerge: ResolverTypeWrapper<MergeRow>;
  IdentityMergeConnection: ResolverTypeWrapper<ConnectionShape<MergeRow>>;
  IdentityMergeEdge: ResolverTypeWrapper<Omit<IdentityMergeEdge, 'node'> & { node: ResolversTypes['IdentityMerge'] }>;
  IdentityMergePayload: ResolverTypeWrapper<Omit<IdentityMergePayload, 'merge'> & { merge?: Maybe<ResolversTypes['IdentityMerge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssueReference: ResolverTypeWrapper<IssueReferenceShape>;
  Item: ResolverTypeWrapper<ItemRow>;
  ItemConnection: ResolverTypeWrapper<ItemConnectionShape>;
  ItemEdge: ResolverTypeWrapper<Omit<ItemEdge, 'node'> & { node: ResolversTypes['Item'] }>;
  ItemKind: ItemKind;
  ItemKindCount: ResolverTypeWrapper<ItemKindCount>;
  ItemModule: ResolverTypeWrapper<ItemModuleShape>;
  ItemStatus: ItemStatus;
  Milestone: ResolverTypeWrapper<MilestoneRow>;
  Module: ResolverTypeWrapper<ModuleRow>;
  ModuleConnection: ResolverTypeWrapper<ModuleConnectionShape>;
  ModuleEdge: ResolverTypeWrapper<Omit<ModuleEdge, 'node'> & { node: ResolversTypes['Module'] }>;
  ModuleRules: ResolverTypeWrapper<ModuleRules>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Priority: Priority;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectConnection: ResolverTypeWrapper<ProjectConnectionShape>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RoleCount: ResolverTypeWrapper<RoleCount>;
  RoleWeight: ResolverTypeWrapper<RoleWeight>;
  RouteReason: RouteReason;
  SetIdentityMergeInput: SetIdentityMergeInput;
  Source: ResolverTypeWrapper<SourceRow>;
  SourceHealth: SourceHealth;
  SourceKind: SourceKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TreeEntry: ResolverTypeWrapper<TreeEntryShape>;
  UserError: ResolverTypeWrapper<UserError>;
  Viewer: ResolverTypeWrapper<Viewer>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivityPoint: ActivityPoint;
  Boolean: Scalars['Boolean']['output'];
  ChangeAuthor: AuthorActivity;
  ChangeDetails: ItemRow;
  ChangeFile: ChangeFile;
  Contributor: ContributorStats;
  ContributorConnection: ContributorConnectionShape;
  ContributorEdge: Omit<ContributorEdge, 'node'> & { node: ResolversParentTypes['Contributor'] };
  Credit: CreditShape;
  CreditConnection: CreditConnectionShape;
  CreditEdge: Omit<CreditEdge, 'node'> & { node: ResolversParentTypes['Credit'] };
  DateTime: Scalars['DateTime']['output'];
  Divergence: DivergenceShape;
  DivergentCommit: DivergentCommitShape;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Identity: IdentityRow;
  IdentityMerge: MergeRow;
  IdentityMergeConnection: ConnectionShape<MergeRow>;
  IdentityMergeEdge: Omit<IdentityMergeEdge, 'node'> & { node: ResolversParentTypes['IdentityMerge'] };
  IdentityMergePayload: Omit<IdentityMergePayload, 'merge'> & { merge?: Maybe<ResolversParentTypes['IdentityMerge']> };
  Int: Scalars['Int']['output'];
  IssueReference: IssueReferenceShape;
  Item: ItemRow;
  ItemConnection: ItemConnectionShape;
  ItemEdge: Omit<ItemEdge, 'node'> & { node: ResolversParentTypes['Item'] };
  ItemKindCount: ItemKindCount;
  ItemModule: ItemModuleShape;
  Milestone: MilestoneRow;
  Module: ModuleRow;
  ModuleConnection: ModuleConnectionShape;
  ModuleEdge: Omit<ModuleEdge, 'node'> & { node: ResolversParentTypes['Module'] };
  ModuleRules: ModuleRules;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Project: ProjectRow;
  ProjectConnection: ProjectConnectionShape;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  Query: Record<PropertyKey, never>;
  RoleCount: RoleCount;
  RoleWeight: RoleWeight;
  SetIdentityMergeInput: SetIdentityMergeInput;
  Source: SourceRow;
  String: Scalars['String']['output'];
  TreeEntry: TreeEntryShape;
  UserError: UserError;
  Viewer: Viewer;
};

export type ActivityPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityPoint'] = ResolversParentTypes['ActivityPoint']> = {
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeAuthorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeAuthor'] = ResolversParentTypes['ChangeAuthor']> = {
  changes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstChangeAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastChangeAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeDetails'] = ResolversParentTypes['ChangeDetails']> = {
  commits?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  committer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isPullRequest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pullRequests?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['IssueReference']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortSha?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeFileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeFile'] = ResolversParentTypes['ChangeFile']> = {
  additions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deletions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  oldPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContributorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Contributor'] = ResolversParentTypes['Contributor']> = {
  activity?: Resolver<Array<ResolversTypes['ActivityPoint']>, ParentType, ContextType>;
  credits?: Resolver<ResolversTypes['CreditConnection'], ParentType, ContextType, Partial<ContributorCreditsArgs>>;
  emails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  githubLogins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleCount']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  usernames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContributorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContributorConnection'] = ResolversParentTypes['ContributorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContributorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Contributor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContributorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContributorEdge'] = ResolversParentTypes['ContributorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contributor'], ParentType, ContextType>;
};

export type CreditResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Credit'] = ResolversParentTypes['Credit']> = {
  aside?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  rawLine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revisionUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditConnection'] = ResolversParentTypes['CreditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CreditEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Credit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreditEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditEdge'] = ResolversParentTypes['CreditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credit'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DivergenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Divergence'] = ResolversParentTypes['Divergence']> = {
  ahead?: Resolver<Array<ResolversTypes['DivergentCommit']>, ParentType, ContextType>;
  behind?: Resolver<Array<ResolversTypes['DivergentCommit']>, ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  totalAhead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalBehind?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upstream?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DivergentCommitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DivergentCommit'] = ResolversParentTypes['DivergentCommit']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sha?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IdentityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Identity'] = ResolversParentTypes['Identity']> = {
  contributor?: Resolver<Maybe<ResolversTypes['Contributor']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  githubLogin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IdentityMergeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IdentityMerge'] = ResolversParentTypes['IdentityMerge']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identity?: Resolver<ResolversTypes['Identity'], ParentType, ContextType>;
  otherIdentity?: Resolver<ResolversTypes['Identity'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  undone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IdentityMergeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IdentityMergeConnection'] = ResolversParentTypes['IdentityMergeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IdentityMergeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['IdentityMerge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IdentityMergeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IdentityMergeEdge'] = ResolversParentTypes['IdentityMergeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IdentityMerge'], ParentType, ContextType>;
};

export type IdentityMergePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IdentityMergePayload'] = ResolversParentTypes['IdentityMergePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  merge?: Resolver<Maybe<ResolversTypes['IdentityMerge']>, ParentType, ContextType>;
};

export type IssueReferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueReference'] = ResolversParentTypes['IssueReference']> = {
  closes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tracker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = {
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bodyFormat?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['ChangeDetails']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ChangeFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemKind'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType>;
  modules?: Resolver<Array<ResolversTypes['ItemModule']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ItemConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemConnection'] = ResolversParentTypes['ItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ItemEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemEdge'] = ResolversParentTypes['ItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
};

export type ItemKindCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemKindCount'] = ResolversParentTypes['ItemKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemKind'], ParentType, ContextType>;
};

export type ItemModuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemModule'] = ResolversParentTypes['ItemModule']> = {
  module?: Resolver<ResolversTypes['Module'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RouteReason']>, ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ModuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Module'] = ResolversParentTypes['Module']> = {
  ancestors?: Resolver<Array<ResolversTypes['Module']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['ChangeAuthor']>, ParentType, ContextType, RequireFields<ModuleAuthorsArgs, 'first'>>;
  changes?: Resolver<ResolversTypes['ItemConnection'], ParentType, ContextType, Partial<ModuleChangesArgs>>;
  children?: Resolver<ResolversTypes['ModuleConnection'], ParentType, ContextType, Partial<ModuleChildrenArgs>>;
  contributors?: Resolver<ResolversTypes['ContributorConnection'], ParentType, ContextType, Partial<ModuleContributorsArgs>>;
  creditActivity?: Resolver<Array<ResolversTypes['ActivityPoint']>, ParentType, ContextType, Partial<ModuleCreditActivityArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  divergence?: Resolver<Array<ResolversTypes['Divergence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCounts?: Resolver<Array<ResolversTypes['ItemKindCount']>, ParentType, ContextType>;
  items?: Resolver<ResolversTypes['ItemConnection'], ParentType, ContextType, Partial<ModuleItemsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Module']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['ModuleRules'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tree?: Resolver<Array<ResolversTypes['TreeEntry']>, ParentType, ContextType, Partial<ModuleTreeArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ModuleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModuleConnection'] = ResolversParentTypes['ModuleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ModuleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Module']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ModuleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModuleEdge'] = ResolversParentTypes['ModuleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Module'], ParentType, ContextType>;
};

export type ModuleRulesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModuleRules'] = ResolversParentTypes['ModuleRules']> = {
  docs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  redoIdentityMerge?: Resolver<ResolversTypes['IdentityMergePayload'], ParentType, ContextType, RequireFields<MutationRedoIdentityMergeArgs, 'input'>>;
  undoIdentityMerge?: Resolver<ResolversTypes['IdentityMergePayload'], ParentType, ContextType, RequireFields<MutationUndoIdentityMergeArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Contributor' | 'IdentityMerge' | 'Item' | 'Milestone' | 'Module' | 'Project' | 'Source', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditActivity?: Resolver<Array<ResolversTypes['ActivityPoint']>, ParentType, ContextType, Partial<ProjectCreditActivityArgs>>;
  creditRoles?: Resolver<Array<ResolversTypes['RoleWeight']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  homepage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  module?: Resolver<Maybe<ResolversTypes['Module']>, ParentType, ContextType, RequireFields<ProjectModuleArgs, 'path'>>;
  moduleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modules?: Resolver<ResolversTypes['ModuleConnection'], ParentType, ContextType, Partial<ProjectModulesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rootModules?: Resolver<Array<ResolversTypes['Module']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  contributors?: Resolver<ResolversTypes['ContributorConnection'], ParentType, ContextType, RequireFields<QueryContributorsArgs, 'project'>>;
  identityMerges?: Resolver<ResolversTypes['IdentityMergeConnection'], ParentType, ContextType, RequireFields<QueryIdentityMergesArgs, 'project'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'slug'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RoleCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleCount'] = ResolversParentTypes['RoleCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RoleWeightResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleWeight'] = ResolversParentTypes['RoleWeight']> = {
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['SourceHealth'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervalSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSuccessAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TreeEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TreeEntry'] = ResolversParentTypes['TreeEntry']> = {
  additions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deletions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isFolder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastChange?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  ActivityPoint?: ActivityPointResolvers<ContextType>;
  ChangeAuthor?: ChangeAuthorResolvers<ContextType>;
  ChangeDetails?: ChangeDetailsResolvers<ContextType>;
  ChangeFile?: ChangeFileResolvers<ContextType>;
  Contributor?: ContributorResolvers<ContextType>;
  ContributorConnection?: ContributorConnectionResolvers<ContextType>;
  ContributorEdge?: ContributorEdgeResolvers<ContextType>;
  Credit?: CreditResolvers<ContextType>;
  CreditConnection?: CreditConnectionResolvers<ContextType>;
  CreditEdge?: CreditEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Divergence?: DivergenceResolvers<ContextType>;
  DivergentCommit?: DivergentCommitResolvers<ContextType>;
  Identity?: IdentityResolvers<ContextType>;
  IdentityMerge?: IdentityMergeResolvers<ContextType>;
  IdentityMergeConnection?: IdentityMergeConnectionResolvers<ContextType>;
  IdentityMergeEdge?: IdentityMergeEdgeResolvers<ContextType>;
  IdentityMergePayload?: IdentityMergePayloadResolvers<ContextType>;
  IssueReference?: IssueReferenceResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemConnection?: ItemConnectionResolvers<ContextType>;
  ItemEdge?: ItemEdgeResolvers<ContextType>;
  ItemKindCount?: ItemKindCountResolvers<ContextType>;
  ItemModule?: ItemModuleResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Module?: ModuleResolvers<ContextType>;
  ModuleConnection?: ModuleConnectionResolvers<ContextType>;
  ModuleEdge?: ModuleEdgeResolvers<ContextType>;
  ModuleRules?: ModuleRulesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoleCount?: RoleCountResolvers<ContextType>;
  RoleWeight?: RoleWeightResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  TreeEntry?: TreeEntryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

