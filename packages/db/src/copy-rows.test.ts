import { describe, expect, it } from 'vitest';
import { copyPieces, copyText } from './copy-rows';

describe('copyText', () => {
  it('writes fields by tabs, rows by lines, null as \\N, and escapes what COPY reads', () => {
    expect(
      copyText([
        [1, 'plain', null],
        [2, 'tab\there\nand line\\back', undefined],
        [3, 'nul\0byte', true],
      ]),
    ).toBe('1\tplain\t\\N\n2\ttab\\there\\nand line\\\\back\t\\N\n3\tnul\ufffdbyte\ttrue\n');
  });
});

describe('copyPieces', () => {
  it('cuts long text at row ends into pieces under the large-object size', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [i, `message ${i}\n${'ł'.repeat(90)}`]);
    const pieces = [...copyPieces(rows)];
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.endsWith('\n')).toBe(true);
      expect(piece.length).toBeLessThan(64 * 1024);
    }
    expect(pieces.join('')).toBe(copyText(rows));
    expect(copyText(rows).split('\n')).toHaveLength(2001);
  });
});
