import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../types';
import { decodeFeedText } from './decode-text';
import { type ParseFeedOptions, parseFeed } from './parse-feed';
import { fixture } from './test-server';

const now = new Date('2024-06-01T00:00:00Z');

function parseFixture(name: string, options: Partial<ParseFeedOptions> = {}) {
  return parseFeed(decodeFeedText(fixture(name)), { now, ...options });
}

function byId<T extends { externalId: string }>(items: T[], id: string): T {
  const item = items.find((i) => i.externalId === id);
  if (!item) {
    throw new Error(`no item ${id} among ${items.map((i) => i.externalId).join(', ')}`);
  }
  return item;
}

describe('parseFeed on RSS 2.0', () => {
  const options: Partial<ParseFeedOptions> = {
    baseUrl: 'https://lists.example.org/widgets/feed.rss',
    itemKind: 'USE_CASE',
    modules: ['lib/widgets'],
  };

  it('reads an entry with guid, author, dates, categories and content', async () => {
    const items = await parseFixture('rss2.xml', options);
    expect(byId(items, 'widgets-001')).toMatchObject({
      kind: 'USE_CASE',
      title: 'Fish & Chips: a bold proposal',
      url: 'https://lists.example.org/widgets/2024/001.html',
      author: { name: 'Ada Lovelace', email: 'ada@example.org' },
      bodyFormat: 'html',
      status: 'OPEN',
      createdAt: new Date('2024-01-01T09:00:00Z'),
      updatedAt: new Date('2024-01-01T09:00:00Z'),
      modules: ['lib/widgets'],
      data: { categories: ['proposal', 'parser'] },
    });
  });

  it('sanitizes the content before anything else sees it', async () => {
    const { body = '' } = byId(await parseFixture('rss2.xml', options), 'widgets-001');
    expect(body).toContain(
      '<a href="https://lists.example.org/docs/intro.html" rel="nofollow noopener">the intro</a>',
    );
    expect(body).toContain('<img src="https://lists.example.org/img/chart.png" alt="chart"');
    expect(body).toContain('<span>click me</span> <span>or me</span>');
    expect(body).not.toMatch(/<script|onerror|onclick|<iframe|<style|style=|javascript|id="x"/i);
  });

  it('uses the link as the id when there is no guid', async () => {
    const items = await parseFixture('rss2.xml', options);
    expect(byId(items, 'https://lists.example.org/widgets/2024/002.html')).toMatchObject({
      title: 'Re: Use <module> in templates',
      author: { name: 'Grace Hopper', email: 'grace@example.org' },
      body: '<p>No guid here: the link is the id.</p>',
    });
  });

  it('keeps one entry per id, the most recently updated', async () => {
    const items = await parseFixture('rss2.xml', options);
    const copies = items.filter((i) => i.externalId.endsWith('/2024/003.html'));
    expect(copies).toHaveLength(1);
    expect(copies[0]?.title).toBe('Duplicate, newer copy');
    expect(items).toHaveLength(6);
  });

  it('falls back to now for unreadable and far-future dates', async () => {
    const items = await parseFixture('rss2.xml', options);
    expect(byId(items, 'widgets-odd-date').createdAt).toEqual(now);
    expect(byId(items, 'widgets-future').createdAt).toEqual(now);
  });

  it('names an entry with neither title, guid nor link by its first words and a stable hash', async () => {
    const first = (await parseFixture('rss2.xml', options)).find((i) =>
      i.externalId.startsWith('sha256:'),
    );
    const again = (
      await parseFixture('rss2.xml', { ...options, now: new Date('2025-01-01T00:00:00Z') })
    ).find((i) => i.externalId.startsWith('sha256:'));
    expect(first?.title).toMatch(/^An entry with neither title nor guid nor link, .*…$/);
    expect(first?.createdAt).toEqual(new Date('2024-01-06T08:00:00Z'));
    expect(again?.externalId).toBe(first?.externalId);
  });

  it('defaults to DISCUSSION and copies the module list', async () => {
    const modules = ['core'];
    const items = await parseFixture('rss2.xml', { modules });
    expect(items.every((i) => i.kind === 'DISCUSSION')).toBe(true);
    expect(items[0]?.modules).toEqual(['core']);
    expect(items[0]?.modules).not.toBe(modules);
  });
});

