const DAY = 24 * 60 * 60 * 1000;

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', DAY],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

/**
 * A date as people scan lists: relative while recent ("3 days ago"), then short ("12 Mar 2024").
 * The locale is the reader's.
 */
export function formatShortDate(date: Date, now: Date = new Date()): string {
  const elapsed = now.getTime() - date.getTime();
  if (elapsed >= 0 && elapsed < 30 * DAY) {
    const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    for (const [unit, size] of UNITS) {
      if (elapsed >= size) {
        return relative.format(-Math.floor(elapsed / size), unit);
      }
    }
    return 'just now';
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
