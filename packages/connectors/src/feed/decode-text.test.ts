import { describe, expect, it } from 'vitest';
import { decodeFeedText } from './decode-text';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('decodeFeedText', () => {
  it('reads UTF-8 by default', () => {
    expect(decodeFeedText(Buffer.from('<rss>Café</rss>'))).toBe('<rss>Café</rss>');
  });

  it('follows the XML declaration', () => {
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Café</rss>');
    expect(decodeFeedText(bytes)).toContain('Café');
  });

  it('prefers the Content-Type charset to the declaration (RFC 7303)', () => {
    const bytes = latin1('<?xml version="1.0" encoding="utf-8"?><rss>Café</rss>');
    expect(decodeFeedText(bytes, 'text/xml; charset="iso-8859-1"')).toContain('Café');
  });

  it('prefers a byte order mark to everything, and drops it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>é</rss>')]);
    expect(decodeFeedText(bytes, 'text/xml; charset=iso-8859-1')).toBe('<rss>é</rss>');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<rss>é</rss>', 'utf16le'),
    ]);
    expect(decodeFeedText(utf16)).toBe('<rss>é</rss>');
  });

  it('falls through an unknown label', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="x-klingon"?><rss>é</rss>');
    expect(decodeFeedText(bytes, 'text/xml; charset=nonsense')).toContain('<rss>é</rss>');
  });
});
