import { createHash } from 'node:crypto';
import { htmlToText, sanitizeHtml } from '@moduleboard/markup';
import Parser from 'rss-parser';
import { type ItemKind, type NormalizedItem, SourceError } from '../types';
import { parseFeedDate } from './feed-date';
import {
  type FeedEntry,
  type FeedFormat,
  ITEM_FIELDS,
  readAtomPerson,
  readEntry,
  renameDateElements,
} from './feed-entry';
import { firstWords, titleText } from './plain-text';
import { escapeXhtmlConstructs } from './xhtml-content';

export interface ParseFeedOptions {
  /** Where the feed came from: relative links in it are resolved against this URL. */
  baseUrl?: string | undefined;
  /** Stands in for missing or unreadable dates; passed in so results are reproducible. */
  now: Date;
  /** Default DISCUSSION. */
  itemKind?: ItemKind | undefined;
  /** Module paths every entry belongs to. */
  modules?: string[] | undefined;
  /** How errors name the feed; defaults to `baseUrl`. */
  source?: string | undefined;
}

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom document into items, de-duplicated by external id.
 *
 * The external id is the id the feed gives the entry (RSS guid, Atom id, RDF rdf:about): that
 * is what those elements are for, and it survives edits of the title or the link. Without
 * one, the entry's link stands in; without that, a hash of the title and the date as written
 * (never of the fallback date, which changes on every run). When one id appears twice in a
 * feed, the most recently updated entry is kept (the first one on a tie).
 */
export async function parseFeed(xml: string, options: ParseFeedOptions): Promise<NormalizedItem[]> {
  const source = options.source ?? options.baseUrl ?? 'the document';
  const text = xml.trimStart();
  if (text === '') {
    throw new SourceError(`${source} is not a feed: it is empty`, { retryable: false });
  }
  const format: FeedFormat = rootElement(text) === 'feed' ? 'atom' : 'rss';
  // A new parser per feed: xml2js parsers keep state between documents.
  const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
    customFields: { feed: ['author'], item: ITEM_FIELDS },
    xml2js: { tagNameProcessors: [renameDateElements] },
  });
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(escapeXhtmlConstructs(text));
  } catch (error) {
    throw new SourceError(`${source} is not a feed: ${describeParseError(text, error)}`, {
      retryable: false,
      cause: error,
    });
  }
  const baseUrl = options.baseUrl ?? httpUrl(feed.link);
  const feedAuthor = format === 'atom' ? readAtomPerson(feed.author) : undefined;
  const byId = new Map<string, NormalizedItem>();
  for (const item of feed.items) {
    const normalized = toItem(readEntry(item, format, feedAuthor), { ...options, baseUrl });
    const seen = byId.get(normalized.externalId);
    if (!seen || normalized.updatedAt > seen.updatedAt) {
      byId.set(normalized.externalId, normalized);
    }
  }
  return [...byId.values()];
}

function toItem(entry: FeedEntry, options: ParseFeedOptions): NormalizedItem {
  const { baseUrl, now } = options;
  const url = httpUrl(entry.link, baseUrl) ?? (entry.id ? httpUrl(entry.id) : undefined);
  const body = entry.body ? sanitizeHtml(bodyHtml(entry.body), { baseUrl }) : undefined;
  const published = parseFeedDate(entry.published, now);
  const updated = parseFeedDate(entry.updated, now);
  const createdAt = published ?? updated ?? now;
  const updatedAt = updated && updated > createdAt ? updated : createdAt;
  const title =
    (entry.title ? titleText(entry.title.value, entry.title.kind) : '') ||
    firstWords(body ? htmlToText(body) : '') ||
    url ||
    '(no title)';
  const externalId =
    entry.id ??
    url ??
    `sha256:${createHash('sha256')
      .update(`${entry.title?.value ?? ''}\n${entry.published ?? entry.updated ?? ''}`)
      .digest('hex')}`;
  return {
    externalId,
    kind: options.itemKind ?? 'DISCUSSION',
    title,
    url,
    author: entry.author,
    body: body === '' ? undefined : body,
    bodyFormat: body ? 'html' : undefined,
    status: 'OPEN',
    createdAt,
    updatedAt,
    modules: [...(options.modules ?? [])],
    data: entry.categories.length > 0 ? { categories: entry.categories } : undefined,
  };
}

/** Plain text (Atom's type="text") becomes paragraphs; line breaks inside them are kept. */
function bodyHtml(body: NonNullable<FeedEntry['body']>): string {
  if (body.kind === 'html') {
    return body.value;
  }
  const escaped = body.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.trim().replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** An absolute http(s) URL, resolved against `base`; undefined for anything else. */
function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function rootElement(xml: string): string | undefined {
  const head = xml.slice(0, 8192).replace(/<!--[\s\S]*?-->/g, '');
  const name = /<(?![?!])([A-Za-z_][\w.:-]*)/.exec(head)?.[1];
  return name?.replace(/^.*:/, '');
}

function describeParseError(xml: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /^(.*)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  const reason = position
    ? `${position[1]} at line ${Number(position[2]) + 1}, column ${position[3]}`
    : (message.split('\n')[0] ?? message);
  return /^\s*(?:<!doctype html|<html)/i.test(xml)
    ? `it looks like an HTML page (${reason})`
    : reason;
}
