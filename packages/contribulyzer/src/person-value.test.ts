import { describe, expect, it } from 'vitest';
import { parsePersonValue, splitPeople } from './person-value';

describe('parsePersonValue', () => {
  it.each([
    ['jrandom', { username: 'jrandom' }],
    ['j.random_2', { username: 'j.random_2' }],
    ['me', 'me'],
    ['Jane Doe', { name: 'Jane Doe' }],
    ['Jane Doe <jane@example.org>', { name: 'Jane Doe', email: 'jane@example.org' }],
    ['"Doe, Jane" <jane@example.org>', { name: 'Doe, Jane', email: 'jane@example.org' }],
    ['<jane@example.org>', { email: 'jane@example.org' }],
    ['jane@example.org', { email: 'jane@example.org' }],
    ['Jane Doe (jane@example.org)', { name: 'Jane Doe', email: 'jane@example.org' }],
    ['Jane Doe <jane@example.org', { name: 'Jane Doe', email: 'jane@example.org' }],
    [
      'Coverity Scan <https://scan.example.com/>',
      { name: 'Coverity Scan', url: 'https://scan.example.com/' },
    ],
    [
      'clang static analyzer <https://analyzer.example.net/>',
      { name: 'clang static analyzer', url: 'https://analyzer.example.net/' },
    ],
    [
      'OSS-Fuzz <https://fuzz.example.org/>',
      { name: 'OSS-Fuzz', url: 'https://fuzz.example.org/' },
    ],
    ['jrandom{_AT_}example.org', { email: 'jrandom@example.org' }],
    ['Jane Doe <jane {_AT_} example.org>', { name: 'Jane Doe', email: 'jane@example.org' }],
    ['Jane Doe <jane <at> example.org>', { name: 'Jane Doe', email: 'jane@example.org' }],
    ['jrandom at example dot org', { email: 'jrandom@example.org' }],
    [
      'Jane Doe <jane at mail dot example dot org>',
      { name: 'Jane Doe', email: 'jane@mail.example.org' },
    ],
    ['José Ramírez', { name: 'José Ramírez' }],
    ['Nguyễn Thị Minh', { name: 'Nguyễn Thị Minh' }],
    ["Jean-Noël d'Artois", { name: "Jean-Noël d'Artois" }],
    ['Guido van Rossum', { name: 'Guido van Rossum' }],
    ['YAMADA Taro', { name: 'YAMADA Taro' }],
    ['山田太郎', { name: '山田太郎' }],
    ['Дмитрий Соколов', { name: 'Дмитрий Соколов' }],
    ['محمد العلي', { name: 'محمد العلي' }],
    ['ประเสริฐ ใจดี', { name: 'ประเสริฐ ใจดี' }],
    ['Ángel de la Cruz, Sr.', { name: 'Ángel de la Cruz, Sr.' }],
    ['Adam Abbott III', { name: 'Adam Abbott III' }],
    ["Siobhán O'Brien <s@example.org>", { name: "Siobhán O'Brien", email: 's@example.org' }],
    ['山田 太郎 <taro@example.jp>', { name: '山田 太郎', email: 'taro@example.jp' }],
    ['J. Random Hacker', { name: 'J. Random Hacker' }],
    ['Larry Shatzer, Jr.', { name: 'Larry Shatzer, Jr.' }],
    ['Ren\uFFFD Dupont', { name: 'Ren\uFFFD Dupont' }],
    [
      'octo <12345+octo@users.noreply.github.com>',
      { name: 'octo', email: '12345+octo@users.noreply.github.com', githubLogin: 'octo' },
    ],
  ])('%s', (text, expected) => {
    expect(parsePersonValue(text)?.person).toEqual(expected);
  });

  it.each([
    ['a note in parentheses', 'jrandom (on IRC)', { username: 'jrandom' }, '(on IRC)'],
    [
      'words after the address',
      'Jane Doe <jane@example.org> via the tracker',
      { name: 'Jane Doe', email: 'jane@example.org' },
      'via the tracker',
    ],
    [
      'a note after the address',
      'Jane Doe <jane@example.org> (tests)',
      { name: 'Jane Doe', email: 'jane@example.org' },
      '(tests)',
    ],
  ])('keeps %s as the aside', (_name, text, person, aside) => {
    expect(parsePersonValue(text)).toEqual({ person, aside });
  });

  it.each([
    ['a ChangeLog line', '* subversion/libsvn_fs/tree.c (open_path): Check.'],
    ['a ChangeLog function line', '(svn_fs_foo): New.'],
    ['a file name', 'tree.c'],
    ['a path', 'subversion/libsvn_fs/tree.c'],
    ['a sentence', 'running the tests under valgrind'],
    ['a capitalized sentence', 'This was found while testing the release.'],
    ['a version', 'perl 5.36.1'],
    ['a channel', 'someone on #svn-dev'],
    ['an at that is no address', 'Brian at ACME'],
    ['nobody', 'others'],
    ['an empty value', '   '],
    ['control characters', 'Jane\u0000Doe'],
    ['a broken address', 'Jane Doe <jane@example.orgReviewed-by: John Roe <john@example.org>'],
    ['an address without an at', 'Jane Doe <jane.example.org>'],
    ['a bullet before an address', '* Jane Doe <jane@example.org>'],
    ['a web address without a name', '<https://example.org/>'],
    ['a very long value', `${'A'.repeat(400)} B`],
  ])('rejects %s', (_name, text) => {
    expect(parsePersonValue(text)).toBeUndefined();
  });

  it('keeps the address but not prose in front of it', () => {
    expect(parsePersonValue('thanks to the folks on the list <dev@example.org>')?.person).toEqual({
      email: 'dev@example.org',
    });
  });
});

describe('splitPeople', () => {
  it.each([
    ['stsp, brane', ['stsp', 'brane']],
    ['jrandom and sally', ['jrandom', 'sally']],
    ['Jane and John', ['Jane', 'John']],
    ['Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    ['me and sally', ['me', 'sally']],
    [
      'Jane Doe <a@example.org>, bob <b@example.org>',
      ['Jane Doe <a@example.org>', 'bob <b@example.org>'],
    ],
    ['Larry Shatzer, Jr.', ['Larry Shatzer, Jr.']],
    ['Larry Shatzer, Jr', ['Larry Shatzer, Jr']],
    ['Brown, Jonathan W', ['Brown, Jonathan W']],
    ['Windl, Ulrich <u.windl@example.org>', ['Windl, Ulrich <u.windl@example.org>']],
    ['Tom and Jerry’s cat', ['Tom and Jerry’s cat']],
    ['jrandom', ['jrandom']],
  ])('%s', (text, expected) => {
    expect(splitPeople(text)).toEqual(expected);
  });
});
