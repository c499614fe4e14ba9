/**
 * What a plain-text body adds to the title: commit messages repeat their subject line as the
 * body's first line, which the list already shows as the title.
 */
export function bodyBeyondTitle(body: string, title: string): string {
  const trimmed = body.trim();
  if (trimmed === title.trim()) {
    return '';
  }
  const [first = '', ...rest] = trimmed.split('\n');
  return first.trim() === title.trim() ? rest.join('\n').trim() : trimmed;
}
