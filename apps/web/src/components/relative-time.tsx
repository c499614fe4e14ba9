import { formatFullDate, formatShortDate } from '../lib/format-date';

/** A date shown short, with the full date and time on hover and for machines. */
export function RelativeTime({ value }: { value: string }) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  return (
    <time dateTime={date.toISOString()} title={formatFullDate(date)}>
      {formatShortDate(date)}
    </time>
  );
}
