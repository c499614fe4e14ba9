/**
 * Turns the bytes of a feed into text. The XML parser works on strings, so the encoding must
 * be settled here; old archives still serve ISO-8859-1 and windows-1252. Order as RFC 7303
 * says for XML: a byte order mark, then the charset of the Content-Type, then the encoding in
 * the XML declaration, then UTF-8. An unknown label falls through to the next source.
 */
export function decodeFeedText(bytes: Uint8Array, contentType?: string | undefined): string {
  const candidates = [bomEncoding(bytes), charsetOf(contentType), declaredEncoding(bytes), 'utf-8'];
  for (const label of candidates) {
    if (!label) {
      continue;
    }
    try {
      // fatal: false, because one bad byte in one old message should not lose the whole feed.
      return new TextDecoder(label, { fatal: false }).decode(bytes);
    } catch {
      // RangeError: a label TextDecoder does not know; try the next source.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return 'utf-8';
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return 'utf-16be';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return 'utf-16le';
  }
  return undefined;
}

function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType) : null;
  return match?.[1];
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding this can name, and sits in the first bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1];
}
