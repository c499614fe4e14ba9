import { describe, expect, it } from 'vitest';
import { describeMergeReason, mergeFilterVariable, readMergeFilter } from './merges';

describe('readMergeFilter', () => {
  it.each([
    ['', 'all'],
    ['?show=active', 'active'],
    ['?show=undone', 'undone'],
    ['?show=everything', 'all'],
  ])('reads %j as %s', (search, filter) => {
    expect(readMergeFilter(new URLSearchParams(search))).toBe(filter);
  });
});

describe('mergeFilterVariable', () => {
  it('asks for every merge, the active ones or the undone ones', () => {
    expect(mergeFilterVariable('all')).toBeNull();
    expect(mergeFilterVariable('active')).toBe(false);
    expect(mergeFilterVariable('undone')).toBe(true);
  });
});

describe('describeMergeReason', () => {
  it('says each reason in words, and an unknown one as it is', () => {
    expect(describeMergeReason('mailmap')).toBe('A .mailmap entry');
    expect(describeMergeReason('email')).toBe('Same e-mail address');
    expect(describeMergeReason('toString')).toBe('toString');
  });
});
