import { describe, expect, it } from 'vitest';
import { describeCount, describeRoles, roleHeading } from './role-labels';

describe('role labels', () => {
  it('reads as the rules show it', () => {
    expect(describeRoles({ patch: 19, review: 4, found: 1 })).toBe(
      '19 patches, 4 reviews, 1 found',
    );
  });

  it.each([
    ['patch', 1, '1 patch'],
    ['suggested', 2, '2 suggestions'],
    ['signoff', 3, '3 sign-offs'],
    ['coauthor', 1, '1 co-authored'],
    ['translated', 5, '5 translated'],
  ])('%s × %i', (role, count, text) => {
    expect(describeCount(role, count)).toBe(text);
  });

  it('heads tables', () => {
    expect(roleHeading('review')).toBe('Reviews');
    expect(roleHeading('translated')).toBe('Translated');
  });
});
