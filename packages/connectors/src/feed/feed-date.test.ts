import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './feed-date';

const now = new Date('2024-06-01T00:00:00Z');

describe('parseFeedDate', () => {
  it.each([
    ['Mon, 01 Jan 2024 10:00:00 +0100', '2024-01-01T09:00:00.000Z'],
    ['Mon, 1 Jan 2024 10:00:00 GMT', '2024-01-01T10:00:00.000Z'],
    ['Sat, 16 May 2009 12:34:56 EST', '2009-05-16T17:34:56.000Z'],
    ['Mon, 01 Jan 2024 10:00:00 +0100 (CET)', '2024-01-01T09:00:00.000Z'],
    ['01 Jan 2024 10:00 +0000', '2024-01-01T10:00:00.000Z'],
    ['Sat, 06 Jan 24 09:00:00 GMT', '2024-01-06T09:00:00.000Z'],
    ['2024-02-01T09:00:00+01:00', '2024-02-01T08:00:00.000Z'],
    ['2024-02-01T09:00:00.250Z', '2024-02-01T09:00:00.250Z'],
    ['2024-01-06', '2024-01-06T00:00:00.000Z'],
    // No zone: taken as UTC, whatever the server's time zone.
    ['2024-01-06 08:00:00', '2024-01-06T08:00:00.000Z'],
    ['2024-01-06T08:00', '2024-01-06T08:00:00.000Z'],
    ['Mon, 01 Jan 2024 10:00:00', '2024-01-01T10:00:00.000Z'],
  ])('%j is %s', (raw, iso) => {
    expect(parseFeedDate(raw, now)?.toISOString()).toBe(iso);
  });

  it.each([
    ['lundi, 45 Brumaire an CCXXXII'],
    ['2024-13-45T00:00:00Z'],
    ['not a date'],
    [''],
    ['   '],
    [undefined],
    // Typos that would pin an entry to the top of every list for ever.
    ['Fri, 05 Jan 2204 09:00:00 GMT'],
  ])('%j is no date', (raw) => {
    expect(parseFeedDate(raw, now)).toBeUndefined();
  });

  it('accepts a date up to a day ahead, for clocks and zones', () => {
    expect(parseFeedDate('2024-06-01T12:00:00Z', now)?.toISOString()).toBe(
      '2024-06-01T12:00:00.000Z',
    );
  });
});
