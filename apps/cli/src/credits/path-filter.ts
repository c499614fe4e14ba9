import type { GitFileChange } from '@moduleboard/connectors/git';

/** Whether a commit's files match; see `createPathFilter`. */
export type PathFilter = (files: readonly GitFileChange[]) => boolean;

/**
 * Whether a commit touches a path matching one of the globs (its old path counts for a rename).
 * Undefined without globs: every commit counts. The matcher loads only when globs are given.
 */
export async function createPathFilter(globs: readonly string[]): Promise<PathFilter | undefined> {
  if (globs.length === 0) {
    return undefined;
  }
  const { default: picomatch } = await import('picomatch');
  const matches = picomatch([...globs], { dot: true });
  return (files) =>
    files.some(
      (file) => matches(file.path) || (file.oldPath !== undefined && matches(file.oldPath)),
    );
}
