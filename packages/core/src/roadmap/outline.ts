/**
 * What both readers make of a page before it is read as a roadmap: headings, paragraphs and
 * lists, each with the line it starts on. Inline text is Markdown.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'verbatim'; text: string; line: number }
  | { kind: 'list'; items: ListItem[]; line: number };

export interface ListItem {
  /** The item's first paragraph, lines joined. */
  text: string;
  line: number;
  /** What follows the first paragraph inside the item: more paragraphs, nested lists. */
  blocks: Block[];
}

export interface Outline {
  blocks: Block[];
  problems: Array<{ line: number; reason: string }>;
}

/** Lines joined into one, as a paragraph reads. */
export function joinLines(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

// What Markdown reads at the start of a line as something other than text.
const BLOCK_START = /^(?:[-+*](?:\s|$)|>|#{1,6}(?:\s|$)|`{3}|~{3}|(?:[-*_]\s*){3,}$|<)/;

/**
 * Text escaped so that Markdown reads it as text where a line starts: "- x" stays a dash,
 * "1. x" stays a number. Roadmap text is kept in this form, so that writing it out and reading
 * it back changes nothing.
 */
export function escapeLineStart(text: string): string {
  const numbered = /^(\d{1,9})([.)])(?=\s|$)/.exec(text);
  if (numbered) {
    return `${numbered[1]}\\${text.slice(numbered[1]?.length ?? 0)}`;
  }
  return BLOCK_START.test(text) ? `\\${text}` : text;
}
