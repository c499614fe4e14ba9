import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';

async function moduleboard(...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const code = await runCli(argv, { stdout, stderr });
  const text = (stream: PassThrough) => String(stream.end().read() ?? '');
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

const COMMANDS: string[][] = [
  ['serve'],
  ['worker'],
  ['migrate'],
  ['import'],
  ['sync'],
  ['user'],
  ['user', 'create'],
  ['user', 'role'],
  ['credits'],
];

describe('moduleboard --help', () => {
  it('lists every command', async () => {
    const result = await moduleboard('--help');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^usage: moduleboard <command> \[options\]\n/);
    for (const [name] of COMMANDS) {
      expect(result.stdout).toMatch(new RegExp(`\\n  ${name}\\b`));
    }
  });

  it.each(COMMANDS)('answers %s --help with its usage and options', async (...command) => {
    // `help <command>` belongs to the command above: `moduleboard user help create`.
    const helpCommand = [...command.slice(0, -1), 'help', ...command.slice(-1)];
    for (const help of [[...command, '--help'], helpCommand]) {
      const result = await moduleboard(...help);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^usage: moduleboard ${command.join(' ')} `));
      expect(result.stdout).toContain('-h, --help');
    }
  });

  it('shows the options a command takes', async () => {
    expect((await moduleboard('sync', '--help')).stdout).toMatch(
      /--project SLUG[^\n]*\n\s+--source NAME/,
    );
    expect((await moduleboard('serve', '--help')).stdout).toMatch(
      /--demo[\s\S]*--jobs[\s\S]*--no-jobs/,
    );
  });
});

describe('a mistake on the command line', () => {
  it.each([
    [['sync', '--bogus'], "Unknown option '--bogus'", 'sync'],
    [['serve', '--demo=yes'], "Unknown option '--demo=yes'", 'serve'],
    [['sync', '--project'], "Option '--project <slug>' argument missing", 'sync'],
    [['import'], "Missing required argument 'file'", 'import'],
    [['import', 'a.yaml', 'b.yaml'], 'Too many arguments', 'import'],
    [
      ['user', 'role', '--email', 'a@b', '--role', 'boss'],
      "argument 'boss' is invalid",
      'user role',
    ],
    [['user', 'create'], "Required option '--email <email>' not specified", 'user create'],
    [['credits', 'repo', '--colour'], "Unknown option '--colour'", 'credits'],
    [['nope'], "Unknown command 'nope'", ''],
  ])('%j: one line naming it, then the usage; status 2', async (argv, says, command) => {
    const result = await moduleboard(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const [first, blank, usage] = result.stderr.split('\n');
    expect(first).toBe(`moduleboard: ${first?.slice('moduleboard: '.length)}`);
    expect(first).toContain(says);
    expect(blank).toBe('');
    expect(usage).toMatch(new RegExp(`^usage: moduleboard ${command ? `${command} ` : ''}`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives the usage, status 2, when no command is named', async () => {
    const result = await moduleboard();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^usage: moduleboard <command>/);
  });

  it('refuses a value the credits command cannot take, with its usage', async () => {
    const result = await moduleboard('credits', 'repo', '--format', 'xml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be json, table or html, not "xml"');
    expect(result.stderr).toContain('usage: moduleboard credits <git-dir> [options]');
  });
});
