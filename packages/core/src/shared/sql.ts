import { type SQL, sql } from 'drizzle-orm';

/**
 * Many rows as one parameter: `json_to_recordset(${jsonRows(rows)})` feeds a multi-row insert
 * or join from a single JSON text, the same way on PGlite and postgres.js, in one round trip.
 */
export function jsonRows(rows: readonly object[]): SQL {
  return sql`${storableJson(rows)}::json`;
}

// PostgreSQL text holds neither NUL nor a lone surrogate, and JSON.stringify escapes exactly
// those as \u0000 and \udXXX (a pair it writes raw). An escape preceded by an odd number of
// backslashes is text, not an escape, and is kept.
const UNSTORABLE = /(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/gi;

/** JSON text of a value with NULs and lone surrogates replaced by U+FFFD. */
export function storableJson(value: unknown): string {
  const json = JSON.stringify(value);
  // Most batches hold no escape of that kind: one native search spares the regex.
  return json.includes('\\u') ? json.replace(UNSTORABLE, '$1\\ufffd') : json;
}

/** A bigint[] parameter (for `= any(...)`), passed as one value rather than a list of them. */
export function idArray(ids: readonly number[]): SQL {
  return sql`${`{${ids.join(',')}}`}::bigint[]`;
}

/** A text[] parameter, passed as JSON so no value needs array-literal quoting. */
export function textArray(values: readonly string[]): SQL {
  return sql`array(select json_array_elements_text(${JSON.stringify(values)}::json))`;
}
