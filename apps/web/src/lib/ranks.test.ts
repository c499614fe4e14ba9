import { describe, expect, it } from 'vitest';
import { describeRanking, formatScore, rankByScore } from './ranks';

describe('rankByScore', () => {
  it.each([
    [[], []],
    [[9], [1]],
    [
      [40, 12, 12, 3],
      [1, 2, 2, 4],
    ],
    [
      [5, 5, 5],
      [1, 1, 1],
    ],
    [
      [7, 6, 1, 1, 0],
      [1, 2, 3, 3, 5],
    ],
  ])('ranks %j as %j', (scores, ranks) => {
    expect(rankByScore(scores)).toEqual(ranks);
  });
});

describe('formatScore', () => {
  it('shows whole scores without decimals', () => {
    expect(formatScore(42)).toBe(new Intl.NumberFormat().format(42));
    expect(formatScore(2.5)).toBe(new Intl.NumberFormat().format(2.5));
  });
});

describe('describeRanking', () => {
  it.each([
    [{ shown: 12, total: 12, filter: '' }, '12 contributors, ranked by score.'],
    [{ shown: 1, total: 1, filter: '' }, '1 contributor, ranked by score.'],
    [
      { shown: 25, total: 140, filter: 'reviews' },
      '25 of 140 contributors (reviews), ranked by score.',
    ],
    [{ shown: 0, total: 0, filter: 'reviews' }, 'No one is credited (reviews).'],
    [{ shown: 0, total: 0, filter: '' }, 'No one is credited yet.'],
  ])('%j', (ranking, words) => {
    expect(describeRanking(ranking)).toBe(words);
  });
});
