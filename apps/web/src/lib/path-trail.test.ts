import { describe, expect, it } from 'vitest';
import { commonFolder, pathTrail } from './path-trail';

describe('pathTrail', () => {
  it('names every folder from the root down', () => {
    expect(pathTrail('lib/parser/rules')).toEqual([
      { label: 'lib', path: 'lib' },
      { label: 'parser', path: 'lib/parser' },
      { label: 'rules', path: 'lib/parser/rules' },
    ]);
  });

  it('has no step for the root, and ignores stray slashes', () => {
    expect(pathTrail('')).toEqual([]);
    expect(pathTrail('/lib//parser/')).toEqual([
      { label: 'lib', path: 'lib' },
      { label: 'parser', path: 'lib/parser' },
    ]);
  });
});

describe('commonFolder', () => {
  it.each([
    [['lib/lexer', 'lib/parser'], 'lib'],
    [['lib/parser/a.ts', 'lib/parser/rules'], 'lib/parser'],
    [['Lib/asyncio', 'Doc/library/asyncio.rst'], ''],
    [['README.md'], ''],
    [['lib/parser/a.ts'], 'lib/parser'],
    [['lib/parser/a.ts', 'lib/parse/b.ts'], 'lib'],
    [[], ''],
  ])('%j sit in %j', (paths, folder) => {
    expect(commonFolder(paths)).toBe(folder);
  });
});
