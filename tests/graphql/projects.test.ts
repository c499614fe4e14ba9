import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, createTestApp, gql, type TestApp } from '../testkit/app';

let repo: TestRepo;
let t: TestApp;
let slug: string;

beforeAll(async () => {
  repo = createTestRepo();
  repo.commit({ message: 'Start the lexer', files: { 'src/lexer/a.ts': '1' } });
  for (let i = 0; i < 5; i++) {
    repo.commit({ message: `Parser step ${i}`, files: { [`src/parser/p${i}.ts`]: `${i}` } });
  }
  t = await createTestApp();
  slug = await createProject(
    t.ctx,
    (s) => `projects:
  - slug: ${s}
    name: GraphQL test
    sources: [{ kind: git, path: ${repo.dir} }]
    modules:
      - slug: src
        paths: ["src/**"]
        modules:
          - { slug: parser, paths: ["src/parser/**"], labels: [parsing] }
          - { slug: lexer, paths: ["src/lexer/**"] }
    tasks:
      - { title: Speed up the parser, module: src/parser, status: wip, priority: high, owner: ann }
`,
    { sync: true },
  );
});
afterAll(() => repo.remove());

describe('projects and modules', () => {
  it('finds a project by slug with its module tree, flat and nested', async () => {
    const result = await gql(
      t.app,
      `query ($slug: String!) {
        project(slug: $slug) {
          slug name
          modules(first: 10) { totalCount nodes { slug path name parent { path } children(first: 5) { nodes { path } } } }
          rootModules { path }
          module(path: "src/parser") { path rules { paths labels } }
        }
      }`,
      { slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      project: {
        slug,
        name: 'GraphQL test',
        modules: {
          totalCount: 3,
          nodes: [
            {
              slug: 'src',
              path: 'src',
              name: 'src',
              parent: null,
              children: { nodes: [{ path: 'src/parser' }, { path: 'src/lexer' }] },
            },
            {
              slug: 'parser',
              path: 'src/parser',
              name: 'parser',
              parent: { path: 'src' },
              children: { nodes: [] },
            },
            {
              slug: 'lexer',
              path: 'src/lexer',
              name: 'lexer',
              parent: { path: 'src' },
              children: { nodes: [] },
            },
          ],
        },
        rootModules: [{ path: 'src' }],
        module: { path: 'src/parser', rules: { paths: ['src/parser/**'], labels: ['parsing'] } },
      },
    });
  });

  it('lists projects as a connection', async () => {
    const result = await gql<{ projects: { totalCount: number; nodes: { slug: string }[] } }>(
      t.app,
      '{ projects(first: 100) { totalCount nodes { slug } pageInfo { hasNextPage } } }',
    );
    expect(result.data?.projects.nodes.map((p) => p.slug)).toContain(slug);
    expect(result.data?.projects.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('answers null for a project that does not exist', async () => {
    const result = await gql(t.app, '{ project(slug: "no-such-project") { slug } }');
    expect(result).toMatchObject({ status: 200, data: { project: null } });
  });
});

describe('module items', () => {
  const itemsQuery = `query ($slug: String!, $path: String!, $kinds: [ItemKind!], $first: Int, $after: String, $last: Int, $before: String) {
    project(slug: $slug) { module(path: $path) {
      itemCounts { kind count }
      items(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
        nodes { id kind title status priority owner author files { path change } modules { module { path } reasons } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    } }
  }`;
  type Items = {
    project: {
      module: {
        itemCounts: { kind: string; count: number }[];
        items: {
          nodes: { id: string; kind: string; title: string; status: string }[];
          pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string;
            endCursor: string;
          };
        };
      };
    };
  };

  it('lists a module’s items, its descendants’ included, newest first', async () => {
    const result = await gql<Items>(t.app, itemsQuery, {
      slug,
      path: 'src',
      first: 10,
      kinds: ['CHANGE'],
    });
    const titles = result.data?.project.module.items.nodes.map((n) => n.title);
    expect(titles).toEqual([
      'Parser step 4',
      'Parser step 3',
      'Parser step 2',
      'Parser step 1',
      'Parser step 0',
      'Start the lexer',
    ]);
    expect(result.data?.project.module.itemCounts).toEqual([
      { kind: 'BUG', count: 1 },
      { kind: 'CHANGE', count: 6 },
    ]);
  });

  it('shows a roadmap task with its status, priority, owner and why it is here', async () => {
    const result = await gql(t.app, itemsQuery, { slug, path: 'src/parser', kinds: ['BUG'] });
    expect(result.data).toMatchObject({
      project: {
        module: {
          items: {
            nodes: [
              {
                kind: 'BUG',
                title: 'Speed up the parser',
                status: 'WIP',
                priority: 'HIGH',
                owner: 'ann',
                files: [],
                modules: [{ module: { path: 'src/parser' }, reasons: ['TASK'] }],
              },
            ],
          },
        },
      },
    });
  });

  it('pages forward with first/after and back with last/before, without gaps or repeats', async () => {
    const page1 = await gql<Items>(t.app, itemsQuery, {
      slug,
      path: 'src/parser',
      kinds: ['CHANGE'],
      first: 2,
    });
    const info1 = page1.data?.project.module.items.pageInfo;
    expect(info1).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = await gql<Items>(t.app, itemsQuery, {
      slug,
      path: 'src/parser',
      kinds: ['CHANGE'],
      first: 2,
      after: info1?.endCursor,
    });
    const page3 = await gql<Items>(t.app, itemsQuery, {
      slug,
      path: 'src/parser',
      kinds: ['CHANGE'],
      first: 2,
      after: page2.data?.project.module.items.pageInfo.endCursor,
    });
    const titles = [page1, page2, page3].flatMap((p) =>
      p.data?.project.module.items.nodes.map((n) => n.title),
    );
    expect(titles).toEqual([
      'Parser step 4',
      'Parser step 3',
      'Parser step 2',
      'Parser step 1',
      'Parser step 0',
    ]);
    expect(page3.data?.project.module.items.pageInfo.hasNextPage).toBe(false);
    const back = await gql<Items>(t.app, itemsQuery, {
      slug,
      path: 'src/parser',
      kinds: ['CHANGE'],
      last: 2,
      before: page3.data?.project.module.items.pageInfo.startCursor,
    });
    expect(back.data?.project.module.items.nodes.map((n) => n.title)).toEqual([
      'Parser step 2',
      'Parser step 1',
    ]);
  });

  it('fetches any item again through Query.node', async () => {
    const list = await gql<Items>(t.app, itemsQuery, { slug, path: 'src/lexer', first: 1 });
    const id = list.data?.project.module.items.nodes[0]?.id;
    const result = await gql(
      t.app,
      'query ($id: ID!) { node(id: $id) { id ... on Item { title kind } } }',
      { id },
    );
    expect(result.data).toEqual({ node: { id, title: 'Start the lexer', kind: 'CHANGE' } });
  });

  it('fetches every kind of object again through Query.nodes, each as its own type', async () => {
    const found = await gql<{
      project: {
        id: string;
        module: { id: string; items: { nodes: { id: string }[] } };
        sources: { id: string }[];
      };
    }>(
      t.app,
      `query ($slug: String!) { project(slug: $slug) {
        id sources { id }
        module(path: "src/parser") { id items(first: 1) { nodes { id } } }
      } }`,
      { slug },
    );
    const project = found.data?.project;
    const ids = [
      project?.id,
      project?.module.id,
      project?.module.items.nodes[0]?.id,
      ...(project?.sources.map((s) => s.id) ?? []),
    ];
    const result = await gql<{ nodes: { __typename: string; id: string }[] }>(
      t.app,
      'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((n) => [n.__typename, n.id])).toEqual([
      ['Project', ids[0]],
      ['Module', ids[1]],
      ['Item', ids[2]],
      ...ids.slice(3).map((id) => ['Source', id]),
    ]);
  });

  it.each([
    [{ first: 0 }, '"first" must be between 1 and 100'],
    [{ first: 101 }, '"first" must be between 1 and 100'],
    [{ first: 1, last: 1 }, 'pass either "first" or "last", not both'],
    [{ after: 'not-a-cursor' }, 'is not a cursor of this list'],
  ])('refuses bad paging arguments %j with a clear error', async (args, message) => {
    const result = await gql(t.app, itemsQuery, { slug, path: 'src', ...args });
    expect(result.errors?.[0]?.message).toContain(message);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('hostile queries', () => {
  it('answers a malformed query with 400 and the parser’s words', async () => {
    const result = await gql(t.app, '{ projects(first: 1) { nodes { slug } ');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('refuses a query nested too deep with 400', async () => {
    const deep = `{ project(slug: "x") { modules(first: 1) { nodes { ${'parent { '.repeat(14)}path${' }'.repeat(14)} } } } }`;
    const result = await gql(t.app, deep);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses too many aliases with 400', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: projects(first: 1) { totalCount }`,
    ).join(' ');
    const result = await gql(t.app, `{ ${aliases} }`);
    expect(result.status).toBe(400);
  });

  it('does not leak internals when a resolver fails unexpectedly', async () => {
    const result = await gql(t.app, '{ node(id: "itm_zzzzzzzzzzz") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: null });
  });
});
