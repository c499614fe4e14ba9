import { describe, expect, it } from 'vitest';
import { formatShortDate } from './format-date';

const now = new Date('2025-06-15T12:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms);
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

  it('is a short date after that, with the year only when it is not this one', () => {
    const sameYear = new Date('2025-02-03T12:00:00Z');
    const lastYear = new Date('2024-02-03T12:00:00Z');
    expect(formatShortDate(sameYear, now)).not.toMatch(/2025/);
    expect(formatShortDate(lastYear, now)).toMatch(/2024/);
  });
});
