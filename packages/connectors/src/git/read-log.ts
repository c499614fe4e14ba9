import type { GitCommit, LogFields } from './log-format';
import { createLogMarkers } from './log-format';
import { LogBytesParser } from './parse-log';
import { streamGitBytes } from './run-git';

export interface ReadLogOptions {
  dir: string;
  /** Revision range as git takes it: "main", "abc123..main", "HEAD". */
  range?: string | undefined;
  /** Commits reachable from these are left out (the cursor of an incremental sync). */
  exclude?: string[] | undefined;
  withFiles?: boolean | undefined;
  /** Fields to leave out (see `LogFields`); every field when absent. */
  fields?: LogFields | undefined;
  since?: string | undefined;
  until?: string | undefined;
  /** Pathspecs; only commits touching them are read. */
  paths?: string[] | undefined;
  /**
   * Lets git run ahead of a reader that does much with each commit: git writes to a temporary
   * file (deleted at once, so it takes disk only while the log is read) that is read as it grows,
   * so git never waits for the reader. Otherwise git writes to a pipe and waits when it is full.
   */
  readAhead?: boolean | undefined;
  /** Oldest first; git must then walk the whole range before printing the first commit. */
  reverse?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

/** Streams the commits of a local repository, newest first, one record at a time. */
export async function* readGitLog(options: ReadLogOptions): AsyncGenerator<GitCommit> {
  for await (const commits of readGitLogChunks(options)) {
    yield* commits;
  }
}

/**
 * The same stream, a chunk of git's output at a time: the commits each chunk completed. For hot
 * loops over long histories, one step of the generator per chunk instead of per commit.
 */
export async function* readGitLogChunks(options: ReadLogOptions): AsyncGenerator<GitCommit[]> {
  const markers = createLogMarkers(options.fields);
  const args = ['log', '--no-color', '--no-show-signature', `--format=${markers.format}`];
  if (options.withFiles) {
    args.push('--name-status');
  }
  if (options.reverse) {
    args.push('--reverse');
  }
  if (options.since) {
    args.push(`--since=${options.since}`);
  }
  if (options.until) {
    args.push(`--until=${options.until}`);
  }
  args.push('--end-of-options', options.range ?? 'HEAD');
  for (const excluded of options.exclude ?? []) {
    args.push(`^${excluded}`);
  }
  args.push('--');
  args.push(...(options.paths ?? []));
  const parser = new LogBytesParser(markers);
  const chunks = streamGitBytes({
    dir: options.dir,
    args,
    signal: options.signal,
    via: options.readAhead ? 'spool' : 'paced',
  });
  for await (const chunk of chunks) {
    const commits = parser.push(chunk);
    if (commits.length > 0) {
      yield commits;
    }
  }
  const last = parser.end();
  if (last.length > 0) {
    yield last;
  }
}
