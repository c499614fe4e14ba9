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
