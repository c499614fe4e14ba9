import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditsCommand } from '../../apps/cli/src/commands/credits';
import { createProject, createTestApp, gql, type TestApp } from '../testkit/app';
import { signUp } from '../testkit/users';

let repo: TestRepo;
let t: TestApp;
let slug: string;

const jane = { name: 'Jane Roe', email: 'jane@example.org' };

beforeAll(async () => {
  repo = createTestRepo();
  repo.commit({
    message: 'Add the committers file',
    files: {
      COMMITTERS:
        'The committers of this project:\n\n   jrandom  J. Random <jrandom@example.net>\n',
      '.mailmap': 'Jane Roe <jane@example.org> <jane.old@example.org>\n',
    },
    author: jane,
  });
  repo.commit({
    message: 'Add the parser\n\nPatch by: Karl Fogel <kfogel@example.com>\nReview by: jrandom\n',
    files: { 'src/parser/a.ts': '1' },
    author: jane,
  });
  repo.commit({
    message:
      'Fix the lexer\n\nCo-authored-by: Ann Lee <ann@example.org>\nReported-by: Bo Chen <bo@example.org>\nSigned-off-by: Jane Roe <jane@example.org>\n',
    files: { 'src/lexer/l.ts': '1' },
    author: jane,
  });
  repo.commit({
    message:
      'Parser docs\n\nPatch by: me\nFound by: Bo Chen <BO@example.org>\n   (on the mailing list)\n',
    files: { 'src/parser/README': 'r' },
    author: { name: 'J. Random', email: 'jrandom@example.net' },
  });
  repo.commit({
    message: 'Old address, mailmapped\n\nReviewed-by: Karl Fogel <kfogel@example.com>\n',
    files: { 'src/lexer/m.ts': '1' },
    author: { name: 'Jane Roe', email: 'jane.old@example.org' },
  });
  t = await createTestApp();
  slug = await createProject(
    t.ctx,
    (s) => `projects:
  - slug: ${s}
    name: Credits test
    sources: [{ kind: git, path: ${repo.dir} }]
    modules:
      - slug: src
        paths: ["src/**"]
        modules:
          - { slug: parser, paths: ["src/parser/**"] }
          - { slug: lexer, paths: ["src/lexer/**"] }
`,
    { sync: true },
  );
});
afterAll(() => repo.remove());

interface JsonContributor {
  name: string;
  score: number;
  roles: Record<string, number>;
}

async function cliJson(): Promise<{
  commits: number;
  creditedCommits: number;
  contributors: JsonContributor[];
}> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const code = await creditsCommand([repo.dir, '--format', 'json', '--no-progress'], {
    stdout,
    stderr: new PassThrough(),
  });
  expect(code).toBe(0);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const contributorsQuery = `query ($slug: String!, $module: String) {
  contributors(project: $slug, module: $module, first: 100) {
    totalCount
    nodes { id name score roles { role count } }
  }
}`;

type Contributors = {
  contributors: {
    totalCount: number;
    nodes: { id: string; name: string; score: number; roles: { role: string; count: number }[] }[];
  };
};

async function dbContributors(module?: string) {
  const result = await gql<Contributors>(t.app, contributorsQuery, { slug, module });
  expect(result.errors).toBeUndefined();
  return result.data?.contributors.nodes ?? [];
}

function shape(list: { name: string; score: number; roles: Record<string, number> }[]) {
  return list.map((c) => ({ name: c.name, score: c.score, roles: c.roles }));
}

