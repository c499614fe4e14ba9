/** How much work one document may cost: past these, text is cut and nesting flattened. */
export interface MarkupLimits {
  /** Characters of input read; the rest is cut, with a marker saying how much. */
  maxLength: number;
  /** Elements open at once; tags deeper than this are dropped (their text is kept). */
  maxDepth: number;
}

/**
 * Defaults for HTML from elsewhere (feed entries, pages). A whole feed is already capped at a
 * few megabytes; one entry's body rarely passes 50 KB, and at 256 Ki characters the costliest
 * shapes measured in `bench/markup.ts` still finish well under a second.
 */
export const HTML_LIMITS: MarkupLimits = { maxLength: 262_144, maxDepth: 64 };

/**
 * Defaults for Markdown written by people (issue bodies, comments, task bodies). GitHub itself
 * refuses issue bodies over 65,536 characters, so nothing real from there is ever cut; its
 * nesting cap is markdown-it's own, in blocks (a list item in a list is two) and in inlines.
 */
export const MARKDOWN_LIMITS: MarkupLimits = { maxLength: 65_536, maxDepth: 32 };

/** The class of the paragraph that says where and why a document was cut. */
export const CUT_CLASS = 'markup-cut';

/**
 * The first `maxLength` characters of a text: at the last line break in the final stretch when
 * there is one (a Markdown line or an HTML tag is then less likely cut in half), and never
 * between the two halves of a surrogate pair.
 */
export function cutText(text: string, maxLength: number): { text: string; cut: number } {
  if (text.length <= maxLength) {
    return { text, cut: 0 };
  }
  let end = Math.max(0, Math.floor(maxLength));
  const lineBreak = text.lastIndexOf('\n', end);
  if (lineBreak > end - 1024 && lineBreak > 0) {
    end = lineBreak;
  } else if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) {
    end -= 1;
  }
  return { text: text.slice(0, end), cut: text.length - end };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

const count = new Intl.NumberFormat('en-US');

/** The paragraph that marks a cut, in words a reader understands. */
export function cutMarker(reason: { characters: number } | { depth: number }): string {
  const words =
    'characters' in reason
      ? `${count.format(reason.characters)} more characters not shown`
      : `nested deeper than ${reason.depth} levels`;
  return `<p class="${CUT_CLASS}">[… cut here: ${words}]</p>`;
}
