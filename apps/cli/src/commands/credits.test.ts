import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditsCommand } from './credits';

const UUID = '13f79535-47bb-0310-9956-ffa450edef68';
const SVN = `https://svn.example.org/repos/frob/trunk`;

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function credits(...args: string[]): Promise<Output> {
  const stdout = sink();
  const stderr = sink();
  const code = await creditsCommand(args, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

interface JsonContributor {
  id: string;
  name: string;
  emails: string[];
  usernames: string[];
  score: number;
  roles: Record<string, number>;
  commits: Array<{ sha: string; revision: string | null; roles: string[] }>;
}

interface JsonOutput {
  repository: string;
  head: string;
  commits: number;
  creditedCommits: number;
  contributors: JsonContributor[];
}

let root: string;
let repo: string;
const shas: Record<string, string> = {};

/** A small history with the shapes the rules cover, made by git itself. */
function buildHistory(dir: string): void {
  mkdirSync(dir, { recursive: true });
  let day = 0;
  const git = (args: string[], author?: { name: string; email: string }) => {
    const date = `2024-01-${String(Math.max(day, 1)).padStart(2, '0')}T12:00:00Z`;
    return execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: author?.name ?? 'Jane Doe',
        GIT_AUTHOR_EMAIL: author?.email ?? 'jane@example.org',
        GIT_COMMITTER_NAME: 'Release Bot',
        GIT_COMMITTER_EMAIL: 'bot@example.org',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
    }).trim();
  };
  const commit = (
    name: string,
    file: string,
    message: string,
    author: { name: string; email: string },
  ) => {
    day += 1;
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), `${name}\n`);
    git(['add', '--all']);
    git(['commit', '--quiet', '--message', message], author);
    shas[name] = git(['rev-parse', 'HEAD']);
  };
  const jrandom = { name: 'jrandom', email: `jrandom@${UUID}` };
  const sally = { name: 'sally', email: `sally@${UUID}` };
  const jane = { name: 'Jane Doe', email: 'JANE@example.org' };

  git(['init', '--quiet', '--initial-branch=main']);
  writeFileSync(
    join(dir, '.mailmap'),
    `# People who moved\nSally Smith <sally@example.org> <sally@${UUID}>\n`,
  );
  commit(
    'c1',
    'subversion/frob.c',
    `Fix the frobnicator.\n\n* subversion/frob.c\n  (frob): Check the baton.\n\nPatch by: sally\n          Jane Doe <jane@example.org>\n(Tweaked by me.)\nReview by: me\n\ngit-svn-id: ${SVN}@100 ${UUID}`,
    jrandom,
  );
  commit(
    'c2',
    'subversion/count.c',
    `Teach the frobnicator to count.\n\nReview by: jrandom\nFound by: Larry Shatzer, Jr.\n   * subversion/count.c (count): New.\n\ngit-svn-id: ${SVN}@101 ${UUID}`,
    sally,
  );
  commit(
    'c3',
    'subversion/frob.h',
    `Merge r101 from trunk.\n\nApproved by: sally\n\ngit-svn-id: ${SVN}@102 ${UUID}`,
    jrandom,
  );
  commit(
    'c4',
    'docs/frob.md',
    'Document the frobnicator\n\nIt counts now.\n\nReviewed-by: Sally Smith <sally@example.org>\nco-authored-BY: Octo Cat\n <123+octocat@users.noreply.github.com>\nSigned-off-by: Jane Doe <jane@example.org>\nNoticed-by: Bob Jones <bob@example.org>\n',
    jane,
  );
  git(['checkout', '--quiet', '-b', 'topic']);
  commit('c5', 'src/speed.c', 'Speed up the frobnicator\n', {
    name: 'octocat',
    email: 'octocat@users.noreply.github.com',
  });
  git(['checkout', '--quiet', 'main']);
  commit(
    'c6',
    'src/tidy.c',
    'Tidy up <script>alert(1)</script> & more\n\nSee <img src=x onerror=alert(2)> and write to jane@example.org.\n',
    { name: 'Jane Doe', email: 'jane@example.org' },
  );
  day += 1;
  git(['merge', '--quiet', '--no-ff', 'topic', '--message', "Merge branch 'topic'"], jane);
  shas.c7 = git(['rev-parse', 'HEAD']);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'credits-test-'));
  repo = join(root, 'frob');
  buildHistory(repo);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function byName(output: JsonOutput): Record<string, JsonContributor> {
  return Object.fromEntries(output.contributors.map((c) => [c.name, c]));
}

