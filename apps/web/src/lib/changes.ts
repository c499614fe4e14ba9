import type { RouteReason } from '../generated/graphql';

const FILE_CHANGES: Record<string, string> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type changed',
};

/** git's letter for what happened to a file, in words. */
export function describeFileChange(letter: string): string {
  return FILE_CHANGES[letter] ?? 'changed';
}

/**
 * Whether the files' line counts are still to come: the sync stores the files first and a
 * later pass counts their lines, leaving them null until then.
 */
export function fileLinesPending(
  files: readonly { additions: number | null; deletions: number | null }[],
): boolean {
  return files.some((file) => file.additions === null || file.deletions === null);
}

/** Whether a tree's churn is still to come: null line counts wait for the same pass. */
export function treeLinesPending(
  entries: readonly { additions: number | null; deletions: number | null }[],
): boolean {
  return fileLinesPending(entries);
}

const numbers = new Intl.NumberFormat();

/**
 * "+12" and "−3", with the reader's digit grouping and a true minus sign; nothing is "0", and a
 * count not made yet is "—".
 */
export function formatChurn(
  additions: number | null,
  deletions: number | null,
): { added: string; deleted: string } {
  const signed = (sign: string, count: number | null) => {
    if (count === null) {
      return '\u2014';
    }
    return count === 0 ? '0' : `${sign}${numbers.format(count)}`;
  };
  return { added: signed('+', additions), deleted: signed('\u2212', deletions) };
}

const REASONS: Record<RouteReason, { label: string; title: string }> = {
  PATH: { label: 'Path', title: 'It touches files under the module’s paths' },
  DOC: { label: 'Docs', title: 'It is one of the module’s documentation files' },
  LABEL: { label: 'Label', title: 'It carries one of the module’s labels' },
  FEED: { label: 'Feed', title: 'It comes from a feed configured for the module' },
  KEYWORD: { label: 'Keyword', title: 'It mentions one of the module’s keywords' },
  TASK: { label: 'Task', title: 'It is a roadmap task of the module' },
  MANUAL: { label: 'Manual', title: 'Someone filed it under the module' },
};

/** Why an item belongs to a module, short, with a longer explanation for a title. */
export function describeReason(reason: RouteReason): { label: string; title: string } {
  return REASONS[reason];
}
