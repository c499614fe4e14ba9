import { describe, expect, it } from 'vitest';
import { decodeObfuscation, obfuscateEmails } from './obfuscation';

describe('decodeObfuscation', () => {
  it.each([
    ['jrandom{_AT_}example.org', 'jrandom@example.org'],
    ['jrandom {_AT_} example.org', 'jrandom@example.org'],
    ['jrandom{_AT_}example{_DOT_}org', 'jrandom@example.org'],
    ['jrandom <at> example.org', 'jrandom@example.org'],
    ['jrandom [at] example [dot] org', 'jrandom@example.org'],
    ['jrandom at example dot org', 'jrandom@example.org'],
    ['jrandom AT example DOT co DOT uk', 'jrandom@example.co.uk'],
    ['jrandom at example.org', 'jrandom@example.org'],
    ['Brian at ACME', 'Brian at ACME'],
    ['a date at noon', 'a date at noon'],
    ['Jane Doe', 'Jane Doe'],
  ])('%s', (text, expected) => {
    expect(decodeObfuscation(text)).toBe(expected);
  });
});

describe('obfuscateEmails', () => {
  it.each([
    ['Patch by: Jane <jane@example.org>', 'Patch by: Jane <jane {_AT_} example.org>'],
    ['a@b.org and c.d+e@f.example.net.', 'a {_AT_} b.org and c.d+e {_AT_} f.example.net.'],
    ['git-svn author jrandom@612f8ebc-c883', 'git-svn author jrandom {_AT_} 612f8ebc-c883'],
    ['no address @ here', 'no address @ here'],
    ['@@@', '@@@'],
    ['', ''],
  ])('%s', (text, expected) => {
    expect(obfuscateEmails(text)).toBe(expected);
  });

  it('leaves no address readable', () => {
    const out = obfuscateEmails('x@y.org, <z@w.org>, (q@r.org)');
    expect(out).not.toMatch(/[A-Za-z0-9]@[A-Za-z0-9]/);
  });

  it('costs linear time on a hostile text', () => {
    const text = `${'a'.repeat(200_000)}@${'b'.repeat(200_000)}${'@'.repeat(50_000)}`;
    const start = performance.now();
    obfuscateEmails(text);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
