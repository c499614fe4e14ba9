/**
 * How a source names a person; any subset of the fields may be known. Structurally the same as
 * the connectors' `PersonRef`, declared here because this package imports nothing.
 */
export interface PersonRef {
  name?: string | undefined;
  email?: string | undefined;
  username?: string | undefined;
  githubLogin?: string | undefined;
  url?: string | undefined;
}

const UNTIDY_SPACE = /\s\s|[^\S ]|^ | $/;

/** Collapses runs of whitespace to one space and trims; names are compared this way. */
export function collapseWhitespace(text: string): string {
  // Most names are tidy already: one test instead of a replacement that copies the string.
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** A name in NFC with single spaces; the common case (tidy ASCII) costs two quick tests. */
function tidyName(name: string): string {
  return collapseWhitespace(NON_ASCII.test(name) ? name.normalize('NFC') : name);
}

/** A PersonRef with every field normalized and empty fields removed. */
export function normalizePersonRef(ref: PersonRef): PersonRef {
  const out: PersonRef = {};
  const name = ref.name === undefined ? '' : tidyName(ref.name);
  if (name) {
    out.name = name;
  }
  const email = ref.email?.trim().toLowerCase();
  if (email) {
    out.email = email;
  }
  const username = ref.username?.trim().toLowerCase();
  if (username) {
    out.username = username;
  }
  const login = ref.githubLogin?.trim().toLowerCase();
  if (login) {
    out.githubLogin = login;
  }
  const url = ref.url?.trim();
  if (url) {
    out.url = url;
  }
  return out;
}

// The separators of the key are escaped inside values, so two different tuples never share a key.
const KEY_SEPARATOR = /[%;=]/;

function escapePart(value: string): string {
  if (!KEY_SEPARATOR.test(value)) {
    return value;
  }
  return value.replace(/[%;=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The normalized identity key of a PersonRef: a deterministic, readable string for the
 * (name, email, username, githubLogin, url) tuple, e.g. `n=Jane Doe;e=jane@example.org`.
 * Names keep their case (they are shown); emails, usernames and logins are lowercased.
 */
export function identityKey(ref: PersonRef): string {
  const n = normalizePersonRef(ref);
  const parts: string[] = [];
  if (n.name !== undefined) {
    parts.push(`n=${escapePart(n.name)}`);
  }
  if (n.email !== undefined) {
    parts.push(`e=${escapePart(n.email)}`);
  }
  if (n.username !== undefined) {
    parts.push(`u=${escapePart(n.username)}`);
  }
  if (n.githubLogin !== undefined) {
    parts.push(`g=${escapePart(n.githubLogin)}`);
  }
  if (n.url !== undefined) {
    parts.push(`w=${escapePart(n.url)}`);
  }
  // Joining always makes a string of its own: a key never keeps a message's text alive, so
  // callers may hold it as it is (and look it up again by the very same string, which is fast).
  return parts.length === 1 ? ` ${parts[0]}`.slice(1) : parts.join(';');
}

/**
 * A name folded for comparison: without case, accents or extra whitespace
 * ("José  GARCÍA" → "jose garcia").
 */
export function foldName(name: string): string {
  return collapseWhitespace(
    name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase(),
  );
}

/** Number of words in a name, counting CJK-style names without spaces as one word. */
export function countNameWords(name: string): number {
  const trimmed = collapseWhitespace(name);
  return trimmed === '' ? 0 : trimmed.split(' ').length;
}
