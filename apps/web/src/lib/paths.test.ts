import { describe, expect, it } from 'vitest';
import {
  contributorsHref,
  itemHref,
  linkHost,
  mergesHref,
  moduleHref,
  normalizeModulePath,
  personHref,
  safeNext,
  signInHref,
  sourcesHref,
} from './paths';

describe('paths', () => {
  it('keeps module slugs readable and escapes the rest', () => {
    expect(moduleHref('cpython', 'lib/async io')).toBe('/p/cpython/m/lib/async%20io');
    expect(normalizeModulePath('/lib/asyncio/')).toBe('lib/asyncio');
  });

  it('places items and sources under their project', () => {
    expect(itemHref('cpython', 'itm_1z')).toBe('/p/cpython/i/itm_1z');
    expect(sourcesHref('cpython')).toBe('/p/cpython/sources');
  });

  it('places contributors, people and merges under their project', () => {
    expect(contributorsHref('cpython', '?role=review')).toBe('/p/cpython/contributors?role=review');
    expect(personHref('cpython', 'per_3')).toBe('/p/cpython/people/per_3');
    expect(mergesHref('cpython')).toBe('/p/cpython/merges');
  });
});

describe('signing in', () => {
  it('comes back to where the reader was', () => {
    expect(signInHref('/p/cpython/merges')).toBe('/sign-in?next=%2Fp%2Fcpython%2Fmerges');
    expect(signInHref('/', 'sign-up')).toBe('/sign-in?mode=sign-up');
    expect(signInHref('/sign-in?mode=sign-up')).toBe('/sign-in');
  });

  it('only ever goes to a path of this site', () => {
    expect(safeNext('/p/cpython?view=log')).toBe('/p/cpython?view=log');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext(null)).toBe('/');
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