describe('moduleboard credits --format json', () => {
  let output: JsonOutput;
  let stderr: string;

  beforeAll(async () => {
    const result = await credits(repo);
    expect(result.code).toBe(0);
    output = JSON.parse(result.stdout) as JsonOutput;
    stderr = result.stderr;
  });

  it('counts the commits of HEAD and those with credit lines', () => {
    expect(output.repository).toBe(repo);
    expect(output.head).toBe(shas.c7);
    expect(output.commits).toBe(7);
    expect(output.creditedCommits).toBe(3);
  });

  it('ranks contributors by score, ties by name', () => {
    expect(output.contributors.map((c) => [c.name, c.score])).toEqual([
      ['Jane Doe', 6],
      ['Sally Smith', 5],
      ['jrandom', 4],
      ['Octo Cat', 4],
      ['Larry Shatzer, Jr.', 1],
    ]);
  });

  it('counts distinct commits per role, across merged identities', () => {
    const people = byName(output);
    expect(people['Jane Doe']?.roles).toEqual({ patch: 3, signoff: 1 });
    expect(people['Sally Smith']?.roles).toEqual({ patch: 2, review: 1 });
    expect(people.jrandom?.roles).toEqual({ patch: 1, review: 2 });
    expect(people['Octo Cat']?.roles).toEqual({ patch: 1, coauthor: 1 });
    expect(people['Larry Shatzer, Jr.']?.roles).toEqual({ found: 1 });
  });

  it('lists addresses and usernames, without git-svn stand-ins', () => {
    const people = byName(output);
    expect(people['Sally Smith']).toMatchObject({
      emails: ['sally@example.org'],
      usernames: ['sally'],
    });
    expect(people.jrandom).toMatchObject({ emails: [], usernames: ['jrandom'] });
    expect(people['Octo Cat']).toMatchObject({
      emails: ['123+octocat@users.noreply.github.com', 'octocat@users.noreply.github.com'],
      usernames: ['octocat'],
    });
  });

  it('lists each commit with its revision and roles', () => {
    expect(byName(output).jrandom?.commits).toEqual([
      { sha: shas.c3, revision: 'r102', roles: ['patch'] },
      { sha: shas.c2, revision: 'r101', roles: ['review'] },
      { sha: shas.c1, revision: 'r100', roles: ['review'] },
    ]);
    expect(byName(output)['Jane Doe']?.commits).toEqual([
      { sha: shas.c6, revision: null, roles: ['patch'] },
      { sha: shas.c4, revision: null, roles: ['patch', 'signoff'] },
      { sha: shas.c1, revision: 'r100', roles: ['patch'] },
    ]);
  });

  it('gives stable ids', async () => {
    const again = JSON.parse((await credits(repo)).stdout) as JsonOutput;
    expect(again.contributors.map((c) => c.id)).toEqual(output.contributors.map((c) => c.id));
    expect(new Set(output.contributors.map((c) => c.id)).size).toBe(5);
  });

  it('reports unrecognised fields on standard error', () => {
    expect(stderr).toContain('7 commits (3 with credit lines), 5 contributors');
    expect(stderr).toContain('unrecognised fields (not credited): Noticed-by ×1');
    expect(stderr).toContain(`${shas.c4?.slice(0, 10)} line 9: Noticed-by: Bob Jones`);
  });
});

