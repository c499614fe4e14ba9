import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCommit } from './commit-credits';
import { decodeObfuscation } from './obfuscation';
import { parseMessage } from './parse-message';
import type { ParsedMessage } from './scan-context';

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Every credited value can be found in the input (names and addresses after decoding). */
function expectValuesFromInput(input: string, parsed: ParsedMessage): void {
  const text = flat(input);
  const decoded = flat(decodeObfuscation(input)).toLowerCase();
  for (const credit of parsed.credits) {
    expect(input).toContain(credit.rawLine);
    if (credit.person === 'me') {
      continue;
    }
    for (const value of [credit.person.name, credit.person.username, credit.person.url]) {
      if (value !== undefined) {
        expect(text).toContain(flat(value));
      }
    }
    const email = credit.person.email;
    if (email !== undefined) {
      const found = text.includes(email) || decoded.includes(email.toLowerCase());
      const obfuscated = /at|dot/i.test(input);
      expect(found || obfuscated).toBe(true);
    }
  }
}

// Pieces that make the parser's paths likely: keys, separators, people, asides, ChangeLog bits.
const fragment = fc.constantFrom(
  'Patch by:',
  'Patch by: ',
  'Review by:',
  'Reviewed-by: ',
  'Signed-off-by: ',
  'Co-authored-by: ',
  'Approved by: ',
  'Tweaked by: ',
  'reported-and-tested-BY:',
  '\n',
  '\n\n',
  '\n   ',
  '\n\t',
  ' ',
  ', ',
  ' and ',
  '(',
  ')',
  '<',
  '>',
  '@',
  '{_AT_}',
  ' at ',
  ' dot ',
  'me',
  'jrandom',
  'Jane Doe',
  'jane@example.org',
  '<jane@example.org>',
  '12+octo@users.noreply.github.com',
  'José Ramírez',
  '* foo.c (bar): ',
  'git-svn-id: https://svn.example.org/r@12 13f79535-47bb-0310-9956-ffa450edef68',
  '\u0000',
  '\uFFFD',
  '\r\n',
);
const lineStart = fc.constantFrom(
  'Patch by:',
  'Review by:',
  'Reviewed-by:',
  'Found by:',
  '   ',
  '\t',
  '',
  '(',
);
const line = fc
  .tuple(lineStart, fc.array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 8 }))
  .map(([start, parts]) => start + parts.join(''));
const message = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 60 })
    .map((parts) => parts.join('')),
  fc.array(line, { maxLength: 20 }).map((lines) => `Subject\n\n${lines.join('\n')}`),
);