describe('parseFeed on Atom', () => {
  it('reads html titles and content, authors with email and uri, published and updated', async () => {
    const items = await parseFixture('atom.xml');
    expect(byId(items, 'tag:gadgets.example.com,2024:post-20')).toEqual({
      externalId: 'tag:gadgets.example.com,2024:post-20',
      kind: 'DISCUSSION',
      title: 'Release 2.0 & more',
      url: 'https://gadgets.example.com/posts/2-0',
      author: {
        name: 'Linus Example',
        email: 'linus@example.com',
        url: 'https://example.com/~linus',
      },
      body: '<p>We shipped. <a href="https://gadgets.example.com/notes.html" rel="nofollow noopener">Notes</a></p>',
      bodyFormat: 'html',
      status: 'OPEN',
      createdAt: new Date('2024-02-01T08:00:00Z'),
      updatedAt: new Date('2024-02-03T10:00:00Z'),
      modules: [],
      data: { categories: ['release'] },
    });
  });

  it('keeps text titles literal, turns text content into paragraphs, inherits the feed author', async () => {
    const items = await parseFixture('atom.xml');
    expect(byId(items, 'tag:gadgets.example.com,2024:post-plain')).toMatchObject({
      title: 'Plain <text> title',
      body: '<p>Line one<br />line two &lt;not a tag&gt;</p><p>Second paragraph.</p>',
      author: { name: 'Gadgets Team', email: 'team@gadgets.example.com' },
      createdAt: new Date('2024-02-05T10:00:00Z'),
    });
  });

  it('keeps inline XHTML in order and survives an unreadable <published>', async () => {
    const items = await parseFixture('atom.xml');
    expect(byId(items, 'tag:gadgets.example.com,2024:post-xhtml')).toMatchObject({
      title: 'Mixed content title',
      body:
        '<div><p>Before <a href="https://gadgets.example.com/x" rel="nofollow noopener">the link</a>' +
        ' and after, then <em>emphasis</em> &amp; an entity.</p></div>',
      createdAt: new Date('2024-02-07T10:00:00Z'),
    });
  });
});

describe('parseFeed on RSS 1.0 (RDF)', () => {
  it('reads rdf:about, dc:creator and dc:date', async () => {
    const items = await parseFixture('rdf.xml');
    expect(items.map((i) => [i.externalId, i.author, i.createdAt.toISOString()])).toEqual([
      [
        'https://archive.example.net/sprockets/msg00042.html',
        { name: 'Tom Example', email: 'tom@example.net' },
        '2023-11-20T08:15:00.000Z',
      ],
      [
        'https://archive.example.net/sprockets/msg00043.html',
        { name: 'Mia Example', email: 'mia@example.net' },
        '2023-11-20T08:40:00.000Z',
      ],
    ]);
  });
});