describe('moduleboard credits: scope and options', () => {
  it('counts only commits touching --path', async () => {
    const result = await credits(repo, '--path', 'docs/**');
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect([output.commits, output.creditedCommits]).toEqual([1, 1]);
    expect(output.contributors.map((c) => [c.name, c.roles])).toEqual([
      ['Jane Doe', { patch: 1, signoff: 1 }],
      ['Octo Cat', { coauthor: 1 }],
      ['Sally Smith', { review: 1 }],
    ]);
  });

  it('takes several --path globs', async () => {
    const output = JSON.parse(
      (await credits(repo, '--path', 'docs/**', '--path', 'src/*.c')).stdout,
    ) as JsonOutput;
    expect(output.commits).toBe(3);
  });

  it('counts only commits in --since and --until', async () => {
    const output = JSON.parse(
      (await credits(repo, '--since', '2024-01-04T00:00:00Z', '--until', '2024-01-06T23:00:00Z'))
        .stdout,
    ) as JsonOutput;
    expect(output.commits).toBe(3);
    expect(output.creditedCommits).toBe(1);
  });

  it('reads a bare repository', async () => {
    const bare = join(root, 'frob.git');
    execFileSync('git', ['clone', '--quiet', '--bare', repo, bare]);
    const output = JSON.parse((await credits(bare)).stdout) as JsonOutput;
    expect(output.commits).toBe(7);
    expect(output.contributors).toHaveLength(5);
  });

  it('applies a COMMITTERS file', async () => {
    const file = join(root, 'COMMITTERS');
    writeFileSync(
      file,
      'Full committers:\n\n   jrandom   J. Random Hacker <jrandom@example.org>\n',
    );
    const output = JSON.parse((await credits(repo, '--committers', file)).stdout) as JsonOutput;
    expect(byName(output)['J. Random Hacker']).toMatchObject({ usernames: ['jrandom'], score: 4 });
  });

  it('applies another mailmap', async () => {
    const file = join(root, 'more.mailmap');
    writeFileSync(file, 'Jane Doe <jane@example.org> <octocat@users.noreply.github.com>\n');
    const output = JSON.parse((await credits(repo, '--mailmap', file)).stdout) as JsonOutput;
    expect(output.contributors).toHaveLength(4);
    expect(byName(output)['Jane Doe']?.roles).toEqual({ patch: 4, coauthor: 1, signoff: 1 });
  });

  it('takes project aliases from --roles', async () => {
    const file = join(root, 'roles.json');
    writeFileSync(
      file,
      JSON.stringify({ roles: { noticed: 1 }, fields: { 'Noticed-by': 'noticed' } }),
    );
    const result = await credits(repo, '--roles', file);
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(byName(output)['Bob Jones']?.roles).toEqual({ noticed: 1 });
    expect(result.stderr).not.toContain('unrecognised');
  });

  it('lists merges for review and does not re-make undone ones', async () => {
    const mergesFile = join(root, 'merges.json');
    await credits(repo, '--merges', mergesFile);
    const merges = JSON.parse(readFileSync(mergesFile, 'utf8')) as Array<{
      a: string;
      b: string;
      reason: string;
      detail: string;
    }>;
    const viaMailmap = merges.filter((m) => m.reason === 'mailmap');
    expect(viaMailmap).toHaveLength(1);
    expect(viaMailmap[0]?.detail).toContain('.mailmap:2');
    expect(merges.map((m) => m.reason).sort()).toEqual([
      'github',
      'mailmap',
      'username',
      'username',
    ]);
    const undoFile = join(root, 'undo.json');
    writeFileSync(undoFile, JSON.stringify(viaMailmap));
    const result = await credits(repo, '--undo', undoFile);
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.contributors).toHaveLength(6);
    expect(byName(output)['Sally Smith']?.roles).toEqual({ review: 1 });
    expect(result.stderr).toContain('(1 undone)');
  });
});

describe('moduleboard credits --format table', () => {
  it('prints a ranked table with counts in words', async () => {
    const result = await credits(repo, '--format', 'table');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('7 commits, 3 with credit lines, 5 contributors');
    expect(lines[3]).toMatch(/^1 {2}Jane Doe +6 {2}3 patches, 1 sign-off$/);
    expect(result.stdout).toContain('2 patches, 1 review');
    expect(result.stdout).toContain('1 patch, 2 reviews');
    expect(result.stdout).toContain('1 patch, 1 co-authored');
    expect(result.stdout).toContain('1 found');
  });
});

