/**
 * What the hostile documents cost through `@moduleboard/markup`, against plain text of the
 * same size through the same function, measured in this run. Every document is 3 MB or more:
 * what matters is that the cost is bounded by the caps (`HTML_LIMITS`, `MARKDOWN_LIMITS`), not
 * by the size sent, and how far above plain text the worst shapes stay.
 *
 *   pnpm --filter @moduleboard/bench markup [--runs 5]
 */
import { parseArgs } from 'node:util';
import { HTML_LIMITS, MARKDOWN_LIMITS, renderMarkdown, sanitizeHtml } from '@moduleboard/markup';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
const SIZE = 3_000_000;

const fill = (piece: string, size = SIZE) => piece.repeat(Math.ceil(size / piece.length));

const html: Record<string, string> = {
  'nested <div>': fill('<div>'),
  'nested <ul><li>': fill('<ul><li>'),
  'nested unknown tags, closed': `${'<x-y>'.repeat(300_000)}x${'</x-y>'.repeat(300_000)}`,
  'links with attributes': fill('<a href="https://example.org/a?b=c" title="t">link</a> '),
  'comments hiding end tags': fill('<div><!-- </div> --><i><script></i></script>'),
  paragraphs: fill('<p>Lorem <em>ipsum</em> <a href="https://example.org/">dolor</a>.</p>\n'),
};

const markdown: Record<string, string> = {
  'nested lists': fill('- '),
  'nested blockquotes': fill('> '),
  'emphasis runs': fill('*a **b '),
  'mixed delimiters': fill('*_'),
  'strikethrough runs': fill('~~a'),
  'unclosed brackets': fill('['),
  'backtick runs': fill('`a``'),
  'a long table': `| a | b |\n|---|---|\n${fill('| x | y |\n')}`,
  entities: fill('&amp;&#x0;'),
  'one-line paragraph': fill('a\n'),
  'raw HTML nested': fill('<div>'),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median time of `work` and of the same work on plain text, runs interleaved. */
function measure(work: (text: string) => string, text: string): { ms: number; base: number } {
  const plain = fill('lorem ipsum ', text.length).slice(0, text.length);
  const times: number[] = [];
  const baseTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    work(plain);
    baseTimes.push(performance.now() - start);
    start = performance.now();
    work(text);
    times.push(performance.now() - start);
  }
  return { ms: median(times), base: median(baseTimes) };
}

function report(title: string, work: (text: string) => string, cases: Record<string, string>) {
  console.log(`\n${title}`);
  console.log('| document | size | ms | plain text, ms | ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  let worst = 0;
  for (const [name, text] of Object.entries(cases)) {
    const { ms, base } = measure(work, text);
    worst = Math.max(worst, ms / base);
    const size = `${(text.length / 1e6).toFixed(1)} MB`;
    console.log(
      `| ${name} | ${size} | ${ms.toFixed(0)} | ${base.toFixed(1)} | ${(ms / base).toFixed(1)} |`,
    );
  }
  console.log(`worst ratio: ${worst.toFixed(1)}`);
}

// Warm the JIT on small documents so that the first case is not charged for it.
for (const text of [...Object.values(html), ...Object.values(markdown)]) {
  sanitizeHtml(text.slice(0, 20_000));
  renderMarkdown(text.slice(0, 5_000));
}
const caps = (l: typeof HTML_LIMITS) =>
  `${l.maxLength.toLocaleString('en-US')} characters, depth ${l.maxDepth}`;
report(
  `sanitizeHtml (caps: ${caps(HTML_LIMITS)}), median of ${runs}`,
  (t) => sanitizeHtml(t),
  html,
);
report(
  `renderMarkdown (caps: ${caps(MARKDOWN_LIMITS)}), median of ${runs}`,
  (t) => renderMarkdown(t),
  markdown,
);
