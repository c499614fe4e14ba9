import { describe, expect, it } from 'vitest';
import { createLogMarkers } from './log-format';
import { LogBytesParser, LogParser, parseNameStatus, unquotePath } from './parse-log';

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

/**
 * The commits as the parser read them before it read bytes: the whole text decoded at once, then
 * cut at the markers and at the newlines of the header.
 */
function referenceParse(bytes: Buffer, lines: string[]): Array<Record<string, unknown>> {
  const text = new TextDecoder().decode(bytes);
  const endMarker = markers.end.slice(0, -1);
  return text
    .split(markers.start)
    .slice(1)
    .map((record) => {
      const header = record.split('\n');
      const fields = Object.fromEntries(lines.map((name, i) => [name, header[i] ?? '']));
      let rest = header.slice(lines.length).join('\n');
      const end = rest.lastIndexOf(endMarker);
      const tail = end < 0 ? '' : rest.slice(end + endMarker.length);
      rest = end < 0 ? rest : rest.slice(0, end);
      return { ...fields, message: rest, tail };
    });
}

/** Random bytes a message may hold: ASCII, accents, CJK, emoji, invalid UTF-8, NUL, \x1e. */
function randomMessage(random: () => number): Buffer {
  const parts: Buffer[] = [];
  const count = Math.floor(random() * 12);
  for (let i = 0; i < count; i++) {
    const pick = Math.floor(random() * 8);
    if (pick === 0) {
      parts.push(Buffer.from('é'));
    } else if (pick === 1) {
      parts.push(Buffer.from('日本'));
    } else if (pick === 2) {
      parts.push(Buffer.from('🙂'));
    } else if (pick === 3) {
      parts.push(Buffer.from([0xc3]));
    } else if (pick === 4) {
      parts.push(Buffer.from([0xff, 0xfe, 0x80]));
    } else if (pick === 5) {
      parts.push(Buffer.from('\x1e\0\n'));
    } else {
      parts.push(Buffer.from(`word ${Math.floor(random() * 1000)}\nPatch by: x\n`));
    }
  }
  return Buffer.concat(parts);
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function feedBytes(parser: LogBytesParser, bytes: Buffer, random: () => number) {
  const out = [];
  for (let i = 0; i < bytes.length; ) {
    const size = 1 + Math.floor(random() * 40);
    out.push(...parser.push(bytes.subarray(i, i + size)));
    i += size;
  }
  out.push(...parser.end());
  return out;
}

describe('LogBytesParser', () => {
  const full = ['sha', 'parents', 'authorName', 'authorEmail', 'authorDate'];
  const committer = ['committerName', 'committerEmail', 'committerDate'];

  it.each([1, 2, 3, 4, 5])(
    'reads random bytes cut anywhere as decoding the whole text would (seed %i)',
    (seed) => {
      const random = seeded(seed);
      const records: Buffer[] = [];
      for (let i = 0; i < 30; i++) {
        const header = [
          `${i}`.repeat(3),
          'p1 p2',
          'Zoë 日本',
          'z@example.org',
          'd1',
          'Bo',
          'b@x',
          'd2',
        ];
        const files = random() < 0.3 ? '\n\nM\tsrc/é.ts\n' : '\n';
        records.push(
          Buffer.from(`\x1e${token}\n${header.join('\n')}\n`),
          randomMessage(random),
          Buffer.from(`\x1f${token}${files}`),
        );
      }
      const bytes = Buffer.concat(records);
      const got = feedBytes(new LogBytesParser(markers), bytes, random);
      const expected = referenceParse(bytes, [...full, ...committer]);
      expect(got).toHaveLength(expected.length);
      got.forEach((commit, i) => {
        const want = expected[i] ?? {};
        expect(commit.message).toBe(want.message);
        expect(commit.authorName).toBe(want.authorName);
        expect(commit.committerDate).toBe(want.committerDate);
        expect(commit.files).toEqual(
          String(want.tail).trim() === '' ? [] : parseNameStatus(String(want.tail)),
        );
      });
      // The text parser reads the same bytes the same way.
      const text = new LogParser(markers);
      expect([...text.push(new TextDecoder().decode(bytes)), ...text.end()]).toEqual(got);
    },
  );

  it('leaves out the fields the format does not print', () => {
    const lean = createLogMarkers({ committer: false, authorDate: false });
    expect(lean.format).not.toContain('%c');
    expect(lean.format).not.toContain('%aI');
    const leanToken = lean.start.slice(1, -1);
    const text = `\x1e${leanToken}\n${'a'.repeat(40)}\n\nAnn\nann@example.org\nSubject\n\x1f${leanToken}\n`;
    const parser = new LogBytesParser(lean);
    expect(parser.push(Buffer.from(text))).toEqual([]);
    expect(parser.end()).toEqual([
      {
        sha: 'a'.repeat(40),
        parents: [],
        authorName: 'Ann',
        authorEmail: 'ann@example.org',
        authorDate: '',
        committerName: '',
        committerEmail: '',
        committerDate: '',
        message: 'Subject\n',
        files: [],
      },
    ]);
  });

  it('holds a long record over many chunks without losing a marker cut by a seam', () => {
    const body = 'x'.repeat(100_000);
    const text = `junk${record('a'.repeat(40), body)}\n${record('b'.repeat(40), 'two\n')}\n`;
    const bytes = Buffer.from(text);
    for (const size of [1, 7, 4096, 65_536]) {
      const parser = new LogBytesParser(markers);
      const out = [];
      for (let i = 0; i < bytes.length; i += size) {
        out.push(...parser.push(bytes.subarray(i, i + size)));
      }
      out.push(...parser.end());
      expect(out.map((c) => [c.sha[0], c.message.length])).toEqual([
        ['a', body.length],
        ['b', 4],
      ]);
    }
  });
});
