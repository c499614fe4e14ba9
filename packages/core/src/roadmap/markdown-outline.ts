import markdownIt, { type Token } from 'markdown-it';
import { type Block, joinLines, type ListItem, type Outline } from './outline';

const MAX_NESTING = 20;
// Only the block structure matters here; inline text is kept as written.
const md = markdownIt('default', { html: true, linkify: false, maxNesting: MAX_NESTING });

/** A Markdown page as headings, paragraphs and lists, by markdown-it's reading of it. */
export function readMarkdownOutline(text: string): Outline {
  const lines = text.split('\n');
  const tokens = md.parse(text, {});
  const problems: Outline['problems'] = [];
  tokens.forEach((token, i) => {
    // markdown-it stops reading inside a container opened at the last level it allows.
    if (token.nesting === 1 && token.level >= MAX_NESTING - 1 && tokens[i + 1]?.nesting === -1) {
      problems.push({
        line: lineOf(token),
        reason: `nested deeper than ${MAX_NESTING} levels: not read`,
      });
    }
  });
  const reader = new TokenReader(tokens, lines);
  return { blocks: reader.blocks(), problems };
}

function lineOf(token: Token | undefined): number {
  return (token?.map?.[0] ?? 0) + 1;
}

class TokenReader {
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly lines: string[],
  ) {}

  /** Blocks up to the closing token of the container being read (or the end). */
  blocks(): Block[] {
    const blocks: Block[] = [];
    while (this.at < this.tokens.length) {
      const token = this.tokens[this.at];
      if (!token || token.nesting === -1) {
        return blocks;
      }
      blocks.push(...this.block(token));
    }
    return blocks;
  }

  private block(token: Token): Block[] {
    const line = lineOf(token);
    if (token.type === 'heading_open') {
      const text = this.inlineThenClose();
      return [{ kind: 'heading', level: Number(token.tag.slice(1)), text, line }];
    }
    if (token.type === 'paragraph_open') {
      return [{ kind: 'paragraph', text: this.inlineThenClose(), line }];
    }
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      this.at += 1;
      const items: ListItem[] = [];
      while (this.tokens[this.at]?.type === 'list_item_open') {
        items.push(this.item());
      }
      this.at += 1;
      return [{ kind: 'list', items, line }];
    }
    if (token.type === 'blockquote_open') {
      // A quoted list is still a list: read through the quote.
      this.at += 1;
      const inner = this.blocks();
      this.at += 1;
      return inner;
    }
    this.skip();
    return [{ kind: 'verbatim', text: this.source(token), line }];
  }

  private item(): ListItem {
    const open = this.tokens[this.at];
    this.at += 1;
    const blocks = this.blocks();
    this.at += 1;
    const first = blocks[0];
    if (first?.kind === 'paragraph') {
      return { text: first.text, line: first.line, blocks: blocks.slice(1) };
    }
    return { text: '', line: lineOf(open), blocks };
  }

  private inlineThenClose(): string {
    const inline = this.tokens[this.at + 1];
    this.at += 3;
    return joinLines(inline?.type === 'inline' ? inline.content : '');
  }

  /** Past a token and, when it opens something (a table), past all it holds. */
  private skip(): void {
    let depth = 0;
    do {
      depth += this.tokens[this.at]?.nesting ?? 0;
      this.at += 1;
    } while (depth > 0 && this.at < this.tokens.length);
  }

  /**
   * A block kept as written, closed if the page left it open: an open fence or comment would
   * swallow everything written after it when the roadmap is written out again.
   */
  private source(token: Token): string {
    if (token.type === 'fence') {
      const content =
        token.content.endsWith('\n') || token.content === '' ? token.content : `${token.content}\n`;
      return `${token.markup}${token.info}\n${content}${token.markup}`;
    }
    const [start, end] = token.map ?? [0, 0];
    const text = this.lines.slice(start, end).join('\n').trimEnd();
    const closer = token.type === 'html_block' ? htmlBlockCloser(text) : undefined;
    return closer && !text.includes(closer) ? `${text}\n${closer}` : text;
  }
}

/** The closing text of the HTML blocks that end only with it (CommonMark's kinds 1 to 5). */
function htmlBlockCloser(text: string): string | undefined {
  const raw = /^<(script|pre|style|textarea)\b/i.exec(text)?.[1];
  if (raw) {
    return `</${raw.toLowerCase()}>`;
  }
  if (text.startsWith('<!--')) {
    return '-->';
  }
  if (text.startsWith('<?')) {
    return '?>';
  }
  if (text.startsWith('<![CDATA[')) {
    return ']]>';
  }
  return /^<![A-Za-z]/.test(text) ? '>' : undefined;
}
