import { describe, expect, it } from 'vitest';
import { chooseDisplayName } from './person-name';

describe('chooseDisplayName', () => {
  it.each([
    ['a name from .mailmap or COMMITTERS first', [{ name: 'J Doe' }], ['Jane Doe'], 'Jane Doe'],
    ['a full name over a one-word name', [{ name: 'Jane' }, { name: 'Jane Doe' }], [], 'Jane Doe'],
    ['a one-word name over a username', [{ name: 'Jane', username: 'jd' }], [], 'Jane'],
    ['a username over a login', [{ username: 'jd', githubLogin: 'jd-gh' }], [], 'jd'],
    ['an address when nothing else', [{ email: 'jd@example.org' }], [], 'jd@example.org'],
    [
      'a web address for a tool',
      [{ url: 'https://scan.example.org' }],
      [],
      'https://scan.example.org',
    ],
    ['ties by the name itself', [{ name: 'Jane Roe' }, { name: 'Jane Doe' }], [], 'Jane Doe'],
    ['nobody', [], [], 'unknown'],
  ])('%s', (_name, identities, canonical, expected) => {
    expect(chooseDisplayName(identities, canonical)).toBe(expected);
  });

  it('prefers the name credited most', () => {
    const identities = [{ name: 'Jane Doe' }, { name: 'Jane Q. Doe' }];
    expect(chooseDisplayName(identities, [], (i) => (i === 1 ? 10 : 1))).toBe('Jane Q. Doe');
  });
});
