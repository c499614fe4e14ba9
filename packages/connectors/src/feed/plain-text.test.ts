import { describe, expect, it } from 'vitest';
import { firstWords, titleText, toPlainText } from './plain-text';

describe('toPlainText', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a b'],
    ['line<br>break', 'line break'],
    ['Fish &amp; Chips &eacute;t&eacute; &#8217; &lt;tag&gt;', 'Fish & Chips été ’ <tag>'],
    ['<b>bold</b> <script>alert(1)</script>text', 'bold text'],
    ['  spaced\n\n  out  ', 'spaced out'],
    ['5 < 6 and 7 > 3', '5 < 6 and 7 > 3'],
    ['"quoted" &quot;too&quot;', '"quoted" "too"'],
  ])('%j reads %j', (html, text) => {
    expect(toPlainText(html)).toBe(text);
  });
});

describe('titleText', () => {
  it.each([
    ['Re: Use <module> in templates', 'guess', 'Re: Use <module> in templates'],
    ['Fish &amp; Chips', 'guess', 'Fish & Chips'],
    ['A <b>bold</b> move', 'guess', 'A bold move'],
    ['R&D  notes', 'guess', 'R&D notes'],
    ['Release <em>2.0</em>', 'html', 'Release 2.0'],
    ['Plain <text> &amp; title', 'text', 'Plain <text> &amp; title'],
  ] as const)('%j as %s reads %j', (raw, kind, text) => {
    expect(titleText(raw, kind)).toBe(text);
  });
});

describe('firstWords', () => {
  it('keeps a short text whole', () => {
    expect(firstWords('short words')).toBe('short words');
  });

  it('cuts a long text at a word boundary, with an ellipsis', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(firstWords(text, 30)).toBe('one two three four five six…');
    expect(firstWords(text, 30).length).toBeLessThanOrEqual(30);
  });

  it('cuts a long word where it must', () => {
    expect(firstWords('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
