import { CLOSE_PAREN, isBlankRange, lineEndAt, OPEN_PAREN, skipSpaces } from './text-scan';

// An aside longer than this is more likely an unclosed parenthesis than a note.
const MAX_ASIDE_LINES = 20;

/**
 * Reads an aside starting on the line at `lineStart`: `( … )`, indented or not, possibly over
 * several lines, ending where its parentheses balance with nothing after but a full stop. Returns
 * the aside as written and where the next line starts, or undefined when the line is not an aside
 * (a ChangeLog `(func): …` line, an unclosed parenthesis).
 */
export function readAside(
  text: string,
  lineStart: number,
  maxLineLength: number,
): { aside: string; next: number } | undefined {
  const lineEnd = lineEndAt(text, lineStart);
  const open = skipSpaces(text, lineStart, lineEnd);
  if (text.charCodeAt(open) !== OPEN_PAREN) {
    return undefined;
  }
  let depth = 0;
  let from = open;
  let end = lineEnd;
  const lines: string[] = [];
  for (let count = 0; count < MAX_ASIDE_LINES; count++) {
    if (end - from > maxLineLength || (count > 0 && isBlankRange(text, from, end))) {
      return undefined;
    }
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === OPEN_PAREN) {
        depth += 1;
      } else if (code === CLOSE_PAREN) {
        depth -= 1;
        if (depth === 0) {
          const after = text.slice(i + 1, end).trim();
          if (after !== '' && after !== '.') {
            return undefined;
          }
          lines.push(text.slice(from, i + 1).trim());
          return { aside: lines.join('\n'), next: end + 1 };
        }
      }
    }
    lines.push(text.slice(from, end).trim());
    if (end >= text.length) {
      return undefined;
    }
    from = end + 1;
    end = lineEndAt(text, from);
  }
  return undefined;
}
