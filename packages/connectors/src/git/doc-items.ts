import { basename } from 'node:path';
import picomatch from 'picomatch';
import type { NormalizedItem } from '../types';
import { readBlobs } from './read-blobs';
import { readGitLog } from './read-log';
import { runGit } from './run-git';

const MAX_DOC_BYTES = 256 * 1024;

export interface DocOptions {
  dir: string;
  head: string;
  globs: string[];
  /** Only these paths (changed since the last sync); every matching file when absent. */
  paths?: Iterable<string> | undefined;
  /** Link for a file: the pattern with {path} and {ref} replaced, when one is configured. */
  fileUrl?: ((path: string) => string | undefined) | undefined;
  signal?: AbortSignal | undefined;
}

export interface DocScan {
  items: NormalizedItem[];
  /** `doc:` ids of files that no longer exist at the head. */
  deleted: string[];
}

export function docExternalId(path: string): string {
  return `doc:${path}`;
}

/**
 * The documentation files of a repository at a revision, one DOC item each: its text, its title
 * (the first heading, else the file name), and the dates of the first and last commits that
 * touched it.
 */
export async function scanDocs(options: DocOptions): Promise<DocScan> {
  if (options.globs.length === 0) {
    return { items: [], deleted: [] };
  }
  const isDoc = picomatch(options.globs, { dot: true });
  const present = new Set(
    (await runGit({ dir: options.dir, args: ['ls-tree', '-r', '--name-only', '-z', options.head] }))
      .split('\0')
      .filter((p) => p !== '' && isDoc(p)),
  );
  const wanted = options.paths ? [...new Set(options.paths)].filter((p) => isDoc(p)) : [...present];
  const deleted = wanted.filter((p) => !present.has(p)).map(docExternalId);
  const paths = wanted.filter((p) => present.has(p)).sort();
  if (paths.length === 0) {
    return { items: [], deleted };
  }
  const dates = await docDates(options, paths);
  const items: NormalizedItem[] = [];
  const specs = paths.map((p) => `${options.head}:${p}`);
  let i = 0;
  for await (const blob of readBlobs(options.dir, specs, {
    maxBytes: MAX_DOC_BYTES,
    signal: options.signal,
  })) {
    const path = paths[i++] ?? '';
    const when = dates.get(path);
    const updatedAt = when ? new Date(when.newest) : new Date(0);
    items.push({
      externalId: docExternalId(path),
      kind: 'DOC',
      title: docTitle(path, blob.text),
      url: options.fileUrl?.(path),
      body: blob.text ?? `(${blob.size} bytes: too large to show)`,
      bodyFormat: 'text',
      status: 'OPEN',
      createdAt: when ? new Date(when.oldest) : updatedAt,
      updatedAt,
      data: { path, bytes: blob.size, revision: options.head },
    });
  }
  return { items, deleted };
}

/** First and last commit dates of each path, from one walk of the history of those paths. */
async function docDates(
  options: DocOptions,
  paths: string[],
): Promise<Map<string, { newest: string; oldest: string }>> {
  const dates = new Map<string, { newest: string; oldest: string }>();
  const wanted = new Set(paths);
  for await (const commit of readGitLog({
    dir: options.dir,
    range: options.head,
    withFiles: true,
    paths: paths.length <= 500 ? paths : undefined,
    signal: options.signal,
  })) {
    for (const file of commit.files ?? []) {
      if (!wanted.has(file.path)) {
        continue;
      }
      const seen = dates.get(file.path);
      // Newest first: the first date seen is the last change, the last one the creation.
      dates.set(file.path, {
        newest: seen?.newest ?? commit.committerDate,
        oldest: commit.authorDate,
      });
    }
  }
  return dates;
}

/** The first Markdown or reStructuredText heading, else the file name. */
export function docTitle(path: string, text: string | null): string {
  const lines = (text ?? '').split('\n', 60);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const atx = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
    if (atx?.[1]) {
      return atx[1];
    }
    const next = (lines[i + 1] ?? '').trim();
    if (line && /^([=\-~^"'`#*+])\1{2,}$/.test(next) && !/^([=\-~^"'`#*+])\1+$/.test(line)) {
      return line;
    }
  }
  return basename(path);
}