describe('credits in the database agree with the command line', () => {
  it('ranks the same people with the same scores and counts per role', async () => {
    const json = await cliJson();
    const db = await dbContributors();
    const fromDb = db.map((c) => ({
      name: c.name,
      score: c.score,
      roles: Object.fromEntries(c.roles.map((r) => [r.role, r.count])),
    }));
    expect(shape(fromDb)).toEqual(shape(json.contributors));
    expect(json.contributors.map((c) => c.name)).toEqual([
      'Jane Roe',
      'J. Random',
      'Karl Fogel',
      'Ann Lee',
      'Bo Chen',
    ]);
    expect(json.contributors[0]).toMatchObject({ roles: { patch: 3, signoff: 1 } });
  });

  it('writes HTML pages that agree with the JSON', async () => {
    const out = mkdtempSync(join(tmpdir(), 'moduleboard-credits-html-'));
    const code = await creditsCommand(
      [repo.dir, '--format', 'html', '--out', out, '--no-progress'],
      {
        stdout: new PassThrough(),
        stderr: new PassThrough(),
      },
    );
    expect(code).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const c of (await cliJson()).contributors) {
      expect(index).toContain(c.name);
    }
    expect(index).toMatch(/3 patches/);
    rmSync(out, { recursive: true, force: true });
  });

  it('scopes contributors to a module and its descendants', async () => {
    const lexer = await dbContributors('src/lexer');
    expect(lexer.map((c) => c.name).sort()).toEqual([
      'Ann Lee',
      'Bo Chen',
      'Jane Roe',
      'Karl Fogel',
    ]);
    const parser = await dbContributors('src/parser');
    expect(parser.map((c) => c.name).sort()).toEqual(['Bo Chen', 'J. Random', 'Karl Fogel']);
  });

  it('shows a contributor’s credits with the line that said so and its aside', async () => {
    const bo = (await dbContributors()).find((c) => c.name === 'Bo Chen');
    const result = await gql(
      t.app,
      `query ($id: ID!) { node(id: $id) { ... on Contributor { name emails
        credits(first: 10) { totalCount nodes { role rawLine aside item { title } } } } } }`,
      { id: bo?.id },
    );
    expect(result.data).toEqual({
      node: {
        name: 'Bo Chen',
        emails: ['bo {_AT_} example.org'],
        credits: {
          totalCount: 2,
          nodes: [
            {
              role: 'found',
              rawLine: 'Found by: Bo Chen <BO {_AT_} example.org>',
              aside: '(on the mailing list)',
              item: { title: 'Parser docs' },
            },
            {
              role: 'found',
              rawLine: 'Reported-by: Bo Chen <bo {_AT_} example.org>',
              aside: null,
              item: { title: 'Fix the lexer' },
            },
          ],
        },
      },
    });
  });
});

describe('reviewing identity merges', () => {
  const mergesQuery = `query ($slug: String!) { identityMerges(project: $slug, first: 50) {
    nodes { id reason undone identity { name email } otherIdentity { name email } } } }`;
  type Merges = {
    identityMerges: {
      nodes: {
        id: string;
        reason: string;
        undone: boolean;
        identity: { email: string | null };
        otherIdentity: { email: string | null };
      }[];
    };
  };
  const undo = `mutation ($id: ID!) { undoIdentityMerge(input: { id: $id }) { merge { undone } errors { code message } } }`;
  const redo = `mutation ($id: ID!) { redoIdentityMerge(input: { id: $id }) { merge { undone } errors { code message } } }`;

  it('lets an administrator undo a merge and redo it, the counts following at once', async () => {
    const admin = await signUp(t.app, { admin: true, db: t.ctx.db });
    const merges = await gql<Merges>(t.app, mergesQuery, { slug }, admin.cookie);
    const mailmap = merges.data?.identityMerges.nodes.find((m) => m.reason === 'mailmap');
    expect(mailmap).toBeDefined();
    const janeBefore = (await dbContributors()).find((c) => c.name === 'Jane Roe');
    expect(janeBefore?.roles.find((r) => r.role === 'patch')?.count).toBe(3);

    const undone = await gql(t.app, undo, { id: mailmap?.id }, admin.cookie);
    expect(undone.data).toEqual({ undoIdentityMerge: { merge: { undone: true }, errors: [] } });
    const split = (await dbContributors()).filter((c) => c.name === 'Jane Roe');
    expect(split.map((c) => c.roles.find((r) => r.role === 'patch')?.count).sort()).toEqual([1, 2]);

    const redone = await gql(t.app, redo, { id: mailmap?.id }, admin.cookie);
    expect(redone.data).toEqual({ redoIdentityMerge: { merge: { undone: false }, errors: [] } });
    const janeAfter = (await dbContributors()).filter((c) => c.name === 'Jane Roe');
    expect(janeAfter).toHaveLength(1);
    expect(janeAfter[0]?.id).toBe(janeBefore?.id);
  });

  it('refuses the merges to anyone who is not an administrator', async () => {
    const member = await signUp(t.app);
    const list = await gql(t.app, mergesQuery, { slug }, member.cookie);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const result = await gql(t.app, undo, { id: 'mrg_1' }, member.cookie);
    expect(result.data).toEqual({
      undoIdentityMerge: {
        merge: null,
        errors: [
          { code: 'FORBIDDEN', message: 'only an administrator can review identity merges' },
        ],
      },
    });
  });
});
