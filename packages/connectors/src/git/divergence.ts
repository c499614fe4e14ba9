import { SourceError } from '../types';
import { readGitLog } from './read-log';
import { resolveRevision } from './repository';

export interface DivergentCommit {
  sha: string;
  side: 'ahead' | 'behind';
  title: string;
  author: string;
  date: string;
  paths: string[];
}

export interface Divergence {
  upstream: string;
  computedAt: string;
  ahead: number;
  behind: number;
  /** The commits on either side, newest first, at most `limit` a side. */
  commits: DivergentCommit[];
  error?: string | undefined;
}

/**
 * How a branch and its upstream have diverged: the commits only the branch has (ahead) and those
 * only the upstream has (behind), with the files each touched so they can be shown per module.
 */
export async function computeDivergence(options: {
  dir: string;
  head: string;
  upstream: string;
  limit?: number;
  now?: Date;
  signal?: AbortSignal | undefined;
}): Promise<Divergence> {
  const limit = options.limit ?? 500;
  const computedAt = (options.now ?? new Date()).toISOString();
  let upstreamSha: string;
  try {
    upstreamSha = await resolveRevision(options.dir, options.upstream);
  } catch (error) {
    if (error instanceof SourceError) {
      return {
        upstream: options.upstream,
        computedAt,
        ahead: 0,
        behind: 0,
        commits: [],
        error: error.message,
      };
    }
    throw error;
  }
  const commits: DivergentCommit[] = [];
  let ahead = 0;
  let behind = 0;
  for (const [side, range, exclude] of [
    ['ahead', options.head, upstreamSha],
    ['behind', upstreamSha, options.head],
  ] as const) {
    for await (const commit of readGitLog({
      dir: options.dir,
      range,
      exclude: [exclude],
      withFiles: true,
      signal: options.signal,
    })) {
      const count = side === 'ahead' ? ++ahead : ++behind;
      if (count <= limit) {
        commits.push({
          sha: commit.sha,
          side,
          title: commit.message.split('\n', 1)[0]?.trim() ?? '',
          author: commit.authorName,
          date: commit.authorDate,
          paths: (commit.files ?? []).map((f) => f.path),
        });
      }
    }
  }
  return { upstream: options.upstream, computedAt, ahead, behind, commits };
}
