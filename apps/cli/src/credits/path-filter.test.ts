import { describe, expect, it } from 'vitest';
import { createPathFilter } from './path-filter';

describe('createPathFilter', () => {
  it('lets every commit through without globs', async () => {
    expect(await createPathFilter([])).toBeUndefined();
  });

  const touches = createPathFilter(['subversion/libsvn_wc/**', '*.md', '.github/**']);
  it.each([
    [[{ path: 'subversion/libsvn_wc/adm.c', change: 'M' as const }], true],
    [[{ path: 'README.md', change: 'A' as const }], true],
    [[{ path: '.github/workflows/ci.yml', change: 'M' as const }], true],
    [[{ path: 'docs/README.md', change: 'M' as const }], false],
    [[{ path: 'subversion/libsvn_client/x.c', change: 'M' as const }], false],
    [[{ path: 'old/x.c', oldPath: 'subversion/libsvn_wc/x.c', change: 'R' as const }], true],
    [[], false],
  ])('%j → %s', async (files, expected) => {
    expect((await touches)?.(files)).toBe(expected);
  });
});
