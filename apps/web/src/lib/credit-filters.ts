import { roleTitle } from './roles';

/**
 * What a list of contributors is narrowed to, as its address carries it
 * (`?role=review&since=2024-01-01&until=2024-06-30`); empty strings for no filter. Dates are
 * whole days, `until` included.
 */
export interface CreditFilters {
  role: string;
  since: string;
  until: string;
}

export const NO_CREDIT_FILTERS: CreditFilters = { role: '', since: '', until: '' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ROLE = /^[a-z][a-z0-9_-]*$/;

/** A calendar day as typed in a date field, or "" when it is not one. */
export function normalizeDay(value: string | null): string {
  const match = DAY.exec((value ?? '').trim());
  if (!match) {
    return '';
  }
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // 2024-02-31 is no day: the date rolls over into March.
  return date.toISOString().slice(0, 10) === match[0] ? match[0] : '';
}

export function readCreditFilters(search: URLSearchParams): CreditFilters {
  const role = (search.get('role') ?? '').trim().toLowerCase();
  return {
    role: ROLE.test(role) ? role : '',
    since: normalizeDay(search.get('since')),
    until: normalizeDay(search.get('until')),
  };
}

/** Adds the filters that are set to a query string. */
export function writeCreditFilters(search: URLSearchParams, filters: CreditFilters): void {
  const { role, since, until } = readCreditFilters(new URLSearchParams({ ...filters }));
  if (role) {
    search.set('role', role);
  }
  if (since) {
    search.set('since', since);
  }
  if (until) {
    search.set('until', until);
  }
}

export function hasCreditFilters(filters: CreditFilters): boolean {
  return Boolean(filters.role || filters.since || filters.until);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/**
 * The API's arguments: instants in UTC, `until` excluded there, so the day after the last one
 * asked for.
 */
export function creditFilterVariables(filters: CreditFilters): {
  role: string | null;
  since: string | null;
  until: string | null;
} {
  return {
    role: filters.role || null,
    since: filters.since ? `${filters.since}T00:00:00.000Z` : null,
    until: filters.until ? nextDay(filters.until) : null,
  };
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** The filters in words, for a status line: "reviews, from 1 Jan 2024 to 30 Jun 2024". */
export function describeCreditFilters(filters: CreditFilters): string {
  const parts: string[] = [];
  if (filters.role) {
    parts.push(roleTitle(filters.role).toLowerCase());
  }
  if (filters.since && filters.until) {
    parts.push(`from ${formatDay(filters.since)} to ${formatDay(filters.until)}`);
  } else if (filters.since) {
    parts.push(`since ${formatDay(filters.since)}`);
  } else if (filters.until) {
    parts.push(`until ${formatDay(filters.until)}`);
  }
  return parts.join(', ');
}
