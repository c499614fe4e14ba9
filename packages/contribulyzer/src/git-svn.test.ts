import { describe, expect, it } from 'vitest';
import { isSvnUuidEmail, splitGitSvnId, svnUsernameFromEmail } from './git-svn';

const UUID = '13f79535-47bb-0310-9956-ffa450edef68';

describe('splitGitSvnId', () => {
  it.each([
    [`Fix.\n\ngit-svn-id: https://svn.example.org/r/trunk@42 ${UUID}\n`, 42, 'Fix.'],
    [`Fix.\n\ngit-svn-id: https://svn.example.org/r/trunk@42 ${UUID}`, 42, 'Fix.'],
    [`Fix.\n\ngit-svn-id: svn://svn.example.org/r/branches/1.x@7 ${UUID}\n\n`, 7, 'Fix.'],
  ])('reads %j', (message, revision, body) => {
    const result = splitGitSvnId(message);
    expect(result.origin?.revision).toBe(revision);
    expect(result.origin?.uuid).toBe(UUID);
    expect(result.body).toBe(body);
  });

  it.each([
    ['no line', 'Fix.\n'],
    ['the line quoted in the middle', `Fix.\n\ngit-svn-id: https://x@1 ${UUID}\n\nMore.\n`],
    ['a malformed line', 'Fix.\n\ngit-svn-id: somewhere\n'],
    ['an indented line', `Fix.\n\n  git-svn-id: https://x@1 ${UUID}\n`],
  ])('ignores %s', (_name, message) => {
    expect(splitGitSvnId(message)).toEqual({ origin: undefined, body: message });
  });
});

describe('git-svn authors', () => {
  it.each([
    [`jrandom@${UUID}`, 'jrandom', true],
    ['jrandom@example.org', 'jrandom', false],
    ['not an address', undefined, false],
  ])('%s', (email, username, uuid) => {
    expect(svnUsernameFromEmail(email)).toBe(username);
    expect(isSvnUuidEmail(email)).toBe(uuid);
  });
});
