import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';
import { limitHtml } from './limit-html';
import { HTML_LIMITS, MARKDOWN_LIMITS } from './limits';
import { renderMarkdown } from './render-markdown';
import { sanitizeHtml } from './sanitize-html';
import { NOT_INERT, parserDepth } from './testing/checks';

// Documents built to cost the most. The work is bounded by what reaches the parsers: at most
// `maxLength` characters, at most `maxDepth` elements open at once. These tests check those
// two numbers and that the output stays inert; the time it all takes is in bench/markup.ts.
const MARKER = /<p class="markup-cut">\[… cut here: [\d,]+ more characters not shown\]<\/p>$/;

describe('hostile HTML', () => {
  it.each([
    ['div', '<div>', '</div>'],
    ['links', '<a href="https://example.org/"><em>', '</em></a>'],
    ['an unknown tag', '<x-y>', '</x-y>'],
    ['a self-closed tag', '<span/>', ''],
    ['a list', '<ul><li>', '</li></ul>'],
  ])('100,000 nested tags of %s: flattened to the depth cap, the text kept', (_, open, close) => {
    const html = `${open.repeat(100_000)}<b onclick="x()">payload</b>${close.repeat(100_000)}`;
    const everything = { maxLength: Number.POSITIVE_INFINITY };
    const limited = limitHtml(html, { ...HTML_LIMITS, ...everything });
    expect(limited.depth).toBeLessThanOrEqual(HTML_LIMITS.maxDepth);
    expect(limited.droppedTags).toBeGreaterThan(90_000);
    expect(parserDepth(limited.html)).toBeLessThanOrEqual(HTML_LIMITS.maxDepth + 1);
    const clean = sanitizeHtml(html, { limits: everything });
    expect(clean).toContain('payload');
    expect(clean).not.toMatch(NOT_INERT);
    expect(parserDepth(clean)).toBeLessThanOrEqual(HTML_LIMITS.maxDepth + 1);
  });

  it('100,000 nested tags read as text: the text alone', () => {
    const html = `${'<div>'.repeat(100_000)}payload`;
    expect(htmlToText(html, { maxLength: Number.POSITIVE_INFINITY })).toBe('payload');
  });

  it('a 3 MB body: cut to the cap, with a marker saying how much was left out', () => {
    const paragraph = '<p>Lorem <em>ipsum</em> <a href="https://example.org/">dolor</a> sit.</p>\n';
    const html = paragraph.repeat(Math.ceil(3_000_000 / paragraph.length));
    expect(html.length).toBeGreaterThanOrEqual(3_000_000);
    const limited = limitHtml(html, HTML_LIMITS);
    expect(limited.html.length).toBeLessThanOrEqual(HTML_LIMITS.maxLength);
    expect(limited.cut).toBe(html.length - limited.html.length);
    const clean = sanitizeHtml(html);
    expect(clean).toMatch(MARKER);
    expect(clean.length).toBeLessThan(2 * HTML_LIMITS.maxLength);
    expect(htmlToText(html).endsWith('sit. […]')).toBe(true);
  });

  it('a 3 MB script that never ends: nothing of it is left', () => {
    const html = `before<script>${'alert(1);'.repeat(300_000)}`;
    expect(sanitizeHtml(html, { limits: { maxLength: Number.POSITIVE_INFINITY } })).toBe('before');
  });

  it('100,000 comments and end tags that try to close what the parser keeps open', () => {
    const html = '<div><!-- </div> --><i><script></i></script>'.repeat(100_000);
    const limited = limitHtml(html, { ...HTML_LIMITS, maxLength: Number.POSITIVE_INFINITY });
    expect(limited.depth).toBeLessThanOrEqual(HTML_LIMITS.maxDepth);
    expect(parserDepth(limited.html)).toBeLessThanOrEqual(HTML_LIMITS.maxDepth + 1);
  });
});

describe('hostile Markdown', () => {
  const { maxLength, maxDepth } = MARKDOWN_LIMITS;
  it.each([
    ['nested lists', '- '.repeat(100_000)],
    ['nested blockquotes', '> '.repeat(100_000)],
    ['lists in quotes in lists', '> 1. - '.repeat(30_000)],
    [
      'indented nested lists',
      Array.from({ length: 400 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n'),
    ],
    ['an emphasis run', '*a **b '.repeat(50_000)],
    ['underscores', '_'.repeat(300_000)],
    ['unclosed brackets', '['.repeat(300_000)],
    ['unclosed link destinations', '[a]('.repeat(100_000)],
    ['backtick runs', '`a``'.repeat(100_000)],
    ['a long table', `| a | b |\n|---|---|\n${'| x | y |\n'.repeat(100_000)}`],
    ['raw HTML nested', `${'<div>'.repeat(100_000)}<script>alert(1)</script>`],
    ['entities', '&amp;&#x0;&#99999999;'.repeat(50_000)],
  ])('%s: read up to the caps, output inert', (_, markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(NOT_INERT);
    expect(parserDepth(html)).toBeLessThanOrEqual(2 * maxDepth + 1);
    // What is rendered grows with what is read, never with what was sent.
    expect(html.length).toBeLessThan(12 * maxLength);
    if (markdown.length > maxLength) {
      expect(html).toMatch(MARKER);
    }
    expect(sanitizeHtml(html, { limits: { maxLength: Number.POSITIVE_INFINITY } })).toBe(html);
  });
});
