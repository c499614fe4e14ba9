import { describe, expect, it } from 'vitest';
import { Router } from './router';

const router = new Router([
  { id: 1, path: 'lib', paths: ['Lib/**'], docs: [], labels: [], keywords: [] },
  {
    id: 2,
    path: 'lib/asyncio',
    paths: ['Lib/asyncio/**', 'Lib/test/test_asyncio/**'],
    docs: ['Doc/library/asyncio*.rst'],
    labels: ['topic-asyncio'],
    keywords: ['asyncio', 'event loop'],
  },
  { id: 3, path: 'docs', paths: ['Doc/**'], docs: [], labels: ['docs'], keywords: [] },
]);

describe('Router', () => {
  it.each([
    ['Lib/os.py', [{ moduleId: 1, reason: 'path' }]],
    [
      'Lib/asyncio/events.py',
      [
        { moduleId: 1, reason: 'path' },
        { moduleId: 2, reason: 'path' },
      ],
    ],
    [
      'Doc/library/asyncio-task.rst',
      [
        { moduleId: 2, reason: 'doc' },
        { moduleId: 3, reason: 'path' },
      ],
    ],
    ['Lib/.hidden/x.py', [{ moduleId: 1, reason: 'path' }]],
    ['Tools/x.py', []],
    ['lib/os.py', []],
  ])('routes the path %s', (path, expected) => {
    expect(router.forPath(path)).toEqual(expected);
  });

  it('matches labels without regard to case', () => {
    expect(router.forLabel('Topic-Asyncio')).toEqual([2]);
  });

  it.each([
    ['asyncio: fix a race', [2]],
    ['The Event Loop stalls', [2]],
    ['basyncio is not a word', []],
    ['unrelated', []],
  ])('routes the title %s by keyword', (title, expected) => {
    expect(router.forTitle(title)).toEqual(expected);
  });

  it('gives each link once, with its reason', () => {
    expect(
      router.route({
        paths: ['Lib/asyncio/a.py', 'Lib/asyncio/b.py'],
        labels: ['docs'],
        title: 'asyncio',
        modules: ['docs', 'missing'],
      }),
    ).toEqual([
      { moduleId: 1, reason: 'path' },
      { moduleId: 2, reason: 'path' },
      { moduleId: 3, reason: 'label' },
      { moduleId: 2, reason: 'keyword' },
      { moduleId: 3, reason: 'feed' },
    ]);
  });
});
