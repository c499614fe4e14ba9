import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse-message';
import { createCreditConfig } from './roles';

/** `role person` for each credit, person as its identity key (or `me`), in message order. */
function credits(message: string, config = createCreditConfig()): string[] {
  return parseMessage(message, { config }).credits.map((c) => `${c.role} ${c.identity}`);
}

describe('parseMessage: Subversion fields', () => {
  it.each([
    ['one person', 'Fix a leak.\n\nPatch by: jrandom\n', ['patch u=jrandom']],
    ['no space after the colon', 'Fix.\n\nPatch by:jrandom\n', ['patch u=jrandom']],
    [
      'continuation lines, one person each',
      'Fix.\n\nPatch by: Jane Doe <jane@example.org>\n          sally\n          Ann Other\n',
      ['patch n=Jane Doe;e=jane@example.org', 'patch u=sally', 'patch n=Ann Other'],
    ],
    [
      'the key alone, people on indented lines below',
      'Fix.\n\nReview by:\n   stsp\n   brane\n',
      ['review u=stsp', 'review u=brane'],
    ],
    [
      'a repeated key continues the field',
      'Fix.\n\nFound by: jrandom\nFound by: sally\n',
      ['found u=jrandom', 'found u=sally'],
    ],
    [
      'several fields in a row',
      'Fix.\n\nPatch by: jrandom\nReview by: sally\nSuggested by: Ann Other\nInspired by: bob\nTested by: carol\n',
      [
        'patch u=jrandom',
        'review u=sally',
        'suggested n=Ann Other',
        'inspired u=bob',
        'tested u=carol',
      ],
    ],
    [
      'fields in the middle of a message',
      "Fix.\n\nPatch by: jrandom\n\n* subversion/foo.c\n  (bar): Don't crash.\n",
      ['patch u=jrandom'],
    ],
    [
      'the Reviewed by and Reported by spellings',
      'X\n\nReviewed by: a1\nReported by: b2\n',
      ['review u=a1', 'found u=b2'],
    ],
    ['me', 'Fix.\n\nPatch by: me\n', ['patch me']],
    ['a key in any case', 'Fix.\n\nPATCH BY: jrandom\n', ['patch u=jrandom']],
    [
      'an empty field is not a credit',
      'Fix.\n\nPatch by:\n\nReview by: sally\n',
      ['review u=sally'],
    ],
  ])('%s', (_name, message, expected) => {
    expect(credits(message)).toEqual(expected);
  });
});

describe('parseMessage: lines after a field that are not people', () => {
  it.each([
    [
      'an indented ChangeLog entry ends the field',
      'Fix.\n\nReview by: julianfoad\n   * subversion/libsvn_wc/adm.c (svn_wc__foo): Tweak.\n',
      ['review u=julianfoad'],
    ],
    [
      'a ChangeLog entry at column 0 ends the field',
      'Fix.\n\nPatch by: sally\n* subversion/include/svn_io.h\n  (svn_io_foo): New.\n',
      ['patch u=sally'],
    ],
    [
      'a ChangeLog continuation in parentheses is no aside',
      'Fix.\n\nPatch by: sally\n  (svn_io_foo): New function.\n  jrandom\n',
      ['patch u=sally'],
    ],
    [
      'an indented sentence ends the field',
      'Fix.\n\nFound by: sally\n  while testing the new release on a laptop.\n',
      ['found u=sally'],
    ],
    [
      'a path ends the field',
      'Fix.\n\nPatch by: sally\n  subversion/tests/foo.c\n',
      ['patch u=sally'],
    ],
  ])('%s', (_name, message, expected) => {
    expect(credits(message)).toEqual(expected);
  });
});

describe('parseMessage: asides', () => {
  it.each([
    [
      'on one line',
      'Fix.\n\nPatch by: jrandom\n(Tweaked by me.)\n',
      [['u=jrandom', '(Tweaked by me.)']],
    ],
    [
      'indented, for every person above',
      'Fix.\n\nPatch by: jrandom\n          sally\n          (both on IRC)\n',
      [
        ['u=jrandom', '(both on IRC)'],
        ['u=sally', '(both on IRC)'],
      ],
    ],
    [
      'on several lines',
      'Fix.\n\nFound by: Ann Other <ann@example.org>\n(She reported it on the users list,\n a long time ago.)\nReview by: bob\n',
      [
        ['n=Ann Other;e=ann@example.org', '(She reported it on the users list,\na long time ago.)'],
        ['u=bob', undefined],
      ],
    ],
    [
      'after the name on the same line',
      'Fix.\n\nTested by: Jane Doe <jane@example.org> (on Windows)\n',
      [['n=Jane Doe;e=jane@example.org', '(on Windows)']],
    ],
    [
      'the field goes on after an aside',
      'Fix.\n\nPatch by: jrandom\n          (the tests)\n          sally\n',
      [
        ['u=jrandom', '(the tests)'],
        ['u=sally', undefined],
      ],
    ],
  ])('%s', (_name, message, expected) => {
    const parsed = parseMessage(message);
    expect(parsed.credits.map((c) => [c.identity, c.aside])).toEqual(expected);
  });

  it('never takes an aside for a name', () => {
    const parsed = parseMessage('Fix.\n\nPatch by: jrandom\n(Jane Doe wrote the tests)\n');
    expect(parsed.credits.map((c) => c.identity)).toEqual(['u=jrandom']);
  });
});

