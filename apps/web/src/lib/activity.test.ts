import { describe, expect, it } from 'vitest';
import { fillMonths, formatMonth, summarizeActivity } from './activity';

const long = (month: string) => formatMonth(month, 'long');

describe('fillMonths', () => {
  it('fills the quiet months between the first and the last, across a year', () => {
    expect(
      fillMonths([
        { month: '2023-11', items: 2, people: 1 },
        { month: '2024-02', items: 5, people: 3 },
      ]),
    ).toEqual([
      { month: '2023-11', items: 2, people: 1 },
      { month: '2023-12', items: 0, people: 0 },
      { month: '2024-01', items: 0, people: 0 },
      { month: '2024-02', items: 5, people: 3 },
    ]);
  });

  it('sorts what it is given and ignores what is not a month', () => {
    expect(
      fillMonths([
        { month: '2024-03', items: 1, people: 1 },
        { month: 'soon', items: 9, people: 9 },
        { month: '2024-02', items: 4, people: 2 },
      ]).map((p) => p.month),
    ).toEqual(['2024-02', '2024-03']);
    expect(fillMonths([])).toEqual([]);
  });
});

describe('summarizeActivity', () => {
  it('says the span, the total and the busiest month', () => {
    expect(
      summarizeActivity([
        { month: '2024-03', items: 2, people: 2 },
        { month: '2024-05', items: 6, people: 3 },
        { month: '2024-06', items: 1, people: 1 },
      ]),
    ).toBe(
      `9 changes credited over 4 months, ${long('2024-03')} to ${long('2024-06')}. ` +
        `The busiest month was ${long('2024-05')}, with 6 changes by 3 people.`,
    );
  });

  it('names no busiest month when several are as busy', () => {
    expect(
      summarizeActivity([
        { month: '2024-01', items: 1, people: 1 },
        { month: '2024-02', items: 1, people: 2 },
      ]),
    ).toBe(
      `2 changes credited over 2 months, ${long('2024-01')} to ${long('2024-02')}. ` +
        'The busiest months had 1 change each.',
    );
  });

  it('speaks of one month in one sentence, and of one person without people', () => {
    expect(summarizeActivity([{ month: '2024-03', items: 1, people: 1 }])).toBe(
      `1 change credited in ${long('2024-03')} by 1 person.`,
    );
    expect(
      summarizeActivity([{ month: '2024-03', items: 3, people: 1 }], { withPeople: false }),
    ).toBe(`3 changes credited in ${long('2024-03')}.`);
  });

  it('says when there is nothing', () => {
    expect(summarizeActivity([])).toBe('No credited changes.');
  });
});
