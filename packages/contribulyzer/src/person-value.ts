import { githubLoginFromEmail } from './github';
import {
  isNameSuffix,
  looksLikeNameBeforeAddress,
  looksLikeRealName,
  looksLikeSingleName,
  looksLikeUsername,
} from './names';
import { decodeObfuscation } from './obfuscation';
import type { PersonRef } from './person-ref';
import { collapseWhitespace } from './person-ref';

/** One person read from a field value, with the note that followed it on the same line. */
export interface PersonValue {
  /** `'me'` stands for the commit's author. */
  person: PersonRef | 'me';
  aside?: string | undefined;
}

// Longer values are prose or garbage; refusing them early also bounds every pattern below.
const MAX_VALUE_LENGTH = 300;
const CONTROL = /[\p{Cc}]/u;
const ADDRESS = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+$/;
// Outside angle brackets an address needs a dotted domain ("x@y" alone is too often something else).
const BARE_ADDRESS = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:.]+(?:\.[^\s@<>()[\]",;:.]+)+$/;
const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;
const TOOL_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’&+-]*(?: [\p{L}\p{M}\p{N}.'’&+-]+){0,5}$/u;

// Words a list of people ends with that are nobody in particular.
const NOBODY = new Set([
  'all',
  'anonymous',
  'anyone',
  'etc',
  'everybody',
  'everyone',
  'many',
  'others',
  'several',
  'somebody',
  'someone',
  'various',
]);

/**
 * Reads one person from a field value: `me`, `username`, `Real Name`, `Real Name <email>`,
 * `<email>`, `email@host`, `Name (email)`, `Name <https://…>`, with obfuscated addresses decoded.
 * Text after the person (`(on Windows)`, `via IRC`) becomes the aside. Returns undefined when the
 * value does not look like a person; never throws.
 */
export function parsePersonValue(text: string): PersonValue | undefined {
  let value = text.trim();
  while (value.endsWith(',') || value.endsWith(';')) {
    value = value.slice(0, -1).trimEnd();
  }
  if (value === '' || value.length > MAX_VALUE_LENGTH || CONTROL.test(value)) {
    return undefined;
  }
  if (value.toLowerCase() === 'me') {
    return { person: 'me' };
  }
  value = decodeObfuscation(value);
  if (value.includes('<')) {
    return parseAngleForm(value);
  }
  let aside: string | undefined;
  if (value.endsWith(')')) {
    const open = value.lastIndexOf('(');
    if (open > 0) {
      const inner = value.slice(open + 1, -1).trim();
      const before = value.slice(0, open).trim();
      if (ADDRESS.test(inner)) {
        const ref = addressRef(inner);
        if (before && looksLikeNameBeforeAddress(before)) {
          ref.name = collapseWhitespace(before);
        }
        return { person: ref };
      }
      aside = value.slice(open);
      value = before;
    }
  }
  const person = parsePlain(value);
  if (person === undefined) {
    return undefined;
  }
  return aside === undefined ? { person } : { person, aside };
}

function parsePlain(value: string): PersonRef | 'me' | undefined {
  if (value.toLowerCase() === 'me') {
    return 'me';
  }
  if (BARE_ADDRESS.test(value)) {
    return addressRef(value);
  }
  if (!/\s/.test(value)) {
    if (looksLikeUsername(value)) {
      return NOBODY.has(value.toLowerCase()) ? undefined : { username: value };
    }
    return looksLikeSingleName(value) ? { name: value } : undefined;
  }
  return looksLikeRealName(value) ? { name: collapseWhitespace(value) } : undefined;
}

function parseAngleForm(value: string): PersonValue | undefined {
  const lt = value.indexOf('<');
  const gt = value.indexOf('>', lt);
  // An unterminated `<address` is common in hand-typed trailers; the address is still clear.
  const inner = (gt < 0 ? value.slice(lt + 1) : value.slice(lt + 1, gt)).trim();
  const rest = gt < 0 ? '' : value.slice(gt + 1).trim();
  const namePart = collapseWhitespace(unquote(value.slice(0, lt).trim()));
  let ref: PersonRef;
  if (ADDRESS.test(inner)) {
    ref = addressRef(inner);
    if (namePart) {
      if (looksLikeNameBeforeAddress(namePart)) {
        if (namePart.toLowerCase() !== inner.toLowerCase()) {
          ref.name = namePart;
        }
      } else if (!/^[\p{L}\p{N}"'(]/u.test(namePart)) {
        // A bullet, a path or a quote marker in front: a ChangeLog or quoted line, not a person.
        return undefined;
      }
    }
  } else if (WEB_ADDRESS.test(inner)) {
    // A tool or an organisation known by its web address must still be named, though its name
    // may be lowercase words ("clang static analyzer").
    if (!(looksLikeRealName(namePart) || looksLikeUsername(namePart) || TOOL_NAME.test(namePart))) {
      return undefined;
    }
    ref = { name: namePart, url: inner };
  } else {
    return undefined;
  }
  const aside = HAS_WORD_CHAR.test(rest) ? rest : undefined;
  return aside === undefined ? { person: ref } : { person: ref, aside };
}

function addressRef(address: string): PersonRef {
  const login = githubLoginFromEmail(address);
  return login === undefined ? { email: address } : { email: address, githubLogin: login };
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).trim();
  }
  return text;
}

const SEPARATORS = /\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+/;

/**
 * Splits a value naming several people ("stsp, brane", "Jane Doe and John Roe") only where every
 * part is a person by itself. Where commas are used, a lone capitalized word or a suffix is not a
 * person by itself, so "Brown, Jonathan W" and "Larry Shatzer, Jr." stay whole.
 */
export function splitPeople(text: string): string[] {
  const hasComma = text.includes(',');
  if (!hasComma && !text.includes(' and ') && !text.includes(' & ')) {
    return [text];
  }
  const parts = text.trim().split(SEPARATORS);
  // "Jane Doe and others": the others are nobody in particular, Jane is still credited.
  if (parts.length >= 2 && NOBODY.has((parts.at(-1) ?? '').toLowerCase())) {
    parts.pop();
  }
  if (parts.length < 2) {
    return parts.length === 1 && parsePersonValue(parts[0] ?? '') !== undefined ? parts : [text];
  }
  for (const part of parts) {
    if (!isPersonByItself(part, hasComma)) {
      return [text];
    }
  }
  return parts;
}

function isPersonByItself(part: string, commaList: boolean): boolean {
  if (part.trim() === '') {
    return false;
  }
  const value = parsePersonValue(part);
  if (value === undefined) {
    return false;
  }
  const ref = value.person;
  if (ref === 'me') {
    return true;
  }
  if (ref.email !== undefined || ref.url !== undefined) {
    return !(ref.name !== undefined && isNameSuffix(ref.name));
  }
  const single = ref.username ?? ref.name ?? '';
  if (ref.username !== undefined || !/\s/.test(single)) {
    return !(commaList && CAPITALIZED_WORD.test(single));
  }
  return true;
}
