import { creditValue } from './field-values';
import type { ScanContext } from './scan-context';
import { reportSkipped } from './scan-context';
import type { KeyLine } from './subversion-field';
import { isBlankRange, isSpaceCode, lineEndAt } from './text-scan';

/** A paragraph of a message: `text[start, end)`, and whether git would read it as trailers. */
export interface Paragraph {
  start: number;
  end: number;
  trailerBlock: boolean;
}

// Folded trailers beyond this many lines are garbage or an attack, not a name.
const MAX_FOLDED_LINES = 20;

/**
 * The paragraph holding the line at `lineStart`. It is a trailer block when it is the last
 * paragraph and at least a quarter of its lines are trailers (git's own rule, which lets
 * `(cherry picked from …)` and similar lines sit among them), or when it is an earlier paragraph
 * made at least half of trailers (real histories have trailers stranded above a last note).
 * Cost: one pass over the paragraph; callers keep the result for the paragraph's other lines.
 */
export function paragraphAround(text: string, lineStart: number, contentEnd: number): Paragraph {
  let start = lineStart;
  while (start > 0) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    if (isBlankRange(text, previousStart, start - 1)) {
      break;
    }
    start = previousStart;
  }
  let logical = 0;
  let trailers = 0;
  let pos = start;
  while (pos < text.length) {
    const end = lineEndAt(text, pos);
    if (isBlankRange(text, pos, end)) {
      break;
    }
    if (!isSpaceCode(text.charCodeAt(pos))) {
      logical += 1;
      if (isTrailerLine(text, pos, end)) {
        trailers += 1;
      }
    }
    pos = end + 1;
  }
  const end = Math.min(pos, text.length);
  const last = end >= contentEnd;
  const trailerBlock = trailers > 0 && (last ? trailers * 4 >= logical : trailers * 2 >= logical);
  return { start, end, trailerBlock };
}

const CHERRY_PICK = '(cherry picked from commit ';
const MAX_TOKEN = 63;

/** `Token: value` (a token of letters, digits and hyphens) or git's own `(cherry picked from …)`. */
function isTrailerLine(text: string, start: number, end: number): boolean {
  if (text.startsWith(CHERRY_PICK, start)) {
    return true;
  }
  const limit = Math.min(end, start + MAX_TOKEN + 1);
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 58) {
      return i > start;
    }
    const ok =
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 45 ||
      // `Patch by:` lines sit in trailer blocks of Subversion-era messages.
      (code === 32 && i > start);
    if (!ok) {
      return false;
    }
  }
  return false;
}

/**
 * Reads one trailer: the key line plus RFC 822-style folded lines (indented lines continue the
 * value), so `Reviewed-by: A Long Name` folded before `<address>` is one person. Returns where the
 * next unread line starts.
 */
export function readTrailer(ctx: ScanContext, at: KeyLine, roles: readonly string[]): number {
  const { body } = ctx;
  const parts = [body.slice(at.colon + 1, at.lineEnd)];
  let lastEnd = at.lineEnd;
  let pos = at.lineEnd + 1;
  let length = at.lineEnd - at.lineStart;
  while (pos < body.length && isSpaceCode(body.charCodeAt(pos))) {
    const end = lineEndAt(body, pos);
    if (isBlankRange(body, pos, end)) {
      break;
    }
    length += end - pos;
    if (parts.length >= MAX_FOLDED_LINES || length > ctx.limits.maxLineLength) {
      reportSkipped(ctx, {
        reason: 'line-too-long',
        line: ctx.lines.lineAt(at.lineStart),
        text: `${at.key.key}: a folded value over ${ctx.limits.maxLineLength} characters`,
      });
      return skipFolded(body, end + 1);
    }
    parts.push(body.slice(pos, end));
    lastEnd = end;
    pos = end + 1;
  }
  creditValue(
    ctx,
    { key: at.key.key, roles },
    {
      text: parts.map((p) => p.trim()).join(' '),
      rawLine: body.slice(at.lineStart, lastEnd).trimEnd(),
      at: at.lineStart,
      report: true,
    },
  );
  return pos;
}

function skipFolded(text: string, from: number): number {
  let pos = from;
  while (pos < text.length && isSpaceCode(text.charCodeAt(pos))) {
    const end = lineEndAt(text, pos);
    if (isBlankRange(text, pos, end)) {
      break;
    }
    pos = end + 1;
  }
  return pos;
}
