import { describe, expect, it } from 'vitest';
import { CREDITS_USAGE, parseCreditsArgs } from './options';

describe('parseCreditsArgs', () => {
  it('defaults to JSON with a progress bar', () => {
    expect(parseCreditsArgs(['repo'])).toEqual({
      kind: 'run',
      options: {
        dir: 'repo',
        format: 'json',
        out: undefined,
        mailmap: undefined,
        committers: undefined,
        roles: undefined,
        undo: undefined,
        merges: undefined,
        since: undefined,
        until: undefined,
        paths: [],
        revisionUrl: undefined,
        progress: true,
      },
    });
  });

  it('reads every option', () => {
    const parsed = parseCreditsArgs([
      'repo.git',
      '--format=html',
      '--out',
      'site',
      '--path',
      'a/**',
      '--path',
      'b/*.c',
      '--since',
      '2020-01-01',
      '--until',
      '2021-01-01',
      '--revision-url',
      'https://svn.example.org/r{revision}',
      '--no-progress',
    ]);
    expect(parsed).toMatchObject({
      kind: 'run',
      options: {
        dir: 'repo.git',
        format: 'html',
        out: 'site',
        paths: ['a/**', 'b/*.c'],
        since: '2020-01-01',
        until: '2021-01-01',
        revisionUrl: 'https://svn.example.org/r{revision}',
        progress: false,
      },
    });
  });

  it.each([[['--help']], [['repo', '-h']]])('answers %j with help', (args) => {
    expect(parseCreditsArgs(args)).toEqual({ kind: 'help' });
  });

  it.each([
    [['repo', '--since', ' '], '--since needs a value'],
    [['repo', '--format'], "Option '-f, --format <format>' argument missing"],
    [['repo', '--format', 'xml'], '--format must be json, table or html, not "xml"'],
    [['repo', '--colour'], "Unknown option '--colour'"],
    [['repo', '--out', 'site'], '--out is for --format html'],
    [[], 'credits needs the <git-dir> to read'],
    [['a', 'b'], 'credits reads one <git-dir>, got 2: a b'],
  ])('refuses %j in one line', (args, message) => {
    const parsed = parseCreditsArgs(args);
    expect(parsed).toEqual({ kind: 'usage-error', message: expect.stringContaining(message) });
    expect(parsed.kind === 'usage-error' && parsed.message).not.toContain('\n');
  });

  it('makes its usage from its options', () => {
    expect(CREDITS_USAGE).toMatch(/^usage: moduleboard credits <git-dir> \[options\]\n/);
    for (const option of ['--format FORMAT', '--path GLOB', '--no-progress', '--help']) {
      expect(CREDITS_USAGE).toContain(option);
    }
  });
});
