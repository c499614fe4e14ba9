import type sanitize from 'sanitize-html';
import { CUT_CLASS } from './limits';

// The one policy for HTML written by someone else (feed entries, Markdown bodies and the raw
// HTML inside them, pages): the tags of prose, lists, quotes, code and tables, and the
// disabled checkboxes of task lists; links and images only over http(s) (links also to
// mailto); no scripts, styles, frames, forms, event handlers, ids or inline styles.
const ALLOWED_TAGS = [
  ...['p', 'br', 'hr', 'div', 'span', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['a', 'img', 'figure', 'figcaption', 'details', 'summary', 'input'],
  ...['em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup'],
  ...['q', 'cite', 'abbr', 'dfn', 'time', 'ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'col', 'colgroup'],
];

// Tags whose content must go with them: it is code, or markup a browser would not show.
const DROPPED_WITH_CONTENT = [
  ...['script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'noembed', 'noframes'],
  ...['template', 'iframe', 'object', 'title', 'head', 'svg', 'math', 'select', 'plaintext'],
];

const REL = 'nofollow noopener';
const ALIGN = { name: 'align', multiple: false, values: ['left', 'center', 'right'] };
const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * The sanitize-html options of the policy. URLs are made absolute against `baseUrl` (when
 * given) and judged as a browser would resolve them; a link whose URL is refused loses its tag
 * but keeps its text, an image loses itself. Links get `rel="nofollow noopener"`, images
 * `referrerpolicy="no-referrer"` so that readers are not announced to the image's host.
 */
export function policy(baseUrl: string | undefined): sanitize.IOptions {
  const withUrl =
    (attribute: string, schemes: ReadonlySet<string>, extra: Record<string, string> = {}) =>
    (tagName: string, attribs: sanitize.Attributes): sanitize.Tag => {
      const next: sanitize.Attributes = { ...attribs, ...extra };
      const value = attribs[attribute];
      const url = value === undefined ? undefined : safeUrl(value, baseUrl, schemes);
      if (url === undefined) {
        delete next[attribute];
      } else {
        next[attribute] = url;
      }
      if (tagName === 'a' && next.href === undefined) {
        return { tagName: 'span', attribs: {} };
      }
      return { tagName, attribs: next };
    };
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height', 'referrerpolicy'],
      input: ['type', 'checked', 'disabled'],
      abbr: ['title'],
      blockquote: ['cite'],
      q: ['cite'],
      del: ['cite', 'datetime'],
      ins: ['cite', 'datetime'],
      time: ['datetime'],
      ol: ['start', 'reversed', 'type'],
      li: ['value'],
      th: ['colspan', 'rowspan', 'scope', ALIGN],
      td: ['colspan', 'rowspan', ALIGN],
      col: ['span'],
      colgroup: ['span'],
      details: ['open'],
    },
    allowedClasses: { code: ['language-*'], pre: ['language-*'], p: [CUT_CLASS] },
    // sanitize-html checks schemes again after the transforms: two locks on the same door.
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    transformTags: {
      a: withUrl('href', LINK_SCHEMES, { rel: REL }),
      img: withUrl('src', WEB_SCHEMES, { referrerpolicy: 'no-referrer' }),
      input: readOnlyCheckbox,
      blockquote: withUrl('cite', WEB_SCHEMES),
      q: withUrl('cite', WEB_SCHEMES),
      del: withUrl('cite', WEB_SCHEMES),
      ins: withUrl('cite', WEB_SCHEMES),
    },
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !frame.attribs.src) ||
      (frame.tag === 'input' && frame.attribs.type !== 'checkbox'),
  };
}

/** A task list's box: shown ticked or not, never a control that submits anything. */
function readOnlyCheckbox(tagName: string, attribs: sanitize.Attributes): sanitize.Tag {
  const type = attribs.type?.trim().toLowerCase();
  if (type !== 'checkbox') {
    return { tagName, attribs: {} };
  }
  const checked: sanitize.Attributes = attribs.checked === undefined ? {} : { checked: '' };
  return { tagName, attribs: { type, ...checked, disabled: '' } };
}

/**
 * The URL to keep for an attribute, or undefined to drop it. Without a base, a relative URL
 * stays as written; browsers ignore control characters and spaces inside a scheme, so they
 * are ignored here too when looking for one.
 */
function safeUrl(
  value: string,
  baseUrl: string | undefined,
  schemes: ReadonlySet<string>,
): string | undefined {
  const trimmed = value.trim();
  try {
    const url = new URL(trimmed, baseUrl);
    return schemes.has(url.protocol) ? url.href : undefined;
  } catch {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: those are what is stripped.
    const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(trimmed.replace(/[\u0000-\u0020]/g, ''));
    return baseUrl === undefined && !hasScheme ? trimmed : undefined;
  }
}
