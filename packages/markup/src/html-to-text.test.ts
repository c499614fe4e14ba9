import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a b'],
    ['line<br>break', 'line break'],
    ['Fish &amp; Chips &eacute;t&eacute; &#8217; &lt;tag&gt;', 'Fish & Chips été ’ <tag>'],
    ['<b>bold</b> <script>alert(1)</script>text', 'bold text'],
    ['<style>p { color: red }</style>styled', 'styled'],
    ['a<!-- hidden -->b', 'ab'],
    ['  spaced\n\n  out  ', 'spaced out'],
    ['5 < 6 and 7 > 3', '5 < 6 and 7 > 3'],
    ['"quoted" &quot;too&quot;', '"quoted" "too"'],
    ['a <<!-- -->script>alert(1)</script>', 'a <script>alert(1)'],
  ])('%j reads %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('says where a long text was cut', () => {
    expect(htmlToText(`<p>${'word '.repeat(100)}</p>`, { maxLength: 51 })).toBe(
      `${'word '.repeat(9)}wor […]`,
    );
  });

  it('keeps the text of tags nested past the cap', () => {
    const html = `${'<span>'.repeat(10_000)}deep${'</span>'.repeat(10_000)} after`;
    expect(htmlToText(html, { maxDepth: 8, maxLength: 1_000_000 })).toBe('deep after');
  });
});
