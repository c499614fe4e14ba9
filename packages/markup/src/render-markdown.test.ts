import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';
import { sanitizeHtml } from './sanitize-html';
import { NOT_INERT } from './testing/checks';

describe('renderMarkdown', () => {
  it.each([
    ['# Title', '<h1>Title</h1>'],
    ['*a* **b** `c`', '<p><em>a</em> <strong>b</strong> <code>c</code></p>'],
    ['~~gone~~', '<p><s>gone</s></p>'],
    ['```js\nlet x;\n```', '<pre><code class="language-js">let x;\n</code></pre>'],
    ['> quoted', '<blockquote>\n<p>quoted</p>\n</blockquote>'],
    ['1. one\n2. two', '<ol>\n<li>one</li>\n<li>two</li>\n</ol>'],
    [
      '- [ ] todo\n- [x] done',
      '<ul>\n<li><input type="checkbox" disabled /> todo</li>\n' +
        '<li><input type="checkbox" checked disabled /> done</li>\n</ul>',
    ],
    ['- [] not a task', '<ul>\n<li>[] not a task</li>\n</ul>'],
    [
      '| a | b |\n|:--|--:|\n| 1 | 2 |',
      '<table>\n<thead>\n<tr>\n<th align="left">a</th>\n<th align="right">b</th>\n</tr>\n' +
        '</thead>\n<tbody>\n<tr>\n<td align="left">1</td>\n<td align="right">2</td>\n</tr>\n' +
        '</tbody>\n</table>',
    ],
    [
      'see https://python.org/dev and www.python.org, not setup.py',
      '<p>see <a href="https://python.org/dev" rel="nofollow noopener">https://python.org/dev</a>' +
        ' and <a href="http://www.python.org/" rel="nofollow noopener">www.python.org</a>, ' +
        'not setup.py</p>',
    ],
    [
      'mail <dev@example.org>',
      '<p>mail <a href="mailto:dev@example.org" rel="nofollow noopener">dev@example.org</a></p>',
    ],
    [
      '[docs](https://docs.python.org "The docs")',
      '<p><a href="https://docs.python.org/" title="The docs" rel="nofollow noopener">docs</a></p>',
    ],
    [
      '![logo](https://python.org/logo.png)',
      '<p><img src="https://python.org/logo.png" alt="logo" referrerpolicy="no-referrer" /></p>',
    ],
  ])('renders %j', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  it.each([
    ['<script>alert(1)</script>', ''],
    ['<img src=x onerror=alert(1)>', '<img src="x" referrerpolicy="no-referrer" />'],
    ['<b onclick="alert(1)" style="color:red">bold</b>', '<p><b>bold</b></p>'],
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<p><span>x</span></p>'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', '<p>[x](data:text/html;base64,PHNjcmlwdD4=)</p>'],
    ['![x](data:image/png;base64,AAAA)', '<p></p>'],
    ['![x](ftp://example.org/x.png)', '<p></p>'],
    ['<iframe src="https://evil.example"></iframe>after', 'after'],
    [
      '<input type="text" value="x"><input type="checkbox" onclick=x>',
      '<p><input type="checkbox" disabled /></p>',
    ],
    [
      '<details open><summary>more</summary>hidden</details>',
      '<details open><summary>more</summary>hidden</details>',
    ],
  ])('makes raw HTML %j inert', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  it('resolves relative links and images against the base', () => {
    expect(renderMarkdown('[a](../b) ![i](i.png)', { baseUrl: 'https://example.org/x/y' })).toBe(
      '<p><a href="https://example.org/b" rel="nofollow noopener">a</a> ' +
        '<img src="https://example.org/x/i.png" alt="i" referrerpolicy="no-referrer" /></p>',
    );
  });

  it('marks where a long text was cut, and how much was left out', () => {
    const html = renderMarkdown(`first\n\n${'x'.repeat(100)}`, { limits: { maxLength: 10 } });
    expect(html).toBe(
      '<p>first</p><p class="markup-cut">[… cut here: 101 more characters not shown]</p>',
    );
  });

  it('marks where nesting past the cap was cut, and keeps what follows', () => {
    const html = renderMarkdown(`${'>'.repeat(20)} lost\n\nafter`, { limits: { maxDepth: 8 } });
    expect(html).not.toContain('lost');
    expect(html).toContain('<p>after</p>');
    expect(html).toContain('[… cut here: nested deeper than 8 levels]');
    expect(renderMarkdown(`${'>'.repeat(6)} fits`, { limits: { maxDepth: 8 } })).not.toContain(
      'markup-cut',
    );
  });

  it('never throws, and its output is inert and a fixed point of the sanitizer', () => {
    const pieces = [
      ...['# ', '> ', '- ', '1. ', '- [ ] ', '- [x] ', '  ', '\n', '\n\n', '*', '**', '_', '~~'],
      ...['`', '```\n', '|', '|---|', '[', ']', '(', ')', '![', 'https://a.example/b', 'www.'],
      ...['<b>', '</b>', '<script>', '</script>', '<img src=x onerror=alert(1)>', '<!--', '-->'],
      ...['javascript:alert(1)', 'data:text/html,x', '<a href="', '">', '&amp;', '&#0;', 'word'],
      ...['<div>', '</div>', '<svg><style>', '\\', '<', '>', '"', "'", '\u0000', '😀'],
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), {
          maxLength: 40,
        }),
        (parts) => {
          const html = renderMarkdown(parts.join(''));
          expect(html).not.toMatch(NOT_INERT);
          expect(sanitizeHtml(html)).toBe(html);
        },
      ),
      { numRuns: 400 },
    );
  });
});
