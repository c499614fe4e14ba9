import { streamGit } from './run-git';

export interface LineCounts {
  sha: string;
  files: { path: string; additions: number | null; deletions: number | null }[];
}

/**
 * Streams the added and deleted line counts of each commit (`git log --numstat -z`). This walks
 * every diff, many times the cost of the log itself, so it runs as a pass of its own after the
 * changes are stored. Binary files count as null.
 */
export async function* readNumstat(options: {
  dir: string;
  range: string;
  exclude?: string[] | undefined;
  signal?: AbortSignal | undefined;
}): AsyncGenerator<LineCounts> {
  const args = ['log', '-z', '--numstat', '--format=%x1e%H', '--end-of-options', options.range];
  for (const sha of options.exclude ?? []) {
    args.push(`^${sha}`);
  }
  args.push('--');
  let current: LineCounts | undefined;
  let rename: { additions: number | null; deletions: number | null; old?: string } | undefined;
  let rest = '';
  for await (const chunk of streamGit({ dir: options.dir, args, signal: options.signal })) {
    const tokens = (rest + chunk).split('\0');
    rest = tokens.pop() ?? '';
    for (const raw of tokens) {
      const token = raw.startsWith('\n') ? raw.slice(1) : raw;
      if (token.startsWith('\x1e')) {
        if (current) {
          yield current;
        }
        current = { sha: token.slice(1), files: [] };
        rename = undefined;
        continue;
      }
      if (!current) {
        continue;
      }
      if (rename) {
        // A rename is "a\td\t" then the old path, then the new one; counts go to the new path.
        if (rename.old === undefined) {
          rename.old = token;
        } else {
          current.files.push({
            path: token,
            additions: rename.additions,
            deletions: rename.deletions,
          });
          rename = undefined;
        }
        continue;
      }
      const first = token.indexOf('\t');
      const second = token.indexOf('\t', first + 1);
      if (first < 0 || second < 0) {
        continue;
      }
      const additions = count(token.slice(0, first));
      const deletions = count(token.slice(first + 1, second));
      const path = token.slice(second + 1);
      if (path === '') {
        rename = { additions, deletions };
      } else {
        current.files.push({ path, additions, deletions });
      }
    }
  }
  if (current) {
    yield current;
  }
}

function count(text: string): number | null {
  return text === '-' ? null : Number(text);
}