describe('moduleboard credits --format html', () => {
  let out: string;
  let json: JsonOutput;

  beforeAll(async () => {
    out = join(root, 'site');
    const result = await credits(
      repo,
      '--format',
      'html',
      '--out',
      out,
      '--revision-url',
      'https://svn.example.org/viewvc?view=revision&revision={revision}',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    json = JSON.parse((await credits(repo)).stdout) as JsonOutput;
  });

  const read = (name: string) => readFileSync(join(out, name), 'utf8');

  it('writes an index and one page per contributor', () => {
    expect(readdirSync(out).sort()).toEqual(
      ['index.html', ...json.contributors.map((c) => `${c.id}.html`)].sort(),
    );
  });

  it('ranks the index as the JSON does, with the same counts', () => {
    const index = read('index.html');
    const rows = [...index.matchAll(/<tr data-id="([0-9a-f]+)" data-score="(\d+)">(.*?)<\/tr>/g)];
    expect(rows.map((r) => [r[1], Number(r[2])])).toEqual(
      json.contributors.map((c) => [c.id, c.score]),
    );
    for (const [i, row] of rows.entries()) {
      const roles = Object.fromEntries(
        [...(row[3] ?? '').matchAll(/data-role="(\w+)" data-count="(\d+)"/g)].map((m) => [
          m[1],
          Number(m[2]),
        ]),
      );
      expect(roles).toEqual(json.contributors[i]?.roles);
      expect(Object.keys(roles).length).toBeGreaterThan(0);
    }
    expect(index).toContain('<span data-count="commits">7</span>');
    expect(index).toContain('<span data-count="credited">3</span>');
  });

  it('agrees with the JSON on every count of every page', () => {
    for (const c of json.contributors) {
      const page = read(`${c.id}.html`);
      expect(page).toContain(`<dd data-score="${c.score}">`);
      expect(page).toContain(`<dd data-count="commits">${c.commits.length}</dd>`);
      const sections = [
        ...page.matchAll(
          /<section class="role" data-role="(\w+)" data-count="(\d+)">([\s\S]*?)<\/section>/g,
        ),
      ];
      expect(Object.fromEntries(sections.map((s) => [s[1], Number(s[2])]))).toEqual(c.roles);
      for (const section of sections) {
        const rows = (section[3] ?? '').match(/<tr><td>/g) ?? [];
        expect(rows).toHaveLength(Number(section[2]));
      }
      expect(page.match(/<article id="c-/g) ?? []).toHaveLength(c.commits.length);
    }
  });

  it('links revisions, shows asides and merges', () => {
    const jane = json.contributors.find((c) => c.name === 'Jane Doe');
    const page = read(`${jane?.id}.html`);
    expect(page).toContain(
      '<a href="https://svn.example.org/viewvc?view=revision&amp;revision=100">r100</a>',
    );
    expect(page).toContain('(Tweaked by me.)');
    const sally = json.contributors.find((c) => c.name === 'Sally Smith');
    expect(read(`${sally?.id}.html`)).toContain('mailmap: .mailmap:2');
  });

  it('escapes hostile messages and hides addresses', () => {
    for (const name of readdirSync(out)) {
      const page = read(name);
      expect(page).not.toMatch(/<script|<img|onerror=alert\(2\)>/i);
      expect(page).not.toMatch(/[A-Za-z0-9]@example\.org/);
    }
    const jane = json.contributors.find((c) => c.name === 'Jane Doe');
    const page = read(`${jane?.id}.html`);
    expect(page).toContain('Tidy up &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(page).toContain('write to jane {_AT_} example.org.');
    expect(page).not.toContain('git-svn-id');
  });
});

describe('moduleboard credits: errors', () => {
  it.each([
    [[], 'credits needs the <git-dir> to read'],
    [['a', 'b'], 'credits reads one <git-dir>, got 2: a b'],
    [['x', '--format', 'xml'], '--format must be json, table or html, not "xml"'],
    [['x', '--format', 'html'], '--format html needs --out DIR'],
    [['x', '--out', 'site'], '--out is for --format html'],
    [
      ['x', '--revision-url', 'https://svn.example.org/r'],
      '--revision-url must contain {revision}',
    ],
    [['x', '--colour'], "Unknown option '--colour'"],
    [['x', '--path', ''], '--path needs a glob'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const result = await credits(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: moduleboard credits <git-dir>');
    expect(result.stdout).toBe('');
  });

  it.each([
    ['--mailmap', 'cannot read --mailmap'],
    ['--committers', 'cannot read --committers'],
    ['--roles', 'cannot read --roles'],
    ['--undo', 'cannot read --undo'],
  ])('refuses a missing %s file with exit code 2', async (flag, message) => {
    const result = await credits(repo, flag, join(root, 'no-such-file'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${message} ${join(root, 'no-such-file')}: no such file`);
  });

  it('says when --out cannot be written', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a folder');
    const result = await credits(repo, '--format', 'html', '--out', join(file, 'site'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot write the pages to --out ${join(file, 'site')}`);
  });

  it('explains a bad --roles file', async () => {
    const file = join(root, 'bad-roles.json');
    writeFileSync(file, JSON.stringify({ fields: { 'Thanks by': 'gratitude' } }));
    const result = await credits(repo, '--roles', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('field "Thanks by" names the unknown role "gratitude"');
  });

  it('names a folder that is not a repository, with exit code 1', async () => {
    const folder = join(root, 'plain');
    mkdirSync(folder);
    const result = await credits(folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`moduleboard credits: ${folder} is not a git repository\n`);
  });

  it('names a folder that does not exist, with exit code 1', async () => {
    const result = await credits(join(root, 'missing'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(root, 'missing')} does not exist`);
  });

  it('says when a repository has no commits yet', async () => {
    const empty = join(root, 'empty');
    execFileSync('git', ['init', '--quiet', empty]);
    const result = await credits(empty);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('has no commits yet');
  });

  it('prints its help', async () => {
    const result = await credits('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--revision-url PATTERN');
  });
});
