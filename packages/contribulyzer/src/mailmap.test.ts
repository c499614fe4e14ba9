import { describe, expect, it } from 'vitest';
import { createMailmap, parseMailmap } from './mailmap';

const text = `# The project's mailmap
Jane Doe <jane@old.example.org>
<john@example.org> <john@laptop.local>
Ann Other <ann@example.org> <ann@old.example.org>
Bob Smith <bob@example.org> bobby <shared@example.org>
Carol Jones <carol@example.org> Carol <shared@example.org>   # two people shared a box

this line is no entry
`;

describe('parseMailmap', () => {
  it('reads all four forms and skips the rest', () => {
    const entries = parseMailmap(text);
    expect(entries.map(({ source, text: _text, ...rest }) => [source, rest])).toEqual([
      ['.mailmap:2', { properName: 'Jane Doe', commitEmail: 'jane@old.example.org' }],
      [
        '.mailmap:3',
        {
          properName: undefined,
          properEmail: 'john@example.org',
          commitName: undefined,
          commitEmail: 'john@laptop.local',
        },
      ],
      [
        '.mailmap:4',
        {
          properName: 'Ann Other',
          properEmail: 'ann@example.org',
          commitName: undefined,
          commitEmail: 'ann@old.example.org',
        },
      ],
      [
        '.mailmap:5',
        {
          properName: 'Bob Smith',
          properEmail: 'bob@example.org',
          commitName: 'bobby',
          commitEmail: 'shared@example.org',
        },
      ],
      [
        '.mailmap:6',
        {
          properName: 'Carol Jones',
          properEmail: 'carol@example.org',
          commitName: 'Carol',
          commitEmail: 'shared@example.org',
        },
      ],
    ]);
  });
});

describe('createMailmap', () => {
  const mailmap = createMailmap(parseMailmap(text));
  it.each([
    ['Jane', 'JANE@old.example.org', 'Jane Doe', undefined],
    ['John', 'john@laptop.local', undefined, 'john@example.org'],
    ['bobby', 'shared@example.org', 'Bob Smith', 'bob@example.org'],
    ['CAROL', 'shared@example.org', 'Carol Jones', 'carol@example.org'],
  ])('maps %s <%s>', (name, email, properName, properEmail) => {
    const entry = mailmap.lookup(name, email);
    expect([entry?.properName, entry?.properEmail]).toEqual([properName, properEmail]);
  });

  it.each([
    ['someone else on a shared address', 'Dave', 'shared@example.org'],
    ['an unknown address', 'Jane Doe', 'jane@new.example.org'],
    ['no address', 'Jane Doe', undefined],
  ])('leaves %s', (_name, name, email) => {
    expect(mailmap.lookup(name, email)).toBeUndefined();
  });
});
