import { describe, expect, it } from 'vitest';
import { countRole, describeImpliedCredit, describeRoles, roleTitle } from './roles';

describe('countRole', () => {
  it.each([
    ['patch', 1, '1 patch'],
    ['patch', 19, '19 patches'],
    ['review', 4, '4 reviews'],
    ['found', 1, '1 found'],
    ['found', 3, '3 found'],
    ['coauthor', 2, '2 co-authored'],
    ['signoff', 2, '2 sign-offs'],
    ['requested', 5, '5 requested'],
  ])('%s × %i is “%s”', (role, count, words) => {
    expect(countRole(role, count)).toBe(words);
  });

  it('is not fooled by names of object properties', () => {
    expect(countRole('constructor', 2)).toBe('2 constructor');
  });
});

describe('describeRoles', () => {
  it('says the counts in the order given, as the index of contributors does', () => {
    expect(
      describeRoles([
        { role: 'patch', count: 19 },
        { role: 'review', count: 4 },
        { role: 'found', count: 1 },
      ]),
    ).toBe('19 patches, 4 reviews, 1 found');
  });

  it('leaves out roles counted zero times', () => {
    expect(describeRoles([{ role: 'patch', count: 0 }])).toBe('no credits');
    expect(describeRoles([])).toBe('no credits');
  });
});

describe('roleTitle', () => {
  it('names known roles and capitalizes a project’s own', () => {
    expect(roleTitle('review')).toBe('Reviews');
    expect(roleTitle('signoff')).toBe('Sign-offs');
    expect(roleTitle('requested')).toBe('Requested');
  });
});

describe('describeImpliedCredit', () => {
  it('says what a credit without a line stands for', () => {
    expect(describeImpliedCredit('patch')).toBe('The author of the change');
    expect(describeImpliedCredit('found')).toBe('Reported it');
    expect(describeImpliedCredit('helped')).toBe('From the tracker’s records');
  });
});
