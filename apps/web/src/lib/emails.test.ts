import { describe, expect, it } from 'vitest';
import { obfuscateEmails } from './emails';

describe('obfuscateEmails', () => {
  it.each([
    ['Patch by: Bo Chen <bo@example.org>', 'Patch by: Bo Chen <bo {_AT_} example.org>'],
    [
      'Co-authored-by: a.b+c@mail.example.co.uk, x@y.org',
      'Co-authored-by: a.b+c {_AT_} mail.example.co.uk, x {_AT_} y.org',
    ],
    ['Review by: jrandom', 'Review by: jrandom'],
    ['see @mention and user@localhost', 'see @mention and user@localhost'],
    ['line one\nFound by: dan@example.org\n', 'line one\nFound by: dan {_AT_} example.org\n'],
  ])('%j', (text, shown) => {
    expect(obfuscateEmails(text)).toBe(shown);
  });

  it('stays quick on a long line with no address', () => {
    const long = `${'a'.repeat(200_000)}@`;
    const started = performance.now();
    expect(obfuscateEmails(long)).toBe(long);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
