import { type Block, escapeLineStart, joinLines, type ListItem, type Outline } from './outline';
import { rstInlineToMarkdown } from './rst-inline';

const MAX_DEPTH = 20;
const ADORNMENT = /^([!-/:-@[-`{-~])\1{2,}\s*$/;
const BULLET = /^([*+\-•‣⁃]|\d+[.)]|#[.)]|\(\d+\))(\s+)(?=\S)/;

/** A literal block as a Markdown fenced block, its common indentation removed. */
function asFence(lines: string[]): string {
  const body = lines.join('\n').trimEnd().split('\n');
  const indent = Math.min(...body.filter((l) => !isBlank(l)).map(indentOf));
  const fence = body.some((l) => /^\s*(?:`{3}|~{3})/.test(l)) ? '~~~~~' : '```';
  return [fence, ...body.map((l) => l.slice(indent)), fence].join('\n');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/**
 * A reStructuredText page as headings, paragraphs and lists: section titles (underlined, or
 * over- and underlined; levels in the order the styles first appear), bullet and enumerated
 * lists with their nesting, paragraphs. Comments and directives are skipped, literal blocks
 * kept as written. Lenient where docutils would refuse, with a problem for each such line.
 */
export function readRstOutline(text: string): Outline {
  const reader = new RstReader(
    text.split('\n').map((l) => l.replace(/\s+$/, '').replace(/\t/g, '        ')),
  );
  const blocks = reader.range(0, reader.lines.length, 0, 0);
  return { blocks, problems: reader.problems };
}

class RstReader {
  readonly problems: Outline['problems'] = [];
  private readonly styles: string[] = [];

  constructor(readonly lines: string[]) {}

  /** The blocks of lines [from, to), all indented by at least `indent`. */
  range(from: number, to: number, indent: number, depth: number): Block[] {
    if (depth > MAX_DEPTH) {
      this.problems.push({
        line: from + 1,
        reason: `nested deeper than ${MAX_DEPTH} levels: not read`,
      });
      return [];
    }
    const blocks: Block[] = [];
    let i = from;
    while (i < to) {
      const line = this.lines[i] ?? '';
      if (isBlank(line)) {
        i += 1;
      } else if (indentOf(line) > indent) {
        // A block quote, or text indented for no reason: read what it holds.
        const end = this.blockEnd(i, to, indent);
        blocks.push(...this.range(i, end, indentOf(line), depth + 1));
        i = end;
      } else {
        i = this.readAt(i, to, indent, depth, blocks);
      }
    }
    return blocks;
  }

  /** Reads the construct that starts at line `i`; returns the line after it. */
  private readAt(i: number, to: number, indent: number, depth: number, blocks: Block[]): number {
    const content = (this.lines[i] ?? '').slice(indent);
    const section = indent === 0 ? this.section(i, to) : undefined;
    if (section) {
      blocks.push(section.heading);
      return section.next;
    }
    if (content.startsWith('..')) {
      // A comment, a label or a directive: skipped with its indented body.
      return this.blockEnd(i + 1, to, indent);
    }
    if (BULLET.test(content)) {
      return this.list(i, to, indent, depth, blocks);
    }
    if (ADORNMENT.test(content)) {
      return i + 1; // a transition
    }
    return this.paragraph(i, to, indent, blocks);
  }

  private section(i: number, to: number): { heading: Block; next: number } | undefined {
    const [first = '', second = '', third = ''] = this.lines.slice(i, Math.min(i + 3, to));
    let title: string;
    let style: string;
    let next: number;
    if (
      ADORNMENT.test(first) &&
      !isBlank(second) &&
      !ADORNMENT.test(second) &&
      third.trim() === first.trim()
    ) {
      [title, style, next] = [second.trim(), `${first[0]}/over`, i + 3];
    } else if (!ADORNMENT.test(first) && ADORNMENT.test(second) && !BULLET.test(first)) {
      [title, style, next] = [first.trim(), second.trim()[0] ?? '', i + 2];
      if (second.trim().length < title.length) {
        this.problems.push({ line: i + 2, reason: 'a title underline shorter than its title' });
      }
    } else {
      return undefined;
    }
    if (!this.styles.includes(style)) {
      this.styles.push(style);
    }
    const level = this.styles.indexOf(style) + 1;
    return {
      heading: { kind: 'heading', level, text: rstInlineToMarkdown(title), line: i + 1 },
      next,
    };
  }

  private paragraph(i: number, to: number, indent: number, blocks: Block[]): number {
    let end = i + 1;
    while (
      end < to &&
      !isBlank(this.lines[end]) &&
      indentOf(this.lines[end] ?? '') === indent &&
      !BULLET.test((this.lines[end] ?? '').slice(indent))
    ) {
      end += 1;
    }
    const text = joinLines(this.lines.slice(i, end).join('\n'));
    if (text.endsWith('::')) {
      // A literal block follows: kept as written.
      blocks.push({
        kind: 'paragraph',
        text: escapeLineStart(
          rstInlineToMarkdown(text.replace(/\s*::$/, text === '::' ? '' : ':')),
        ),
        line: i + 1,
      });
      const literalStart = this.skipBlank(end, to);
      const literalEnd = this.blockEnd(literalStart, to, indent);
      if (literalEnd > literalStart) {
        const text = asFence(this.lines.slice(literalStart, literalEnd));
        blocks.push({ kind: 'verbatim', text, line: literalStart + 1 });
      }
      return literalEnd;
    }
    blocks.push({
      kind: 'paragraph',
      text: escapeLineStart(rstInlineToMarkdown(text)),
      line: i + 1,
    });
    return end;
  }

  private list(i: number, to: number, indent: number, depth: number, blocks: Block[]): number {
    const items: ListItem[] = [];
    let at = i;
    for (;;) {
      const marker = BULLET.exec((this.lines[at] ?? '').slice(indent));
      if (!marker) {
        break;
      }
      const textColumn = indent + marker[0].length;
      const end = this.itemEnd(at, to, indent, textColumn);
      items.push(this.item(at, end, textColumn, marker[0].length, depth));
      at = this.skipBlank(end, to);
      if (at >= to || indentOf(this.lines[at] ?? '') !== indent) {
        break;
      }
    }
    blocks.push({ kind: 'list', items, line: i + 1 });
    return at;
  }

  private item(
    at: number,
    end: number,
    textColumn: number,
    markerLength: number,
    depth: number,
  ): ListItem {
    const first = [(this.lines[at] ?? '').slice(textColumn - markerLength + markerLength)];
    let next = at + 1;
    while (
      next < end &&
      !isBlank(this.lines[next]) &&
      !BULLET.test((this.lines[next] ?? '').trimStart())
    ) {
      const line = this.lines[next] ?? '';
      if (indentOf(line) < textColumn) {
        this.problems.push({
          line: next + 1,
          reason: "a line indented less than its item's text: read as part of it",
        });
      }
      first.push(line.trim());
      next += 1;
    }
    const text = escapeLineStart(rstInlineToMarkdown(joinLines(first.join('\n'))));
    return { text, line: at + 1, blocks: this.range(next, end, textColumn, depth + 1) };
  }

  /** The end of an item: the first line after it that is not blank and not indented past the marker. */
  private itemEnd(at: number, to: number, indent: number, textColumn: number): number {
    let end = at + 1;
    while (end < to) {
      const line = this.lines[end] ?? '';
      if (!isBlank(line) && indentOf(line) <= indent) {
        break;
      }
      if (!isBlank(line) && indentOf(line) < textColumn && isBlank(this.lines[end - 1])) {
        break;
      }
      end += 1;
    }
    while (end > at + 1 && isBlank(this.lines[end - 1])) {
      end -= 1;
    }
    return end;
  }

  /** The first line from `from` that is not blank and indented by `indent` or less. */
  private blockEnd(from: number, to: number, indent: number): number {
    let end = from;
    while (end < to && (isBlank(this.lines[end]) || indentOf(this.lines[end] ?? '') > indent)) {
      end += 1;
    }
    return end;
  }

  private skipBlank(from: number, to: number): number {
    let at = from;
    while (at < to && isBlank(this.lines[at])) {
      at += 1;
    }
    return at;
  }
}
