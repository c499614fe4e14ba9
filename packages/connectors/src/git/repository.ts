import { SourceError } from '../types';
import { runGit } from './run-git';

/** The commit a revision names, or a SourceError saying the revision does not exist. */
export async function resolveRevision(dir: string, revision: string): Promise<string> {
  try {
    return await runGit({
      dir,
      args: ['rev-parse', '--verify', '--end-of-options', `${revision}^{commit}`],
    });
  } catch (error) {
    // rev-parse says only "Needed a single revision"; the repository itself was fine.
    if (error instanceof SourceError && error.message.startsWith('git failed in')) {
      throw new SourceError(`branch or revision "${revision}" does not exist in ${dir}`, {
        retryable: false,
        cause: error,
      });
    }
    throw error;
  }
}

/** Whether `ancestor` is reachable from `descendant` (a cursor still on the branch). */
export async function isAncestor(
  dir: string,
  ancestor: string,
  descendant: string,
): Promise<boolean> {
  try {
    await runGit({ dir, args: ['merge-base', '--is-ancestor', ancestor, descendant] });
    return true;
  } catch {
    return false;
  }
}

/** Commits of `head` not in `base`, and of `base` not in `head` (fork divergence). */
export async function countDivergence(
  dir: string,
  head: string,
  base: string,
): Promise<{ ahead: number; behind: number }> {
  const out = await runGit({
    dir,
    args: ['rev-list', '--left-right', '--count', `${head}...${base}`],
  });
  const [ahead = '0', behind = '0'] = out.split(/\s+/);
  return { ahead: Number(ahead), behind: Number(behind) };
}
