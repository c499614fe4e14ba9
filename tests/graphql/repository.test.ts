import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import {
  fillLineCounts,
  findProjectBySlug,
  loadProjectModules,
  Router,
  storeBatch,
  toRoutable,
} from '@moduleboard/core';
import { transaction } from '@moduleboard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, createTestApp, gql, type TestApp } from '../testkit/app';

let repo: TestRepo;
let t: TestApp;
let slug: string;
let fixSha: string;

beforeAll(async () => {
  repo = createTestRepo();
  repo.commit({ message: 'Base', files: { 'src/parser/a.ts': 'a\nb\n', 'README.md': '# R' } });
  repo.git('branch', 'upstream');
  repo.commit({
    message: 'Parser: handle tabs (#5)',
    files: { 'src/parser/a.ts': 'a\nb\nc\n', 'src/parser/deep/b.ts': 'x\n' },
    author: { name: 'Ann Lee', email: 'ann@example.org' },
  });
  fixSha = repo.commit({
    message: 'Fix the lexer crash\n\nFixes: #7\nSee also bpo-1234.',
    files: { 'src/lexer/l.ts': '1\n2\n' },
    author: { name: 'Bo Chen', email: 'bo@example.org' },
  });
  repo.git('checkout', '-q', 'upstream');
  repo.commit({ message: 'Upstream parser tweak', files: { 'src/parser/up.ts': 'u\n' } });
  repo.commit({ message: 'Upstream docs', files: { 'docs/x.md': 'd\n' } });
  repo.git('checkout', '-q', 'main');
  t = await createTestApp();
  slug = await createProject(
    t.ctx,
    (s) => `projects:
  - slug: ${s}
    name: Repository views
    sources:
      - { kind: git, path: ${repo.dir}, branch: main, upstream: upstream, name: code }
      - { kind: github, repo: acme/code, name: tracker }
      - { kind: git, path: /nonexistent-${s}, name: broken }
    modules:
      - slug: src
        paths: ["src/**"]
        modules:
          - { slug: parser, paths: ["src/parser/**"] }
          - { slug: lexer, paths: ["src/lexer/**"] }
`,
    { sync: true },
  );
  const project = await findProjectBySlug(t.ctx.db, slug);
  if (!project) {
    throw new Error('no project');
  }
  const sources = await gql<{ project: { sources: { id: string; name: string }[] } }>(
    t.app,
    'query ($slug: String!) { project(slug: $slug) { sources { id name } } }',
    { slug },
  );
  const code = sources.data?.project.sources.find((s) => s.name === 'code');
  const tracker = sources.data?.project.sources.find((s) => s.name === 'tracker');
  const sourceId = (publicId: string | undefined) =>
    Number.parseInt(publicId?.split('_')[1] ?? '', 36);
  await fillLineCounts({ ctx: t.ctx, input: { sourceId: sourceId(code?.id) } });
  const router = new Router(toRoutable(await loadProjectModules(t.ctx.db, project.id)));
  const when = new Date('2026-02-01T00:00:00Z');
  await transaction(t.ctx.db, async (tx) => {
    await storeBatch(
      tx,
      {
        projectId: project.id,
        sourceId: sourceId(tracker?.id),
        router,
        emitEvents: false,
        actor: 'test',
      },
      {
        items: [
          {
            externalId: 'issue:7',
            kind: 'BUG',
            title: 'Lexer crashes',
            status: 'OPEN',
            createdAt: when,
            updatedAt: when,
          },
          {
            externalId: 'pull:8',
            kind: 'CHANGE',
            title: 'Fix the lexer',
            status: 'DONE',
            createdAt: when,
            updatedAt: when,
            linkedChanges: [fixSha],
          },
        ],
      },
    );
  });
});
afterAll(() => repo.remove());

const moduleQuery = (fields: string) =>
  `query ($slug: String!, $path: String!) { project(slug: $slug) { module(path: $path) { ${fields} } } }`;

