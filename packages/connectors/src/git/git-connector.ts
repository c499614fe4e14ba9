import type { Connector, NormalizedItem, SyncBatch } from '../types';
import type { GitCommit } from './log-format';
import { readGitLog } from './read-log';
import { isAncestor, resolveRevision } from './repository';
import { runGit } from './run-git';

export interface GitSourceConfig {
  /** Absolute path of a clone or a bare repository. */
  path: string;
  /** Defaults to the repository's HEAD. */
  branch?: string | null | undefined;
  upstream?: string | null | undefined;
}

export interface GitCursor {
  /** The branch head whose history is fully stored. */
  head: string;
}

export interface GitConnectorOptions {
  /** Commits per batch: large enough for multi-row writes, small enough to bound memory. */
  batchSize?: number;
  /** Turns a commit into an item; the default keeps the message as the body. */
  toItem?: (commit: GitCommit) => NormalizedItem;
}

const MAX_BODY = 256 * 1024;
const MAX_TITLE = 300;

/**
 * Streams a local repository's history as CHANGE items, newest first, in batches. The cursor
 * (the head fully read) is handed over only with the last batch: a sync stopped half-way
 * starts again from the same cursor and the store's upserts make the second pass write nothing
 * it already has.
 */
export function createGitConnector(
  options: GitConnectorOptions = {},
): Connector<GitSourceConfig, GitCursor> {
  const batchSize = options.batchSize ?? 1000;
  const toItem = options.toItem ?? commitToItem;
  return {
    kind: 'git',
    async *sync({ config, cursor, signal }): AsyncGenerator<SyncBatch<GitCursor>> {
      const head = await resolveRevision(config.path, config.branch ?? 'HEAD');
      if (cursor?.head === head) {
        yield { items: [], cursor: { head }, progress: { done: 0, total: 0 } };
        return;
      }
      // A rewritten branch (force push) no longer contains the cursor: read it all again.
      const exclude =
        cursor?.head && (await isAncestor(config.path, cursor.head, head)) ? [cursor.head] : [];
      const total = Number(
        await runGit({
          dir: config.path,
          args: ['rev-list', '--count', head, ...exclude.map((sha) => `^${sha}`)],
          signal,
        }),
      );
      let items: NormalizedItem[] = [];
      let done = 0;
      for await (const commit of readGitLog({
        dir: config.path,
        range: head,
        exclude,
        withFiles: true,
        signal,
      })) {
        items.push(toItem(commit));
        done++;
        if (items.length >= batchSize) {
          yield { items, progress: { done, total } };
          items = [];
        }
      }
      yield { items, cursor: { head }, progress: { done, total } };
    },
  };
}

/** A commit as a CHANGE item: subject as title, the whole message as body, files as routed. */
export function commitToItem(commit: GitCommit): NormalizedItem {
  const subject = commit.message.split('\n', 1)[0]?.trim() ?? '';
  const body =
    commit.message.length > MAX_BODY
      ? `${commit.message.slice(0, MAX_BODY)}\n[message cut at ${MAX_BODY} characters]`
      : commit.message;
  return {
    externalId: commit.sha,
    kind: 'CHANGE',
    title: subject ? subject.slice(0, MAX_TITLE) : '(no message)',
    author: { name: commit.authorName, email: commit.authorEmail },
    body,
    bodyFormat: 'text',
    status: 'DONE',
    createdAt: new Date(commit.authorDate),
    updatedAt: new Date(commit.committerDate),
    data: {
      sha: commit.sha,
      parents: commit.parents,
      committer: { name: commit.committerName, email: commit.committerEmail },
    },
    files: commit.files?.map((f) => ({ path: f.path, change: f.change, oldPath: f.oldPath })),
  };
}
