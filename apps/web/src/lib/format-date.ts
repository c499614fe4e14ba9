const DAY = 24 * 60 * 60 * 1000;
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', DAY],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

/**
 * A date as people scan lists: relative while near ("3 days ago", "in 5 minutes"), then short
 * ("12 Mar 2024"). The locale is the reader's.
 */
export function formatShortDate(date: Date, now: Date = new Date()): string {
  const elapsed = now.getTime() - date.getTime();
  const distance = Math.abs(elapsed);
  if (distance < 30 * DAY) {
    const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    for (const [unit, size] of UNITS) {
      if (distance >= size) {
        const count = Math.floor(distance / size);
        return relative.format(elapsed >= 0 ? -count : count, unit);
      }
    }
    return elapsed >= 0 ? 'just now' : 'in a moment';
  }
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
  }).format(date);
}

/** The full date and time, for a title attribute. */
export function formatFullDate(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(date);
}

const INTERVALS: readonly [string, number][] = [
  ['day', 24 * 60 * 60],
  ['hour', 60 * 60],
  ['minute', 60],
  ['second', 1],
];

/** How often something repeats: "every 15 minutes", "every hour", "every 2 days". */
export function formatInterval(seconds: number): string {
  const whole = Math.max(1, Math.round(seconds));
  const [unit, size] = INTERVALS.find(([, size]) => whole % size === 0) ?? ['second', 1];
  const count = whole / size;
  return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
}