describe('robustness', () => {
  it('never throws, and credits only what is in the input', () => {
    fc.assert(
      fc.property(message, (input) => {
        const parsed = parseMessage(input);
        expectValuesFromInput(input, parsed);
        creditCommit({
          message: input,
          author: { name: input.slice(0, 20), email: input.slice(-20) },
        });
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['NUL bytes', 'Fix\u0000.\n\nPatch by: jr\u0000andom\n          sally\u0000\nReview by: bob\n'],
    [
      'replacement characters',
      'Fix \uFFFD.\n\nPatch by: Ren\uFFFD Dupont <r@example.org>\n\uFFFD\uFFFD\n',
    ],
    ['lone surrogates', 'Fix.\n\nPatch by: \uD800 jrandom\nReview by: sally\uDC00\n'],
    ['only newlines', '\n'.repeat(10_000)],
    ['a key at the very end', 'Fix.\n\nPatch by:'],
    ['an unclosed aside', `Fix.\n\nPatch by: jrandom\n(${'words '.repeat(2000)}\n`],
    ['nested parentheses', `Fix.\n\nPatch by: jrandom\n${'('.repeat(5000)}${')'.repeat(5000)}\n`],
  ])('reads %s', (_name, input) => {
    expect(() => parseMessage(input)).not.toThrow();
    expectValuesFromInput(input, parseMessage(input));
  });

  it('reads a 100,000-line body in linear time', () => {
    const body = Array.from({ length: 100_000 }, (_, i) =>
      i % 10 === 0 ? `Patch by: user${i}` : `  * file${i}.c (fn): Changed by: someone.`,
    ).join('\n');
    const start = performance.now();
    const parsed = parseMessage(`Subject\n\n${body}\n`);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(parsed.credits.length).toBe(1000);
    expect(parsed.skipped.map((s) => s.reason)).toContain('credit-limit');
  });

  it('reads 10,000 trailers, credits up to the cap and says what it skipped', () => {
    const trailers = Array.from(
      { length: 10_000 },
      (_, i) =>
        `Reviewed-by: Person Number${String.fromCharCode(65 + (i % 26))} <p${i}@example.org>`,
    );
    const start = performance.now();
    const parsed = parseMessage(`Subject\n\nBody.\n\n${trailers.join('\n')}\n`);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(parsed.credits).toHaveLength(1000);
    expect(parsed.skipped).toEqual([
      { reason: 'credit-limit', line: 1005, text: 'stopped reading after 1000 credits' },
    ]);
  });

  it('reads 10,000 trailers naming one person as one credit', () => {
    const trailers = 'Signed-off-by: Jane Doe <jane@example.org>\n'.repeat(10_000);
    const parsed = parseMessage(`Subject\n\n${trailers}`);
    expect(parsed.credits).toHaveLength(1);
    expect(parsed.skipped).toEqual([]);
  });

  it('skips and reports a field line that is too long', () => {
    const parsed = parseMessage(`Fix.\n\nPatch by: ${'x'.repeat(5000)}\nReview by: sally\n`);
    expect(parsed.credits.map((c) => c.identity)).toEqual(['u=sally']);
    expect(parsed.skipped.map((s) => [s.reason, s.line])).toEqual([['line-too-long', 3]]);
  });

  it('reads a megabyte on one line with many keys in linear time', () => {
    const line = 'Patch by: x '.repeat(100_000);
    const start = performance.now();
    parseMessage(`${line}\n${line}\n`);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('bounds its reports', () => {
    const parsed = parseMessage(`S\n\n${'Noticed-by: somebody\n'.repeat(500)}`);
    expect(parsed.unrecognised).toHaveLength(50);
    expect(parsed.omittedReports).toBe(450);
  });
});

// The data folder sits beside the repository: ../shared/data from the repository root.
const dataFile = fileURLToPath(
  new URL('../../../../shared/data/git-commit-messages.jsonl.gz', import.meta.url),
);

interface DataRow {
  sha: string;
  author: { name: string; email: string };
  message: string;
}

describe.skipIf(!existsSync(dataFile))('real commit messages', () => {
  const rows = (): DataRow[] =>
    gunzipSync(readFileSync(dataFile))
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as DataRow);

  it('credits them without throwing, sanely', () => {
    let explicit = 0;
    let credited = 0;
    const data = rows();
    for (const row of data) {
      const result = creditCommit({ message: row.message, author: row.author });
      const named = result.credits.filter((c) => !c.implied);
      explicit += named.length;
      credited += result.credited ? 1 : 0;
      expect(named.length).toBeLessThan(60);
      for (const credit of named) {
        const name = credit.person.name ?? '';
        // Not a ChangeLog line, a path or a sentence.
        expect(name).not.toMatch(/^[*\-+#>]|\):|\/|\s{2}/);
        expect(name.split(' ').length).toBeLessThanOrEqual(8);
        const sentence = /[.!?]$/.test(name) && (name.match(/\s\p{Ll}/gu)?.length ?? 0) >= 2;
        expect(sentence, name).toBe(false);
      }
    }
    expect(data).toHaveLength(5000);
    // Most of these messages carry trailers: a few per commit, not none and not dozens.
    expect(credited).toBeGreaterThan(4000);
    expect(explicit / credited).toBeGreaterThan(2);
    expect(explicit / credited).toBeLessThan(6);
  });
});
