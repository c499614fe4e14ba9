import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { cutText, type MarkupLimits } from './limits';

/*
 * Why this pass exists: htmlparser2, the parser under sanitize-html, keeps its open elements in
 * an array it grows with `unshift`, so every tag costs time in proportion to the depth it is
 * opened at. A feed entry nesting 100,000 tags took 10 to 55 seconds of one thread. This pass
 * reads the document with the same tokenizer, in linear time, and hands the parser a document
 * in which no more than `maxDepth` elements are ever open at once.
 *
 * It keeps its own stack of open elements, which is never shallower than the parser's: it
 * pushes every element the parser would (void elements aside), pops only on an end tag whose
 * element it holds, and models only a subset of the end tags the parser implies. An opening
 * tag that would go past the cap is removed; its text stays. Comments, declarations and the
 * raw-text elements (script, style, title, textarea, xmp, iframe, noembed, noframes, plaintext)
 * are removed whole: the policy drops them with their content anyway, and without them the
 * parser reads the rest the same way inside SVG or MathML as outside, which is the case the
 * tokenizer here cannot know about.
 */

/** Elements whose content the tokenizer reads as raw text; tests check the list against it. */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  ...['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes'],
  'plaintext',
]);

const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  ...['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img'],
  ...['input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'],
]);

const closesP = new Set(['p']);
const closesHeading = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const closesTerm = new Set(['dd', 'dt']);

/** Open elements an opening tag closes: a subset of the parser's rules (tests check it). */
export const IMPLIED_CLOSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['p', closesP],
  ['li', new Set(['li'])],
  ['a', new Set(['a'])],
  ['option', new Set(['option'])],
  ['dd', closesTerm],
  ['dt', closesTerm],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['th', 'td'])],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, closesHeading] as const),
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset']
    .concat(['figcaption', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'pre'])
    .concat(['section', 'table', 'ul'])
    .map((tag) => [tag, closesP] as const),
]);

export interface LimitedHtml {
  html: string;
  /** Characters cut from the end (0 when the document fits). */
  cut: number;
  /** Opening tags removed because they were nested past the cap. */
  droppedTags: number;
  /** The most elements open at once in `html`, as counted here (never fewer than the parser). */
  depth: number;
}

/** Cuts a document to `maxLength` and flattens it to `maxDepth` (see the note above). */
export function limitHtml(input: string, limits: MarkupLimits): LimitedHtml {
  const { text, cut } = cutText(input, limits.maxLength);
  const scan = scanTags(text, Math.max(0, Math.floor(limits.maxDepth)));
  return { html: removeRanges(text, scan.ranges), cut, ...scan.counts };
}

interface Scan {
  ranges: Array<[number, number]>;
  counts: { droppedTags: number; depth: number };
}

function scanTags(html: string, maxDepth: number): Scan {
  const scanner = new TagScanner(html, maxDepth);
  const tokenizer = new Tokenizer({ decodeEntities: true }, scanner);
  tokenizer.write(html);
  tokenizer.end();
  return { ranges: mergeRanges(scanner.ranges), counts: scanner.counts };
}

/** Follows the tokenizer through a document, noting the ranges to remove. */
class TagScanner implements TokenizerCallbacks {
  readonly ranges: Array<[number, number]> = [];
  readonly counts = { droppedTags: 0, depth: 0 };
  private readonly stack: string[] = [];
  // Where the last token the tokenizer reported ended: a comment starts there.
  private cursor = 0;
  private tagStart = 0;
  private tagName = '';
  private rawStart = -1;
  private rawName = '';

  constructor(
    private readonly html: string,
    private readonly maxDepth: number,
  ) {}

  onopentagname(start: number, endIndex: number): void {
    this.tagStart = start - 1;
    this.tagName = this.html.slice(start, endIndex).toLowerCase();
  }

  onopentagend(endIndex: number): void {
    this.cursor = endIndex + 1;
    if (RAW_TEXT_ELEMENTS.has(this.tagName)) {
      this.rawStart = this.tagStart;
      this.rawName = this.tagName;
    } else if (!VOID_ELEMENTS.has(this.tagName)) {
      this.open(this.tagName);
    }
  }

  // Outside SVG and MathML the parser reads `<div/>` as an opening tag, and so does this.
  onselfclosingtag(endIndex: number): void {
    this.onopentagend(endIndex);
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    const end = this.afterGt(endIndex);
    if (this.rawStart >= 0 && name === this.rawName) {
      this.ranges.push([this.rawStart, end]);
      this.rawStart = -1;
    } else if (this.rawStart < 0) {
      const at = this.stack.lastIndexOf(name);
      if (at >= 0) {
        this.stack.length = at;
      }
    }
    this.cursor = end;
  }

  ontext(_start: number, endIndex: number): void {
    this.cursor = endIndex;
  }

  ontextentity(_codepoint: number, endIndex: number): void {
    this.cursor = endIndex;
  }

  oncomment(_start: number, endIndex: number): void {
    this.removeUpTo(endIndex);
  }

  oncdata(_start: number, endIndex: number): void {
    this.removeUpTo(endIndex);
  }

  ondeclaration(_start: number, endIndex: number): void {
    this.removeUpTo(endIndex);
  }

  onprocessinginstruction(_start: number, endIndex: number): void {
    this.removeUpTo(endIndex);
  }

  onend(): void {
    if (this.rawStart >= 0) {
      this.ranges.push([this.rawStart, this.html.length]);
    }
  }

  onattribdata(): void {}
  onattribentity(): void {}
  onattribend(): void {}
  onattribname(): void {}

  private open(name: string): void {
    const closes = IMPLIED_CLOSES.get(name);
    const stack = this.stack;
    while (closes && stack.length > 0 && closes.has(stack[stack.length - 1] ?? '')) {
      stack.pop();
    }
    if (stack.length >= this.maxDepth) {
      this.ranges.push([this.tagStart, this.cursor]);
      this.counts.droppedTags += 1;
    } else {
      stack.push(name);
      this.counts.depth = Math.max(this.counts.depth, stack.length);
    }
  }

  private removeUpTo(endIndex: number): void {
    const end = this.afterGt(endIndex);
    this.ranges.push([this.cursor, end]);
    this.cursor = end;
  }

  private afterGt(from: number): number {
    const gt = this.html.indexOf('>', from);
    return gt === -1 ? this.html.length : gt + 1;
  }
}

/** The ranges in order, overlapping ones joined (a dropped tag inside a removed element). */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}

/**
 * The document without the ranges. A `<` left as text just before a removed range would start
 * a tag with what follows it (`<<!-- -->script>`), so it is written as `&lt;`, the same text.
 */
function removeRanges(html: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) {
    return html;
  }
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    const kept = html.slice(from, start);
    parts.push(kept.endsWith('<') ? `${kept.slice(0, -1)}&lt;` : kept);
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
