import { describe, expect, it } from 'vitest';
import { copyText } from './copy-rows';

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
