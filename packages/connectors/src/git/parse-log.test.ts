import { describe, expect, it } from 'vitest';
import { createLogMarkers } from './log-format';
import { LogParser, parseNameStatus, unquotePath } from './parse-log';

const markers = createLogMarkers();
const token = markers.start.slice(1, -1);

function record(sha: string, message: string, files = ''): string {
  const header = [
    sha,
    'p1 p2',
    'Ann',
    'ann@example.org',
    '2024-01-01T00:00:00+00:00',
    'Bo',
    'bo@example.org',
    '2024-01-02T00:00:00+00:00',
  ];
  return `\x1e${token}\n${header.join('\n')}\n${message}\x1f${token}${files}`;
}

const text = [
  record(
    'a'.repeat(40),
    'First\n\nwith a body\x1e that has odd bytes\0 in it\n',
    '\n\nM\tsrc/a.ts\nR090\told.ts\tnew.ts\n',
  ),
  record('b'.repeat(40), 'Second, no files\n'),
  record('c'.repeat(40), `Third\n\n${'long line '.repeat(500)}\n`, '\n\nA\t"tab\\there"\n'),
].join('');

function parseInChunks(size: number) {
  const parser = new LogParser(markers);
  const out = [];
  for (let i = 0; i < text.length; i += size) {
    out.push(...parser.push(text.slice(i, i + size)));
  }
  out.push(...parser.end());
  return out;
}

describe('LogParser', () => {
  const whole = parseInChunks(text.length);

  it('reads each record, its message and its files', () => {
    expect(whole.map((c) => c.sha[0])).toEqual(['a', 'b', 'c']);
    expect(whole[0]).toMatchObject({
      parents: ['p1', 'p2'],
      authorName: 'Ann',
      committerEmail: 'bo@example.org',
      message: 'First\n\nwith a body\x1e that has odd bytes\0 in it\n',
      files: [
        { change: 'M', path: 'src/a.ts' },
        { change: 'R', oldPath: 'old.ts', path: 'new.ts' },
      ],
    });
    expect(whole[1]?.files).toBeUndefined();
    expect(whole[2]?.files).toEqual([{ change: 'A', path: 'tab\there' }]);
  });

  it.each([1, 2, 3, 7, 13, 64, 1000])(
    'gives the same commits when fed %i characters at a time',
    (size) => {
      expect(parseInChunks(size)).toEqual(whole);
    },
  );
});

describe('parseNameStatus and unquotePath', () => {
  it('skips letters it does not know and decodes C-quoted paths', () => {
    expect(parseNameStatus('X\tweird\nD\tgone.txt\n')).toEqual([{ change: 'D', path: 'gone.txt' }]);
    expect(unquotePath('"caf\\303\\251 \\"quoted\\"\\n"')).toBe('café "quoted"\n');
    expect(unquotePath('plain')).toBe('plain');
  });
});
