import type { PersonRef } from '../types';
import { mergePeople, parsePerson } from './person';

/** One entry of any feed format, read out of rss-parser's loosely typed output. */
export interface FeedEntry {
  /** RSS guid, Atom id or RDF rdf:about, as written. */
  id?: string | undefined;
  link?: string | undefined;
  title?: { value: string; kind: 'text' | 'html' | 'guess' } | undefined;
  body?: { value: string; kind: 'text' | 'html' } | undefined;
  author?: PersonRef | undefined;
  published?: string | undefined;
  updated?: string | undefined;
  categories: string[];
}

export type FeedFormat = 'atom' | 'rss';

// rss-parser itself runs `new Date(x).toISOString()` on Atom's <published> and <updated>, which
// throws on an unreadable date and loses the whole feed. Renaming the elements while xml2js
// reads them keeps them away from that code; they are read back under these names.
export const PUBLISHED = 'moduleboard-published';
export const UPDATED = 'moduleboard-updated';

/** Extra fields asked of rss-parser: raw elements whose attributes (type, name…) matter. */
export const ITEM_FIELDS: (string | { keepArray: boolean })[][] = [
  ['title', 'rawTitle', { keepArray: true }],
  ['content', 'rawContent', { keepArray: true }],
  ['summary', 'rawSummary', { keepArray: true }],
  ['author', 'rawAuthor', { keepArray: true }],
  ['dc:creator', 'rawCreator', { keepArray: true }],
  ['category', 'rawCategory', { keepArray: true }],
  [PUBLISHED, 'published'],
  [UPDATED, 'updated'],
];

export function renameDateElements(name: string): string {
  if (name === 'published') {
    return PUBLISHED;
  }
  return name === 'updated' ? UPDATED : name;
}

/** Reads one item of rss-parser's output; `feedAuthor` is Atom's inherited feed author. */
export function readEntry(
  item: Record<string, unknown>,
  format: FeedFormat,
  feedAuthor: PersonRef | undefined,
): FeedEntry {
  const categories = list(item.rawCategory)
    .map((c) => textOf(c) ?? attributeOf(c, 'term'))
    .filter((c): c is string => c !== undefined && c.trim() !== '')
    .map((c) => c.trim());
  return {
    id: nonEmpty(textOf(item.guid) ?? textOf(item.id) ?? textOf(item['rdf:about'])),
    link: nonEmpty(textOf(item.link)),
    title: readTitle(item, format),
    body: format === 'atom' ? readAtomBody(item) : readRssBody(item),
    author:
      format === 'atom'
        ? (readAtomPerson(first(item.rawAuthor)) ?? feedAuthor)
        : mergePeople(readRssPerson(item.rawAuthor), readRssPerson(item.rawCreator)),
    published: nonEmpty(textOf(item.published) ?? textOf(item.pubDate) ?? textOf(item.date)),
    updated: nonEmpty(textOf(item.updated)),
    categories: [...new Set(categories)],
  };
}

/** Atom's <author> element as xml2js gives it: { name: [..], email: [..], uri: [..] }. */
export function readAtomPerson(value: unknown): PersonRef | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const email = nonEmpty(textOf(first(value.email)));
  const url = nonEmpty(textOf(first(value.uri)));
  // The explicit elements win; a name like "Jane <jane@example.org>" still gets read.
  return mergePeople(
    email || url ? { email, url } : undefined,
    parsePerson(textOf(first(value.name))),
  );
}

function readTitle(item: Record<string, unknown>, format: FeedFormat): FeedEntry['title'] {
  const raw = first(item.rawTitle);
  const value = textOf(raw) ?? textOf(item.title);
  if (value === undefined) {
    return undefined;
  }
  if (format === 'rss') {
    return { value, kind: 'guess' };
  }
  return { value, kind: attributeOf(raw, 'type') === 'html' ? 'html' : 'text' };
}

function readRssBody(item: Record<string, unknown>): FeedEntry['body'] {
  const html = [item['content:encoded'], item.content, item.summary]
    .map(textOf)
    .find((v) => v !== undefined && v.trim() !== '');
  return html === undefined ? undefined : { value: html, kind: 'html' };
}

function readAtomBody(item: Record<string, unknown>): FeedEntry['body'] {
  for (const element of [first(item.rawContent), first(item.rawSummary)]) {
    const value = textOf(element);
    // Content with a src attribute lives elsewhere; the summary stands in.
    if (value === undefined || value.trim() === '' || attributeOf(element, 'src')) {
      continue;
    }
    const type = (attributeOf(element, 'type') ?? 'text').toLowerCase();
    if (type === 'html' || type === 'text/html' || type === 'application/xhtml+xml') {
      return { value, kind: 'html' };
    }
    if (type === 'text' || type.startsWith('text/')) {
      return { value, kind: 'text' };
    }
  }
  return undefined;
}

function readRssPerson(value: unknown): PersonRef | undefined {
  return parsePerson(textOf(first(value)));
}

/** The text of an xml2js value: a string, or an element's `_` when it has attributes. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  if (isRecord(value) && typeof value._ === 'string') {
    return value._;
  }
  return undefined;
}

function attributeOf(value: unknown, name: string): string | undefined {
  if (isRecord(value) && isRecord(value.$)) {
    const attribute = value.$[name];
    return typeof attribute === 'string' ? attribute : undefined;
  }
  return undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
