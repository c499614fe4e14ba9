import { describe, expect, it } from 'vitest';
import { escapeXhtmlConstructs } from './xhtml-content';

describe('escapeXhtmlConstructs', () => {
  it('turns inline XHTML into escaped HTML, keeping the order of mixed content', () => {
    const xml =
      '<entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' +
      'see <a href="x">this</a> now &amp; then</div></content></entry>';
    expect(escapeXhtmlConstructs(xml)).toBe(
      '<entry><content type="html">&lt;div xmlns="http://www.w3.org/1999/xhtml"&gt;' +
        'see &lt;a href="x"&gt;this&lt;/a&gt; now &amp;amp; then&lt;/div&gt;</content></entry>',
    );
  });

  it('matches nested elements of the same name', () => {
    const xml =
      '<summary type="xhtml"><div><details><summary>s</summary>d</details></div></summary><x/>';
    expect(escapeXhtmlConstructs(xml)).toBe(
      '<summary type="html">&lt;div&gt;&lt;details&gt;&lt;summary&gt;s&lt;/summary&gt;d' +
        '&lt;/details&gt;&lt;/div&gt;</summary><x/>',
    );
  });

  it('keeps CDATA text literal', () => {
    expect(escapeXhtmlConstructs("<title type='xhtml'><![CDATA[a < b]]></title>")).toBe(
      '<title type="html">a &amp;lt; b</title>',
    );
  });

  it('leaves everything else alone', () => {
    const xml =
      '<feed><title type="html">&lt;b&gt;x&lt;/b&gt;</title><content type="xhtml"/>' +
      '<rss:title>xhtml</rss:title></feed>';
    expect(escapeXhtmlConstructs(xml)).toBe(xml);
  });

  it('leaves an unclosed construct for the parser to report', () => {
    const xml = '<feed><content type="xhtml"><div>never closed';
    expect(escapeXhtmlConstructs(xml)).toBe(xml);
  });
});
