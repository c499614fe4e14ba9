import fc from 'fast-check';
import { Parser, Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { IMPLIED_CLOSES, limitHtml, RAW_TEXT_ELEMENTS } from './limit-html';
import { parserDepth } from './testing/checks';

const wide = { maxLength: 10_000_000, maxDepth: 4 };

describe('limitHtml', () => {
  it.each([
    ['plain text', 'plain text', 0],
    ['<b><i><u><s>x</s></u></i></b>', '<b><i><u><s>x</s></u></i></b>', 0],
    ['<b><i><u><s><em>x</em></s></u></i></b>', '<b><i><u><s>x</em></s></u></i></b>', 1],
    ['<p>1<p>2<p>3<p>4<p>5<p>6', '<p>1<p>2<p>3<p>4<p>5<p>6', 0],
    ['<ul><li>1<li>2<li>3<li>4<li>5</ul>', '<ul><li>1<li>2<li>3<li>4<li>5</ul>', 0],
    ['<div><br><img src=x><hr><div>ok', '<div><br><img src=x><hr><div>ok', 0],
    ['<div/><div/><div/><div/><div/>x', '<div/><div/><div/><div/>x', 1],
    ['a<!-- </div> -->b', 'ab', 0],
    ['a<!DOCTYPE html>b<?php x ?>c<![CDATA[ </b> ]]>d', 'abcd', 0],
    ['<b><script>x</b><i></script>c', '<b>c', 0],
    ['<style>a{}</style><textarea><b></textarea><title>t</title>ok', 'ok', 0],
    ['x<plaintext><b>everything after', 'x', 0],
    ['a <<!-- -->script>x', 'a &lt;script>x', 0],
    ['<div><!-- unterminated', '<div>', 0],
  ])('%j becomes %j', (html, expected, dropped) => {
    const limited = limitHtml(html, wide);
    expect(limited.html).toBe(expected);
    expect(limited.droppedTags).toBe(dropped);
    expect(limited.depth).toBeLessThanOrEqual(wide.maxDepth);
  });

  it('cuts at the length cap, at a line break when one is near', () => {
    expect(limitHtml('<p>one</p>\n<p>two</p>', { maxLength: 15, maxDepth: 8 })).toEqual({
      html: '<p>one</p>',
      cut: 11,
      droppedTags: 0,
      depth: 1,
    });
    const astral = `ab${'😀'.repeat(3)}`;
    expect(limitHtml(astral, { maxLength: 5, maxDepth: 8 }).html).toBe('ab😀');
  });

  it('lists the raw-text elements exactly as the tokenizer reads them', () => {
    const names = [
      ...['a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi'],
      ...['bdo', 'blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'cite', 'code'],
      ...['col', 'colgroup', 'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog'],
      ...['div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'footer'],
      ...['form', 'h1', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input'],
      ...['ins', 'kbd', 'label', 'legend', 'li', 'link', 'main', 'map', 'mark', 'math'],
      ...['menu', 'meta', 'meter', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol'],
      ...['optgroup', 'option', 'output', 'p', 'param', 'picture', 'plaintext', 'pre'],
      ...['progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'script', 'search', 'section'],
      ...['select', 'slot', 'small', 'source', 'span', 'strong', 'style', 'sub', 'summary'],
      ...['sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th'],
      ...['thead', 'time', 'title', 'tr', 'track', 'u', 'ul', 'var', 'video', 'wbr', 'xmp'],
    ];
    const raw = names.filter((name) => {
      let sawInner = false;
      const tokenizer = new Tokenizer(
        {},
        {
          ...ignoreAll,
          onopentagname(start, end) {
            sawInner ||= html.slice(start, end) === 'b';
          },
        },
      );
      const html = `<${name}><b>x</b></${name}>`;
      tokenizer.write(html);
      tokenizer.end();
      return !sawInner;
    });
    expect(new Set(raw)).toEqual(RAW_TEXT_ELEMENTS);
  });

  it('models only end tags that the parser implies too', () => {
    for (const [opener, closes] of IMPLIED_CLOSES) {
      for (const closed of closes) {
        const events: string[] = [];
        const parser = new Parser({
          onopentag: (name) => events.push(`+${name}`),
          onclosetag: (name, implied) => events.push(`-${name}${implied ? '?' : ''}`),
        });
        parser.write(`<${closed}><${opener}>`);
        parser.end();
        expect(events.slice(0, 3), `<${opener}> closes <${closed}>`).toEqual([
          `+${closed}`,
          `-${closed}?`,
          `+${opener}`,
        ]);
      }
    }
  });

  it('never lets the parser hold more elements open than the cap, whatever the input', () => {
    const pieces = [
      ...['<div>', '</div>', '<p>', '</p>', '<li>', '<b>', '</b>', '<a href=x>', '</a>'],
      ...['<svg>', '</svg>', '<math>', '<foreignObject>', '</foreignobject>', '<x/>', '<br>'],
      ...['<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>', '<', '>'],
      ...['<textarea>', '</textarea>', '<table>', '<tr>', '<td>', '</br>', '<dd>', '<dt>'],
      ...["<a title='>' </div>", '<div title=">">', '<select>', '<form>', '</form>', 'text'],
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 200 }),
        fc.integer({ min: 0, max: 6 }),
        (parts, maxDepth) => {
          const limited = limitHtml(parts.join(''), { maxLength: 100_000, maxDepth });
          expect(limited.depth).toBeLessThanOrEqual(maxDepth);
          // A void element is opened and closed at once, one level below the cap.
          expect(parserDepth(limited.html)).toBeLessThanOrEqual(maxDepth + 1);
        },
      ),
      { numRuns: 500 },
    );
  });
});

const ignoreAll = {
  onattribdata() {},
  onattribentity() {},
  onattribend() {},
  onattribname() {},
  oncdata() {},
  onclosetag() {},
  oncomment() {},
  ondeclaration() {},
  onend() {},
  onopentagend() {},
  onopentagname() {},
  onprocessinginstruction() {},
  onselfclosingtag() {},
  ontext() {},
  ontextentity() {},
};
