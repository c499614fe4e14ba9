// What a bare name or username looks like. These tests decide whether an indented line after a
// field is a person or the start of something else (a ChangeLog entry, a sentence), so they lean
// towards rejecting: a missed credit is reported, a sentence taken for a person is not.

const NAME_WORD = /^[\p{L}\p{M}\uFFFD][\p{L}\p{M}\uFFFD'’.-]*$/u;
const LOWERCASE_START = /^\p{Ll}/u;
const ELIDED_PARTICLE = /^\p{Ll}{1,2}['’]\p{Lu}/u;
const NON_ASCII = /[\u0080-\uffff]/;
const USERNAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$/;
const HAS_LETTER = /[A-Za-z]/;
const FILE_NAME =
  /\.(?:c|h|cc|cpp|hpp|py|js|ts|java|rb|go|rs|pl|pm|sh|txt|md|in|am|ac|m4|mk|html|xml|json|ya?ml|cfg|conf|po|texi|sql|el|rst|py3)$/i;

// Lowercase words that belong inside names: "Guido van Rossum", "Marie de la Tour".
const PARTICLES = new Set([
  'al',
  'bin',
  'binti',
  'da',
  'dal',
  'das',
  'de',
  'dei',
  'del',
  'della',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'lo',
  'ten',
  'ter',
  'van',
  'von',
  'y',
  'zu',
  'zur',
]);

const SUFFIXES = new Set([
  'jr',
  'jr.',
  'sr',
  'sr.',
  'ii',
  'iii',
  'iv',
  'esq',
  'esq.',
  'phd',
  'ph.d.',
]);

const MAX_NAME_LENGTH = 100;
const MAX_NAME_WORDS = 6;
const NOT_IN_NAME = /[<>@\p{Cc}]/u;
const NAME_START = /^[\p{L}\p{M}\p{N}"'(\uFFFD]/u;

/** Whether a word is a generational or academic suffix ("Jr.", "III"): never a person alone. */
export function isNameSuffix(word: string): boolean {
  return SUFFIXES.has(word.toLowerCase());
}

/**
 * A real name of two to six words: letters (any script), apostrophes, hyphens and initials;
 * lowercase words only where names have them ("van", "de"); at most one comma
 * ("Brown, Jonathan W", "Larry Shatzer, Jr."). Rejects sentences, paths and ChangeLog lines.
 */
export function looksLikeRealName(text: string): boolean {
  if (text.length > MAX_NAME_LENGTH) {
    return false;
  }
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_NAME_WORDS) {
    return false;
  }
  let commas = 0;
  const last = words.length - 1;
  for (let i = 0; i <= last; i++) {
    let word = words[i] ?? '';
    if (word.endsWith(',')) {
      commas += 1;
      word = word.slice(0, -1);
      if (i === last) {
        return false;
      }
    }
    if (!NAME_WORD.test(word)) {
      return false;
    }
    // A lowercase word must be a particle ("van", or "d'" glued to a name), never the last word.
    if (
      LOWERCASE_START.test(word) &&
      !ELIDED_PARTICLE.test(word) &&
      (i === last || !PARTICLES.has(word.toLowerCase()))
    ) {
      return false;
    }
    // A sentence ends with a full stop; a name ends with an initial ("C.") or a suffix ("Jr.").
    if (i === last && word.endsWith('.') && word.length > 3 && !isNameSuffix(word)) {
      return false;
    }
  }
  return commas <= 1;
}

/** A one-word username: ASCII letters, digits, `.`, `_`, `-`, and not a file name. */
export function looksLikeUsername(text: string): boolean {
  return (
    USERNAME.test(text) &&
    HAS_LETTER.test(text) &&
    !text.endsWith('.') &&
    !text.endsWith('-') &&
    !FILE_NAME.test(text)
  );
}

/**
 * A one-word name outside ASCII ("依云", "Ærø"): a name, but one that never merges by name. Plain
 * ASCII words are usernames or nothing (a file name such as `tree.c`).
 */
export function looksLikeSingleName(text: string): boolean {
  return text.length <= 40 && NON_ASCII.test(text) && NAME_WORD.test(text) && !text.endsWith('.');
}

/**
 * The name in front of an address (`Name <email>`), read leniently since the address already
 * says this is a person: "Alfonso, Ernesto (ACME Labs)" is fine, a bullet or a sentence is not.
 */
export function looksLikeNameBeforeAddress(text: string): boolean {
  if (text.length === 0 || text.length > MAX_NAME_LENGTH || NOT_IN_NAME.test(text)) {
    return false;
  }
  if (!NAME_START.test(text)) {
    return false;
  }
  // "jrandom <jrandom@x>" has one lowercase word; prose in front of an address has several.
  let words = 0;
  let lowercase = 0;
  let wordStart = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) {
      wordStart = true;
      continue;
    }
    if (wordStart) {
      wordStart = false;
      words += 1;
      if (code >= 97 && code <= 122 && !PARTICLES.has(wordAt(text, i))) {
        lowercase += 1;
      }
    }
  }
  return words <= 8 && lowercase <= 1;
}

function wordAt(text: string, start: number): string {
  const space = text.indexOf(' ', start);
  return text.slice(start, space < 0 ? text.length : space);
}
