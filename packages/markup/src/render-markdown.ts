import markdownIt, { type MarkdownIt } from 'markdown-it';
import { useGfm } from './gfm';
import { cutMarker, cutText, MARKDOWN_LIMITS, type MarkupLimits } from './limits';
import { sanitizeHtml } from './sanitize-html';

export interface RenderOptions {
  /** Where the text came from: relative links and images are resolved against it. */
  baseUrl?: string | undefined;
  /** Defaults to `MARKDOWN_LIMITS`. */
  limits?: Partial<MarkupLimits> | undefined;
}

// One parser per nesting cap: building one compiles its rules, and callers use one or two caps.
const parsers = new Map<number, MarkdownIt>();

function parserFor(maxNesting: number): MarkdownIt {
  let md = parsers.get(maxNesting);
  if (!md) {
    // Raw HTML is let through here and sanitized with everything else, by the same policy.
    md = markdownIt('default', { html: true, linkify: true, maxNesting });
    useGfm(md);
    parsers.set(maxNesting, md);
  }
  return md;
}

/**
 * Renders GitHub-flavoured Markdown (tables, strikethrough, task lists, autolinks, raw HTML) to
 * HTML sanitized by the one policy. The text is cut to `limits.maxLength` characters and its
 * nesting to `limits.maxDepth` levels; a paragraph of class `markup-cut` marks either cut.
 * Never throws.
 */
export function renderMarkdown(text: string, options: RenderOptions = {}): string {
  const limits = { ...MARKDOWN_LIMITS, ...options.limits };
  const maxNesting = Math.max(1, Math.floor(limits.maxDepth));
  const { text: kept, cut } = cutText(text, limits.maxLength);
  const md = parserFor(maxNesting);
  const tokens = md.parse(kept, {});
  const html = md.renderer.render(tokens, md.options, {});
  // Rendering multiplies the size by a few at most, and the text was cut already: the HTML
  // limits here only bound the nesting that raw HTML inside the Markdown can add.
  const clean = sanitizeHtml(html, {
    baseUrl: options.baseUrl,
    limits: { maxLength: Number.POSITIVE_INFINITY, maxDepth: 2 * maxNesting },
  });
  // markdown-it stops reading blocks inside a container opened at the last level it allows:
  // such a container closes at once, and what it held is gone.
  const tooDeep = tokens.some(
    (t, i) => t.nesting === 1 && t.level >= maxNesting - 1 && tokens[i + 1]?.nesting === -1,
  );
  const markers = [
    tooDeep ? cutMarker({ depth: maxNesting }) : '',
    cut > 0 ? cutMarker({ characters: cut }) : '',
  ];
  return `${clean}${markers.join('')}`;
}
