import type { PersonRef } from '../types';

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

/**
 * Reads a person from the free text feeds put in `author`, `dc:creator` or an Atom name:
 * "jane@example.org (Jane Doe)" (RSS 2.0's form), "Jane Doe <jane@example.org>" (mail's),
 * "\"Doe, Jane\" <jane@example.org>", a bare address, a bare name, "@jane" (a username, as
 * Discourse and forums write it), and the "jane at example.org" that list archives use to
 * hide addresses from harvesters. Undefined when there is nothing to read.
 */
export function parsePerson(raw: string | undefined): PersonRef | undefined {
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text) {
    return undefined;
  }
  const angle = /^(.*?)\s*<([^<>]+)>$/.exec(text);
  if (angle) {
    const email = readEmail(angle[2] ?? '');
    const name = cleanName(angle[1] ?? '');
    if (email) {
      return compact({ name, email });
    }
  }
  const paren = /^(\S+(?: at \S+)?)\s*\((.*)\)$/.exec(text);
  if (paren) {
    const email = readEmail(paren[1] ?? '');
    if (email) {
      return compact({ name: cleanName(paren[2] ?? ''), email });
    }
  }
  const email = readEmail(text);
  if (email) {
    return { email };
  }
  if (/^@[\w.-]+$/.test(text)) {
    return { username: text.slice(1) };
  }
  return { name: cleanName(text) || text };
}

/** Fills the gaps of one reading of a person with another (author and dc:creator both given). */
export function mergePeople(
  first: PersonRef | undefined,
  second: PersonRef | undefined,
): PersonRef | undefined {
  return compact({
    name: first?.name ?? second?.name,
    email: first?.email ?? second?.email,
    username: first?.username ?? second?.username,
    githubLogin: first?.githubLogin ?? second?.githubLogin,
    url: first?.url ?? second?.url,
  });
}

function readEmail(value: string): string | undefined {
  const text = value
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/\s+at\s+/i, '@');
  return EMAIL.test(text) ? text : undefined;
}

function cleanName(value: string): string | undefined {
  const name = value
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/^'(.*)'$/, '$1')
    .trim();
  return name === '' ? undefined : name;
}

// Keeps results comparable with toEqual: no keys holding undefined.
function compact(person: PersonRef): PersonRef | undefined {
  const out: PersonRef = {};
  for (const key of ['name', 'email', 'username', 'githubLogin', 'url'] as const) {
    const value = person[key];
    if (value !== undefined) {
      out[key] = value;
    }
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
