import { describe, expect, it } from 'vitest';
import { firstWords, titleText } from './plain-text';

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
