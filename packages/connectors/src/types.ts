// What every connector hands to the core: items in a normalized shape, in batches, with a cursor
// the core persists once a batch is stored. Connectors never touch the database.

export type ItemKind = 'BUG' | 'CHANGE' | 'USE_CASE' | 'DISCUSSION' | 'DRAFT' | 'DOC';
export type ItemStatus = 'OPEN' | 'WIP' | 'DONE' | 'CLOSED';
export type ItemPriority = 'HIGH' | 'MEDIUM' | 'LOW';

/** How a source names a person; any subset of the fields may be known. */
export interface PersonRef {
  name?: string | undefined;
  email?: string | undefined;
  username?: string | undefined;
  githubLogin?: string | undefined;
  url?: string | undefined;
}

export interface NormalizedFile {
  path: string;
  /** git's letter: A added, M modified, D deleted, R renamed, C copied, T type changed. */
  change: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  oldPath?: string | undefined;
  additions?: number | undefined;
  deletions?: number | undefined;
}

export interface NormalizedCredit {
  role: string;
  person: PersonRef;
  /** The line(s) the credit was read from; empty when implied (a commit's author). */
  rawLine: string;
  aside?: string | undefined;
}

export interface NormalizedComment {
  externalId: string;
  author?: PersonRef | undefined;
  body: string;
  url?: string | undefined;
  createdAt: Date;
}

export interface NormalizedItem {
  externalId: string;
  /**
   * A version of everything the source says of the item, when the source knows one cheaply (a
   * commit is its sha); else the store hashes the item itself.
   */
  digest?: string | undefined;
  kind: ItemKind;
  title: string;
  url?: string | undefined;
  author?: PersonRef | undefined;
  /** Sanitized HTML when `bodyFormat` is html; plain text otherwise. */
  body?: string | undefined;
  bodyFormat?: 'text' | 'html' | undefined;
  status: ItemStatus;
  priority?: ItemPriority | undefined;
  owner?: string | undefined;
  /** Roadmap area (a component or area of work). */
  area?: string | undefined;
  /** Milestone title, resolved by the core against the project's milestones. */
  milestone?: string | undefined;
  labels?: string[] | undefined;
  createdAt: Date;
  updatedAt: Date;
  /** Kind-specific facts kept as they are (sha, parents, revision, number, state reason…). */
  data?: Record<string, unknown> | undefined;
  files?: NormalizedFile[] | undefined;
  credits?: NormalizedCredit[] | undefined;
  comments?: NormalizedComment[] | undefined;
  /** Module paths this item belongs to whatever its content (a feed configured for a module). */
  modules?: string[] | undefined;
  /** External ids of CHANGE items of the same project this item links to (a PR's commits). */
  linkedChanges?: string[] | undefined;
}

export interface NormalizedMilestone {
  externalId: string;
  title: string;
  description?: string | undefined;
  dueOn?: string | undefined;
  state: 'open' | 'closed';
}

/** One unit of work for the store; `cursor`, when set, is safe to persist once it is stored. */
export interface SyncBatch<Cursor = Record<string, unknown>> {
  items: NormalizedItem[];
  milestones?: NormalizedMilestone[] | undefined;
  /** External ids the source says are gone (a deleted issue); the core removes them. */
  deleted?: string[] | undefined;
  /**
   * The complete list of the source's items whose external id starts with `prefix` (every doc
   * file after a full scan): the core removes the others.
   */
  replaces?: { prefix: string; externalIds: string[] } | undefined;
  cursor?: Cursor | undefined;
  /** Facts about the source for readers (fork divergence), merged into what is stored. */
  state?: Record<string, unknown> | undefined;
  /** Progress for bars: how far, out of how much when known. */
  progress?: { done: number; total?: number | undefined } | undefined;
  /**
   * What the source read but could not use, counted by what it was (`unrecognised field
   * "Tested by"`): the run reports it, so nothing is dropped silently.
   */
  notes?: Record<string, number> | undefined;
}

export interface SyncInput<Config, Cursor> {
  config: Config;
  cursor: Cursor | null;
  signal?: AbortSignal | undefined;
}

/** The kinds of source a connector reads (the fourth, native, is written in Moduleboard). */
export type SourceKind = 'git' | 'github' | 'feed';

/** A source adapter. `sync` streams batches; it never holds a whole history in memory. */
export interface Connector<Config, Cursor = Record<string, unknown>> {
  readonly kind: SourceKind;
  sync(input: SyncInput<Config, Cursor>): AsyncIterable<SyncBatch<Cursor>>;
}

/**
 * A failure of the source itself (not of our code), said in words a person can act on.
 * `retryable` tells the scheduler whether trying again later can help.
 */
export class SourceError extends Error {
  readonly retryable: boolean;
  readonly retryAfterSeconds: number | undefined;
  constructor(
    message: string,
    options: { retryable: boolean; retryAfterSeconds?: number; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = 'SourceError';
    this.retryable = options.retryable;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
