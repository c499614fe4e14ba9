function changes(count: number): string {
  return `${count} ${count === 1 ? 'change' : 'changes'}`;
}

/** What the log's filters keep, in words: "touching lib/parser by Ann". */
export function describeLogFilter(path: string, author: string): string {
  return [path && `touching ${path}`, author && `by ${author}`].filter(Boolean).join(' ');
}

/**
 * The log's status line: "4 changes, newest first.", "25 of 43 changes by Ann, newest first.",
 * "No changes touching docs."
 */
export function describeLog({
  shown,
  total,
  path,
  author,
}: {
  shown: number;
  total: number;
  path: string;
  author: string;
}): string {
  const filter = describeLogFilter(path, author);
  if (shown === 0) {
    return filter ? `No changes ${filter}.` : 'No changes in this module yet.';
  }
  const count = shown >= total ? changes(total) : `${shown} of ${changes(total)}`;
  return `${count}${filter ? ` ${filter}` : ''}, newest first.`;
}
