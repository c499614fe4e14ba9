/** Credited items and people in one month ("2024-03"), as the API reports them. */
export interface ActivityPoint {
  month: string;
  items: number;
  people: number;
}

const MONTH = /^(\d{4})-(\d{2})$/;

function monthIndex(month: string): number | undefined {
  const match = MONTH.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : undefined;
}

function monthOf(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Every month from the first to the last, quiet ones at zero: the API leaves out months with no
 * credit, and a time axis that skips them would hide the pauses.
 */
export function fillMonths(points: readonly ActivityPoint[]): ActivityPoint[] {
  const known = new Map<number, ActivityPoint>();
  for (const point of points) {
    const index = monthIndex(point.month);
    if (index !== undefined) {
      known.set(index, point);
    }
  }
  if (known.size === 0) {
    return [];
  }
  const first = Math.min(...known.keys());
  const last = Math.max(...known.keys());
  const filled: ActivityPoint[] = [];
  for (let index = first; index <= last; index++) {
    filled.push(known.get(index) ?? { month: monthOf(index), items: 0, people: 0 });
  }
  return filled;
}

/** A month in words: "Mar 2024", or "March 2024" in sentences. */
export function formatMonth(month: string, style: 'short' | 'long' = 'short'): string {
  const index = monthIndex(month);
  if (index === undefined) {
    return month;
  }
  const date = new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
  return new Intl.DateTimeFormat(undefined, {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

function changes(count: number): string {
  return `${count} ${count === 1 ? 'change' : 'changes'}`;
}

function people(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'}`;
}

/**
 * The chart in a sentence or two, for anyone who cannot see it (and as its caption): the span,
 * the total, and the busiest month. `withPeople` is false for one person's own activity.
 */
export function summarizeActivity(
  points: readonly ActivityPoint[],
  { withPeople = true }: { withPeople?: boolean } = {},
): string {
  const months = fillMonths(points);
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) {
    return 'No credited changes.';
  }
  const total = months.reduce((sum, point) => sum + point.items, 0);
  const busiest = months.reduce((best, point) => (point.items > best.items ? point : best), first);
  const by = (point: ActivityPoint) => (withPeople ? ` by ${people(point.people)}` : '');
  if (first === last) {
    return `${changes(total)} credited in ${formatMonth(first.month, 'long')}${by(first)}.`;
  }
  const span = `${formatMonth(first.month, 'long')} to ${formatMonth(last.month, 'long')}`;
  const busiestMonths = months.filter((point) => point.items === busiest.items).length;
  // With several months equally busy, naming the first of them would single it out wrongly.
  const peak =
    busiestMonths > 1
      ? `The busiest months had ${changes(busiest.items)} each.`
      : `The busiest month was ${formatMonth(busiest.month, 'long')}, with ${changes(busiest.items)}${by(busiest)}.`;
  return `${changes(total)} credited over ${months.length} months, ${span}. ${peak}`;
}
