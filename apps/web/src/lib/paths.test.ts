import { describe, expect, it } from 'vitest';
import { itemHref, linkHost, moduleHref, normalizeModulePath, sourcesHref } from './paths';

describe('paths', () => {
  it('keeps module slugs readable and escapes the rest', () => {
    expect(moduleHref('cpython', 'lib/async io')).toBe('/p/cpython/m/lib/async%20io');
    expect(normalizeModulePath('/lib/asyncio/')).toBe('lib/asyncio');
  });

  it('places items and sources under their project', () => {
    expect(itemHref('cpython', 'itm_1z')).toBe('/p/cpython/i/itm_1z');
    expect(sourcesHref('cpython')).toBe('/p/cpython/sources');
  });
});

describe('linkHost', () => {
  it.each([
    ['https://github.com/python/cpython/pull/1', 'github.com'],
    ['https://www.example.org/feed', 'example.org'],
    ['not a url', 'original'],
  ])('%s says %s', (url, host) => {
    expect(linkHost(url)).toBe(host);
  });
});