describe('repository views of a module', () => {
  it('shows the log by path and by author', async () => {
    const byPath = await gql(
      t.app,
      moduleQuery('changes(path: "src/parser/deep", first: 10) { nodes { title } }'),
      {
        slug,
        path: 'src',
      },
    );
    expect(byPath.data).toEqual({
      project: { module: { changes: { nodes: [{ title: 'Parser: handle tabs (#5)' }] } } },
    });
    const byAuthor = await gql(
      t.app,
      moduleQuery('changes(author: "bo@", first: 10) { nodes { title } }'),
      {
        slug,
        path: 'src',
      },
    );
    expect(byAuthor.data).toEqual({
      project: { module: { changes: { nodes: [{ title: 'Fix the lexer crash' }] } } },
    });
    const authors = await gql(t.app, moduleQuery('authors { name changes }'), {
      slug,
      path: 'src',
    });
    expect(authors.data).toEqual({
      project: {
        module: {
          authors: [
            { name: 'Ann Lee', changes: 1 },
            { name: 'Bo Chen', changes: 1 },
            { name: 'Test Author', changes: 1 },
          ],
        },
      },
    });
  });

  it('shows one change with its files, line counts, references and pull request', async () => {
    const result = await gql<{
      project: { module: { changes: { nodes: Record<string, unknown>[] } } };
    }>(
      t.app,
      moduleQuery(`changes(first: 1) { nodes { title files { path change additions deletions }
        change { shortSha references { text number closes tracker item { title } } pullRequests { title } } } }`),
      { slug, path: 'src/lexer' },
    );
    expect(result.data?.project.module.changes.nodes[0]).toEqual({
      title: 'Fix the lexer crash',
      files: [{ path: 'src/lexer/l.ts', change: 'A', additions: 2, deletions: 0 }],
      change: {
        shortSha: fixSha.slice(0, 10),
        references: [
          {
            text: 'Fixes: #7',
            number: 7,
            closes: true,
            tracker: null,
            item: { title: 'Lexer crashes' },
          },
          { text: 'bpo-1234', number: 1234, closes: false, tracker: 'bpo', item: null },
        ],
        pullRequests: [{ title: 'Fix the lexer' }],
      },
    });
  });

  it('shows a tree of the module’s paths with churn and last change', async () => {
    const root = await gql(
      t.app,
      moduleQuery('tree { name isFolder changes additions deletions lastChange { title } }'),
      {
        slug,
        path: 'src/parser',
      },
    );
    expect(root.data).toEqual({
      project: {
        module: {
          tree: [
            {
              name: 'deep',
              isFolder: true,
              changes: 1,
              additions: 1,
              deletions: 0,
              lastChange: { title: 'Parser: handle tabs (#5)' },
            },
            {
              name: 'a.ts',
              isFolder: false,
              changes: 2,
              additions: 3,
              deletions: 0,
              lastChange: { title: 'Parser: handle tabs (#5)' },
            },
          ],
        },
      },
    });
    const top = await gql(t.app, moduleQuery('tree { path changes }'), { slug, path: 'src' });
    expect(top.data).toEqual({
      project: {
        module: {
          tree: [
            { path: 'src/lexer', changes: 1 },
            { path: 'src/parser', changes: 2 },
          ],
        },
      },
    });
  });

  it('lists the commits ahead of and behind the upstream that touch the module', async () => {
    const result = await gql(
      t.app,
      moduleQuery(
        'divergence { upstream totalAhead totalBehind error ahead { title change { title } } behind { title change { title } } }',
      ),
      { slug, path: 'src/parser' },
    );
    expect(result.data).toEqual({
      project: {
        module: {
          divergence: [
            {
              upstream: 'upstream',
              totalAhead: 2,
              totalBehind: 2,
              error: null,
              ahead: [
                {
                  title: 'Parser: handle tabs (#5)',
                  change: { title: 'Parser: handle tabs (#5)' },
                },
              ],
              behind: [{ title: 'Upstream parser tweak', change: null }],
            },
          ],
        },
      },
    });
  });
});

describe('source health', () => {
  it('shows each source’s last success, its error in words, and its next run', async () => {
    const result = await gql<{
      project: {
        sources: {
          name: string;
          kind: string;
          health: string;
          lastError: string | null;
          nextRunAt: string | null;
          itemCount: number;
          location: string | null;
        }[];
      };
    }>(
      t.app,
      'query ($slug: String!) { project(slug: $slug) { sources { name kind health lastError nextRunAt itemCount location } } }',
      { slug },
    );
    const byName = Object.fromEntries((result.data?.project.sources ?? []).map((s) => [s.name, s]));
    expect(byName.code).toMatchObject({ kind: 'GIT', health: 'OK', lastError: null, itemCount: 3 });
    expect(byName.code?.location).toBe(`${repo.dir.split('/').pop()} (main)`);
    expect(byName.broken).toMatchObject({ health: 'FAILING' });
    expect(byName.broken?.lastError).toMatch(/does not exist/);
    expect(new Date(byName.broken?.nextRunAt ?? 0).getTime()).toBeGreaterThan(Date.now());
    expect(byName.native).toMatchObject({ kind: 'NATIVE', health: 'NATIVE' });
  });
});
