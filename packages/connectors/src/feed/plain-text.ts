import { htmlToText } from '@moduleboard/markup';

// Markup a title carries when its feed put HTML in it: a few inline tags, or an entity left
// escaped once too often ("Fish &amp;amp; Chips" arrives as "Fish &amp; Chips").
const LOOKS_LIKE_HTML =
  /<\/?(?:b|i|em|strong|code|span|a|sup|sub|br|tt|q|small|abbr)\b[^>]*>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]{1,31});/i;

/**
 * The plain text of a title. Atom says whether a title is text or HTML; RSS does not, and
 * feeds put both there, so an RSS title is read as HTML only when it looks like HTML: a
 * mailing-list subject like "Re: <module> breaks" then keeps its angle brackets.
 */
export function titleText(raw: string, kind: 'text' | 'html' | 'guess'): string {
  const html = kind === 'html' || (kind === 'guess' && LOOKS_LIKE_HTML.test(raw));
  return html ? htmlToText(raw) : raw.replace(/\s+/g, ' ').trim();
}

/** The first words of a text, at most `maxLength` characters, with an ellipsis when cut. */
export function firstWords(text: string, maxLength = 80): string {
  if (text.length <= maxLength) {
    return text;
  }
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
