import { describe, expect, it } from 'vitest';
import { formatInterval, formatShortDate } from './format-date';

const now = new Date('2025-06-15T12:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms);
const after = (ms: number) => new Date(now.getTime() + ms);
const MINUTE = 60_000;

describe('formatShortDate', () => {
  it('says "just now" within the minute', () => {
    expect(formatShortDate(before(20_000), now)).toBe('just now');
  });

  it('is relative for the last thirty days, in the largest whole unit', () => {
    const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    expect(formatShortDate(before(5 * MINUTE), now)).toBe(relative.format(-5, 'minute'));
    expect(formatShortDate(before(3 * 60 * MINUTE), now)).toBe(relative.format(-3, 'hour'));
    expect(formatShortDate(before(3 * 24 * 60 * MINUTE), now)).toBe(relative.format(-3, 'day'));
  });

  it('is relative for the next thirty days too (a next run)', () => {
    const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    expect(formatShortDate(after(20_000), now)).toBe('in a moment');
    expect(formatShortDate(after(15 * MINUTE + 5_000), now)).toBe(relative.format(15, 'minute'));
    expect(formatShortDate(after(2 * 24 * 60 * MINUTE), now)).toBe(relative.format(2, 'day'));
  });

  it('is a short date after that, with the year only when it is not this one', () => {
    const sameYear = new Date('2025-02-03T12:00:00Z');
    const lastYear = new Date('2024-02-03T12:00:00Z');
    expect(formatShortDate(sameYear, now)).not.toMatch(/2025/);
    expect(formatShortDate(lastYear, now)).toMatch(/2024/);
  });
});

describe('formatInterval', () => {
  it.each([
    [900, 'every 15 minutes'],
    [3600, 'every hour'],
    [6 * 3600, 'every 6 hours'],
    [86_400, 'every day'],
    [90, 'every 90 seconds'],
    [5400, 'every 90 minutes'],
    [0, 'every second'],
  ])('%i seconds is %j', (seconds, text) => {
    expect(formatInterval(seconds)).toBe(text);
  });
});