describe('parseFeed on mailing-list archives', () => {
  it('public-inbox: XHTML <pre> bodies with links in place, html titles', async () => {
    const items = await parseFixture('public-inbox.atom');
    const reply = byId(items, 'urn:uuid:1b6e5c2a-9d2f-5e3b-8c1a-0f2e3d4c5b6a');
    expect(reply).toMatchObject({
      title: 'Re: [PATCH v2 1/3] gizmo: fix off-by-one in <ring> buffer',
      url: 'https://inbox.example.org/gizmo/20240302182011.4242-1-kim@example.org/',
      author: { name: 'Kim Example', email: 'kim@example.org' },
      createdAt: new Date('2024-03-02T18:20:11Z'),
    });
    expect(reply.body).toContain(
      '&gt; The ring buffer drops the last byte.\n\nConfirmed, see <a href="https://inbox.example.org/gizmo/20240301090000.1111-1-lee@example.org/" rel="nofollow noopener">the report</a> and\nthe fix',
    );
    expect(byId(items, 'urn:uuid:7c9d1e2f-3a4b-5c6d-8e9f-0a1b2c3d4e5f').title).toBe(
      '[PATCH v2 1/3] gizmo: R&D notes',
    );
  });

  it('Mailman 3 (HyperKitty): dc:creator names and RSS author addresses', async () => {
    const items = await parseFixture('hyperkitty.rss');
    expect(items.map((i) => [i.title, i.author])).toEqual([
      ['Release plan for 3.0', { name: 'Noor Example' }],
      ['Re: Release plan for 3.0', { name: 'Omar Example', email: 'omar@example.com' }],
    ]);
    expect(items[0]?.body).toBe('<p>Hi all,</p><p>the freeze starts on <b>Monday</b>.</p>');
  });

  it('Discourse category feeds: usernames, categories, non-URL guids', async () => {
    const items = await parseFixture('discourse.rss');
    expect(byId(items, 'forum.example.org-topic-5150')).toMatchObject({
      title: 'Pre-PEP: lazy imports everywhere',
      url: 'https://forum.example.org/t/pre-pep-lazy-imports-everywhere/5150',
      author: { username: 'pat' },
      data: { categories: ['Core Development'] },
      createdAt: new Date('2024-01-11T07:45:12Z'),
    });
  });

  it('an ISO-8859-1 pipermail-era archive with obfuscated addresses and zone names', async () => {
    const items = await parseFixture('mail-archive-latin1.rss');
    expect(items.map((i) => [i.title, i.author, i.createdAt.toISOString()])).toEqual([
      [
        '[Thingamajig] Café locale breaks the parser',
        { name: 'José Ramírez', email: 'jose@example.net' },
        '2009-05-16T17:34:56.000Z',
      ],
      [
        '[Thingamajig] Re: Café locale breaks the parser',
        { name: 'Renée Example', email: 'renee@example.net' },
        '2009-05-17T12:00:00.000Z',
      ],
    ]);
  });

  it('resolves relative links against the feed’s own link when there is no base URL', async () => {
    const xml =
      '<rss version="2.0"><channel><title>t</title><link>https://site.example/blog/</link>' +
      '<item><title>x</title><link>post-1.html</link><description>&lt;a href="p"&gt;p&lt;/a&gt;</description></item>' +
      '</channel></rss>';
    const [item] = await parseFeed(xml, { now });
    expect(item?.url).toBe('https://site.example/blog/post-1.html');
    expect(item?.body).toBe('<a href="https://site.example/blog/p" rel="nofollow noopener">p</a>');
  });
});

describe('parseFeed on things that are not feeds', () => {
  const source = 'https://x.example/feed';

  it.each([
    [
      'broken.xml',
      'https://x.example/feed is not a feed: Unexpected close tag at line 2, column 77',
    ],
    [
      'not-a-feed.html',
      'https://x.example/feed is not a feed: it looks like an HTML page (Unexpected close tag at line 6, column 7)',
    ],
  ])('%s', async (name, message) => {
    const error = await parseFixture(name, { source }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ message, retryable: false });
  });

  it.each([
    ['', 'https://x.example/feed is not a feed: it is empty'],
    [
      '<note><to>you</to></note>',
      'https://x.example/feed is not a feed: Feed not recognized as RSS 1 or 2.',
    ],
  ])('%j', async (xml, message) => {
    await expect(parseFeed(xml, { now, source })).rejects.toMatchObject({ message });
  });

  it('names the feed by its base URL when no source is given', async () => {
    await expect(parseFeed('<nope', { now, baseUrl: source })).rejects.toThrow(
      /^https:\/\/x\.example\/feed is not a feed: /,
    );
  });

  it('never fails with anything but a SourceError', async () => {
    const fragments = [
      '<rss version="2.0">',
      '<channel>',
      '<item>',
      '<title>',
      '</title>',
      '</item>',
      '</channel>',
      '</rss>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '<entry>',
      '</entry>',
      '</feed>',
      '<link/>',
      '<link href="x"/>',
      '<published>',
      '</published>',
      '<guid>',
      '</guid>',
      '<content type="xhtml">',
      '</content>',
      '&amp;',
      '&nbsp;',
      'text',
      '<![CDATA[',
      ']]>',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...fragments), { maxLength: 20 }),
        async (parts) => {
          const outcome = await parseFeed(parts.join(''), { now }).then(
            (items) => items,
            (error: unknown) => error,
          );
          expect(Array.isArray(outcome) || outcome instanceof SourceError).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
