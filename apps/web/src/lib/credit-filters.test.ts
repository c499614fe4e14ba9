import { describe, expect, it } from 'vitest';
import {
  creditFilterVariables,
  describeCreditFilters,
  normalizeDay,
  readCreditFilters,
  writeCreditFilters,
} from './credit-filters';

describe('readCreditFilters', () => {
  it.each([
    ['', { role: '', since: '', until: '' }],
    [
      '?role=Review&since=2024-01-01&until=2024-06-30',
      { role: 'review', since: '2024-01-01', until: '2024-06-30' },
    ],
    ['?role=a%20b&since=yesterday&until=2024-02-31', { role: '', since: '', until: '' }],
  ])('reads %j', (search, expected) => {
    expect(readCreditFilters(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('writeCreditFilters', () => {
  it('writes only the filters that are set, and reads them back', () => {
    const search = new URLSearchParams({ view: 'contributors' });
    const filters = { role: 'patch', since: '', until: '2024-12-31' };
    writeCreditFilters(search, filters);
    expect(search.toString()).toBe('view=contributors&role=patch&until=2024-12-31');
    expect(readCreditFilters(search)).toEqual(filters);
  });
});

describe('normalizeDay', () => {
  it('keeps real days only', () => {
    expect(normalizeDay(' 2024-02-29 ')).toBe('2024-02-29');
    expect(normalizeDay('2023-02-29')).toBe('');
    expect(normalizeDay(null)).toBe('');
  });
});

describe('creditFilterVariables', () => {
  it('includes the whole last day', () => {
    expect(
      creditFilterVariables({ role: 'found', since: '2024-01-01', until: '2024-12-31' }),
    ).toEqual({
      role: 'found',
      since: '2024-01-01T00:00:00.000Z',
      until: '2025-01-01T00:00:00.000Z',
    });
    expect(creditFilterVariables({ role: '', since: '', until: '' })).toEqual({
      role: null,
      since: null,
      until: null,
    });
  });
});

describe('describeCreditFilters', () => {
  it('says the role and the range', () => {
    expect(describeCreditFilters({ role: 'review', since: '', until: '' })).toBe('reviews');
    const day = new Intl.DateTimeFormat(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date('2024-03-01T00:00:00Z'));
    expect(describeCreditFilters({ role: '', since: '2024-03-01', until: '' })).toBe(
      `since ${day}`,
    );
    expect(describeCreditFilters({ role: 'patch', since: '2024-03-01', until: '2024-03-01' })).toBe(
      `patches, from ${day} to ${day}`,
    );
    expect(describeCreditFilters({ role: '', since: '', until: '' })).toBe('');
  });
});