describe('parseMessage: several people on one line', () => {
  it.each([
    ['commas', 'X\n\nReview by: stsp, brane\n', ['review u=stsp', 'review u=brane']],
    ['and', 'X\n\nReview by: jrandom and sally\n', ['review u=jrandom', 'review u=sally']],
    [
      'full names and addresses',
      'X\n\nPatch by: Jane Doe <jane@example.org>, John Roe <john@example.org>\n',
      ['patch n=Jane Doe;e=jane@example.org', 'patch n=John Roe;e=john@example.org'],
    ],
    [
      'commas and a final and',
      'X\n\nFound by: Jane Doe, John Roe, and Ann Other\n',
      ['found n=Jane Doe', 'found n=John Roe', 'found n=Ann Other'],
    ],
    [
      'a suffix stays with its name',
      'X\n\nPatch by: Larry Shatzer, Jr.\n',
      ['patch n=Larry Shatzer, Jr.'],
    ],
    [
      'a surname first stays whole',
      'X\n\nFound by: Brown, Jonathan W\n',
      ['found n=Brown, Jonathan W'],
    ],
    [
      'a surname first with an address stays whole',
      'X\n\nReported-by: Kovács, Bence <bence@example.org>\n',
      ['found n=Kovács, Bence;e=bence@example.org'],
    ],
    [
      'a note with a comma stays with its person',
      'X\n\nTested by: jrandom (Linux, macOS)\n',
      ['tested u=jrandom'],
    ],
    ['others are nobody', 'X\n\nFound by: Jane Doe and others\n', ['found n=Jane Doe']],
  ])('%s', (_name, message, expected) => {
    expect(credits(message)).toEqual(expected);
  });
});

describe('parseMessage: git trailers', () => {
  it.each([
    [
      'a trailer block',
      'Subject\n\nBody.\n\nReviewed-by: Jane Doe <jane@example.org>\nSigned-off-by: John Roe <john@example.org>\n',
      ['review n=Jane Doe;e=jane@example.org', 'signoff n=John Roe;e=john@example.org'],
    ],
    [
      'a folded trailer',
      'Subject\n\nHelped-by: Some Rather Long Name\n  <long.name@example.org>\nSigned-off-by: A B <ab@example.org>\n',
      ['helped n=Some Rather Long Name;e=long.name@example.org', 'signoff n=A B;e=ab@example.org'],
    ],
    [
      'keys in odd case',
      'Subject\n\nreviewed-BY: Jane Doe <jane@example.org>\nSigned-Off-By: Jane Doe <jane@example.org>\n',
      ['review n=Jane Doe;e=jane@example.org', 'signoff n=Jane Doe;e=jane@example.org'],
    ],
    [
      'reported and tested gives two roles',
      'Subject\n\nReported-and-tested-by: Jane Doe <jane@example.org>\n',
      ['found n=Jane Doe;e=jane@example.org', 'tested n=Jane Doe;e=jane@example.org'],
    ],
    [
      'Co-authored-by with a no-reply address',
      'Subject\n\nCo-authored-by: Octo Cat <98765+octocat@users.noreply.github.com>\n',
      ['coauthor n=Octo Cat;e=98765+octocat@users.noreply.github.com;g=octocat'],
    ],
    [
      'Co-authored-by with an old no-reply address',
      'Subject\n\nCo-authored-by: octocat <octocat@users.noreply.github.com>\n',
      ['coauthor n=octocat;e=octocat@users.noreply.github.com;g=octocat'],
    ],
    [
      'among other trailers and a cherry-pick note',
      'Subject\n\nFixes: #123\nLink: https://example.org/x\nAcked-by: Jane Doe <jane@example.org>\n(cherry picked from commit 0123456789abcdef)\n',
      ['acked n=Jane Doe;e=jane@example.org'],
    ],
    [
      'a trailer-shaped line in running text is no trailer',
      'Subject\n\nThe header names who reviewed it, e.g.\nReviewed-by: Jane Doe <jane@example.org>\nand the tool reads it from there and from many other places too,\nso this paragraph is prose about trailers.\n\nSigned-off-by: A B <ab@example.org>\n',
      ['signoff n=A B;e=ab@example.org'],
    ],
    [
      'a paragraph of trailers above a last note',
      'Subject\n\nAcked-by: Jane Doe <jane@example.org>\nTested-by: John Roe <john@example.org>\n\n[ A note added while applying. ]\n',
      ['acked n=Jane Doe;e=jane@example.org', 'tested n=John Roe;e=john@example.org'],
    ],
    [
      'Mentored-by and Helped-by',
      'Subject\n\nMentored-by: Jane Doe <jane@example.org>\nHelped-by: John Roe <john@example.org>\n',
      ['mentored n=Jane Doe;e=jane@example.org', 'helped n=John Roe;e=john@example.org'],
    ],
  ])('%s', (_name, message, expected) => {
    expect(credits(message)).toEqual(expected);
  });

  it('keeps the raw folded text of a trailer', () => {
    const [credit] = parseMessage('S\n\nReviewed-by: A Long Name\n <a@example.org>\n').credits;
    expect(credit?.rawLine).toBe('Reviewed-by: A Long Name\n <a@example.org>');
  });
});

