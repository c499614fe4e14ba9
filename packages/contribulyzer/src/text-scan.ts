// Character-level helpers for scanning a message in place, without splitting it into lines.

export const NEWLINE = 10;
export const SPACE = 32;
export const TAB = 9;
export const CARRIAGE_RETURN = 13;
export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;

/** Index of the newline ending the line that starts at or before `from`, or the text length. */
export function lineEndAt(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

export function isSpaceCode(code: number): boolean {
  return code === SPACE || code === TAB || code === CARRIAGE_RETURN;
}

/** Whether `text[start, end)` holds only spaces, tabs and carriage returns. */
export function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

/** First index in `[start, end)` that is not a space or tab; `end` when there is none. */
export function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) {
    i += 1;
  }
  return i;
}

/** `text[start, end)` without a trailing carriage return and surrounding whitespace. */
export function sliceTrimmed(text: string, start: number, end: number): string {
  return text.slice(start, end).trim();
}

/** Index just past the last character that is not whitespace; 0 for blank text. */
export function contentEnd(text: string): number {
  let i = text.length;
  while (i > 0 && (isSpaceCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === NEWLINE)) {
    i -= 1;
  }
  return i;
}

/**
 * Turns positions into 1-based line numbers. Positions asked for in increasing order cost
 * linear time in total, which keeps a message with thousands of fields linear.
 */
export class LineCounter {
  private readonly text: string;
  private pos = 0;
  private line = 1;

  constructor(text: string) {
    this.text = text;
  }

  lineAt(index: number): number {
    if (index < this.pos) {
      this.pos = 0;
      this.line = 1;
    }
    let nl = this.text.indexOf('\n', this.pos);
    while (nl >= 0 && nl < index) {
      this.line += 1;
      nl = this.text.indexOf('\n', nl + 1);
    }
    this.pos = index;
    return this.line;
  }
}
