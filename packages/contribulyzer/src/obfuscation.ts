// Addresses in logs and COMMITTERS files are often hidden from harvesters: `jrandom{_AT_}example.org`,
// `jrandom <at> example.org`, `jrandom at example dot org`. Decoding is deliberately narrow: `at`
// and `dot` as words are decoded only where the result is an address, so "Brian at ACME" stays.

const BRACKETED_AT = /\s*(?:\{_AT_\}|\{at\}|<at>|\[at\]|\(at\))\s*/gi;
const BRACKETED_DOT = /\s*(?:\{_DOT_\}|\{dot\}|<dot>|\[dot\]|\(dot\))\s*/gi;
const WORD_AT = /([A-Za-z0-9._%+-]+) +at +((?:[A-Za-z0-9-]+(?: +dot +|\.))+[A-Za-z]{2,})/gi;
const WORD_DOT = / +dot +/gi;
// Cheap test for any of the forms below, so that ordinary values skip the replacements.
const QUICK = /[{<[(]\s*_?(?:at|dot)|\s(?:at|dot)\s/i;
const MAX_DECODED_LENGTH = 1000;

/**
 * Decodes the usual address obfuscations; text without any is returned unchanged. Meant for one
 * value or one line: longer text is returned as it is, since the patterns backtrack on long runs.
 */
export function decodeObfuscation(text: string): string {
  if (text.length > MAX_DECODED_LENGTH || !QUICK.test(text)) {
    return text;
  }
  let out = text.replace(BRACKETED_AT, '@').replace(BRACKETED_DOT, '.');
  if (/ at /i.test(out)) {
    out = out.replace(
      WORD_AT,
      (_match, local: string, domain: string) => `${local}@${domain.replace(WORD_DOT, '.')}`,
    );
  }
  return out;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

function isLocalChar(code: number): boolean {
  return isDomainChar(code) || code === 46 || code === 95 || code === 37 || code === 43; // . _ % +
}

function isDomainChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 45
  );
}

/**
 * Hides e-mail addresses from harvesters in published text: `jane@example.org` becomes
 * `jane {_AT_} example.org`, the form Subversion's pages used and `decodeObfuscation` reads back.
 * Scans from each `@` with bounded steps, so a hostile message costs linear time.
 */
export function obfuscateEmails(text: string): string {
  let at = text.indexOf('@');
  if (at < 0) {
    return text;
  }
  const out: string[] = [];
  let copied = 0;
  while (at >= 0) {
    let start = at;
    while (start > copied && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) {
      start -= 1;
    }
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN) {
      const code = text.charCodeAt(end);
      if (!isDomainChar(code) && !(code === 46 && isDomainChar(text.charCodeAt(end + 1)))) {
        break;
      }
      end += 1;
    }
    if (start < at && end > at + 1) {
      out.push(text.slice(copied, at), ' {_AT_} ', text.slice(at + 1, end));
      copied = end;
    }
    at = text.indexOf('@', Math.max(at + 1, copied));
  }
  out.push(text.slice(copied));
  return out.join('');
}
