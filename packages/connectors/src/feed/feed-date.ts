const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:UT|UTC|GMT|[ECMP][SD]T)\b)\s*(?:\([^)]*\))?\s*$/i;
const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

// A day of slack for clocks and zones; beyond that a date is a typo (2204 for 2024) that would
// otherwise pin the entry to the top of every list for ever.
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * Reads a date as feeds write it: RFC 822 (RSS, with or without weekday, two-digit years,
 * zone names), ISO 8601 / RFC 3339 (Atom, dc:date), and sloppier forms JavaScript's parser
 * takes. A date without a zone is taken as UTC, so the result does not depend on where the
 * server runs. Undefined for an unreadable date or one more than a day after `now`.
 */
export function parseFeedDate(raw: string | undefined, now: Date): Date | undefined {
  const text = raw?.trim();
  if (!text) {
    return undefined;
  }
  let ms = Number.NaN;
  if (!HAS_ZONE.test(text)) {
    const iso = ISO_LOCAL.exec(text);
    ms = Date.parse(iso ? `${iso[1]}T${iso[2]}Z` : `${text} GMT`);
  }
  if (Number.isNaN(ms)) {
    ms = Date.parse(text);
  }
  if (Number.isNaN(ms) || ms > now.getTime() + FUTURE_SLACK_MS) {
    return undefined;
  }
  return new Date(ms);
}