describe('parseMessage: fields that credit nobody', () => {
  it.each([
    ['Approved by', 'Merge r1234 to 1.14.x.\n\nApproved by: jrandom\n'],
    ['Cc', 'S\n\nCc: Jane Doe <jane@example.org>\n'],
    ['Closes', 'S\n\nCloses: #12\n'],
    ['prose ending in by', 'The patch was generated by:\n\n  spatch --sp-file foo.cocci\n'],
  ])('%s', (_name, message) => {
    const parsed = parseMessage(message);
    expect(parsed.credits).toEqual([]);
    expect(parsed.unrecognised).toEqual([]);
  });

  it.each([
    ['a misspelt Subversion field', 'Fix.\n\nReveiw by: jrandom\n', 'Reveiw by'],
    ['an unknown Subversion field', 'Fix.\n\nTweaked by: jrandom\n', 'Tweaked by'],
    ['an unknown trailer', 'S\n\nNoticed-by: Jane Doe <jane@example.org>\n', 'Noticed-by'],
    ['a misspelt trailer', 'S\n\nHepled-by: Jane Doe <jane@example.org>\n', 'Hepled-by'],
  ])('reports %s as unrecognised', (_name, message, key) => {
    const parsed = parseMessage(message);
    expect(parsed.credits).toEqual([]);
    expect(parsed.unrecognised.map((u) => u.key)).toEqual([key]);
  });

  it('reports a value that names nobody', () => {
    const parsed = parseMessage('Fix.\n\nFound by: running the whole test suite under valgrind\n');
    expect(parsed.credits).toEqual([]);
    expect(parsed.skipped).toEqual([
      {
        reason: 'not-a-person',
        line: 3,
        text: 'Found by: running the whole test suite under valgrind',
      },
    ]);
  });
});

describe('parseMessage: duplicates', () => {
  it('credits a person named twice in one field once', () => {
    expect(credits('Fix.\n\nReview by: sally\n           sally\n')).toEqual(['review u=sally']);
  });

  it('credits a person named in two roles once in each', () => {
    expect(
      credits(
        'S\n\nReviewed-by: A B <a@b.org>\nTested-by: A B <a@b.org>\nReviewed-by: A B <a@b.org>\n',
      ),
    ).toEqual(['review n=A B;e=a@b.org', 'tested n=A B;e=a@b.org']);
  });
});

describe('parseMessage: one person a line', () => {
  it('never joins a name with an address on the next line', () => {
    const parsed = parseMessage('Fix.\n\nPatch by: Jane Doe\n          <john@example.org>\n');
    expect(parsed.credits.map((c) => c.identity)).toEqual(['n=Jane Doe', 'e=john@example.org']);
  });
});

describe('parseMessage: git-svn', () => {
  it('reads the revision and leaves the line out of the body', () => {
    const message =
      'Fix.\n\nPatch by: sally\n\ngit-svn-id: https://svn.example.org/repos/p/trunk@1234 612f8ebc-c883-4be0-9ee0-a4e9ef946e3a\n';
    const parsed = parseMessage(message);
    expect(parsed.svn).toEqual({
      revision: 1234,
      url: 'https://svn.example.org/repos/p/trunk',
      uuid: '612f8ebc-c883-4be0-9ee0-a4e9ef946e3a',
    });
    expect(parsed.body).toBe('Fix.\n\nPatch by: sally');
    expect(credits(message)).toEqual(['patch u=sally']);
  });
});

describe('parseMessage: configuration', () => {
  it('takes a project alias', () => {
    const config = createCreditConfig({ fields: { 'Requested by': 'suggested' } });
    expect(credits('Fix.\n\nRequested by: jrandom\n', config)).toEqual(['suggested u=jrandom']);
    expect(parseMessage('Fix.\n\nRequested by: jrandom\n').unrecognised).toHaveLength(1);
  });

  it('takes a new role with a key of another ending', () => {
    const config = createCreditConfig({ roles: { thanks: 1 }, fields: { Thanks: 'thanks' } });
    expect(credits('S\n\nThanks: Jane Doe <jane@example.org>\n', config)).toEqual([
      'thanks n=Jane Doe;e=jane@example.org',
    ]);
  });

  it('ignores keys a project says credit nobody', () => {
    const config = createCreditConfig({ ignored: ['Backported by'] });
    const parsed = parseMessage('Fix.\n\nBackported by: jrandom\n', { config });
    expect(parsed.credits).toEqual([]);
    expect(parsed.unrecognised).toEqual([]);
  });
});
