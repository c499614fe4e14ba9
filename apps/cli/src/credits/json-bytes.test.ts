import { describe, expect, it } from 'vitest';
import { encode, JsonBytes } from './json-bytes';

const ODD = [
  '',
  'plain',
  'a "quote"',
  'back\\slash',
  'tab\there',
  '\u0000\u001f\u007f',
  'Zoë',
  '日本',
  '🙂',
  '\ud800 lone',
  'end \udc00',
];

function join(pieces: Buffer[]): string {
  return pieces.map((piece) => new TextDecoder('utf-8', { fatal: true }).decode(piece)).join('');
}

describe('JsonBytes', () => {
  it.each(ODD)('writes %j as JSON.stringify does', (text) => {
    const out = new JsonBytes();
    out.string(text);
    expect(join(out.take(true))).toBe(JSON.stringify(text));
  });

  it('cuts pieces only between what it writes, each valid UTF-8 on its own', () => {
    const out = new JsonBytes(16);
    let expected = '';
    for (let i = 0; i < 200; i++) {
      const text = ODD[i % ODD.length] ?? '';
      out.string(text);
      out.ascii(',');
      out.text('Åse, ');
      out.bytes(encode('[1]'));
      expected += `${JSON.stringify(text)},Åse, [1]`;
    }
    const pieces = out.take(true);
    expect(pieces.length).toBeGreaterThan(10);
    // `fatal` makes a character cut between two pieces throw.
    expect(join(pieces)).toBe(expected);
    expect(out.take(true)).toEqual([]);
  });

  it('lets a caller copy bytes in place', () => {
    const out = new JsonBytes(8);
    out.ascii('abc');
    const piece = out.reserve(10);
    const at = out.position;
    piece.set(encode('0123456789'), at);
    out.advance(10);
    expect(join(out.take(true))).toBe('abc0123456789');
  });
});
