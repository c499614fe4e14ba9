import {
  createGitConnector,
  type GitCursor,
  type GitSourceConfig,
} from '@moduleboard/connectors/git';
import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import type { Connector } from '@moduleboard/connectors/types';
import { queryRows } from '@moduleboard/db';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listModuleItemKeys } from '../items/read-items';
import { findModuleByPath } from '../modules/read-modules';
import { importProjects } from '../projects/import-projects';
import { findProjectBySlug } from '../projects/read-projects';
import { snapshotProject, testCtx } from '../testing/index';
import { syncSources } from './sync-sources';

let repo: TestRepo;

beforeAll(() => {
  repo = createTestRepo();
  repo.commit({ message: 'Add the parser', files: { 'src/parser/a.ts': '1', README: 'x' } });
  repo.commit({ message: 'Add the lexer', files: { 'src/lexer/b.ts': '1' } });
  repo.commit({ message: 'Fix the parser\n\nLong body.', files: { 'src/parser/a.ts': '2' } });
  repo.commit({ message: 'Docs', files: { 'docs/parser.md': '#' } });
});
afterAll(() => repo.remove());

const connectors = (batchSize = 1000) => ({ git: createGitConnector({ batchSize }) });

function file(slug: string, parserGlob = 'src/parser/**', extraSources = '') {
  return `projects:
  - slug: ${slug}
    name: Sync test
    sources:
      - { kind: git, path: ${repo.dir}, name: main }
${extraSources}    modules:
      - slug: src
        paths: ["src/**"]
        modules:
          - { slug: parser, paths: ["${parserGlob}"] }
          - { slug: lexer, paths: ["src/lexer/**"] }
`;
}

async function setup(text: string) {
  const { db } = await openTestDb();
  const ctx = testCtx(db);
  await importProjects({ ctx, input: { text, file: 'p.yaml', baseDir: '/' } });
  return ctx;
}

async function moduleTitles(slug: string, path: string) {
  const { db } = await openTestDb();
  const project = await findProjectBySlug(db, slug);
  const module = project && (await findModuleByPath(db, project.id, path));
  if (!module) {
    throw new Error(`no module ${path}`);
  }
  const all = await queryRows<{ id: number; path: string }>(
    db,
    sql`select id, path from modules where project_id = ${project.id}`,
  );
  const ids = all
    .filter((m) => m.path === path || m.path.startsWith(`${path}/`))
    .map((m) => Number(m.id));
  const page = await listModuleItemKeys(db, { moduleIds: ids, page: { first: 100 } });
  const titles = await queryRows<{ id: number; title: string }>(
    db,
    sql`select id, title from items where id = any(${`{${page.nodes.map((n) => n.itemId).join(',')}}`}::bigint[])`,
  );
  const byId = new Map(titles.map((t) => [Number(t.id), t.title]));
  return page.nodes.map((n) => byId.get(n.itemId));
}

describe('syncing a git source', () => {
  it('stores each commit once as a CHANGE routed by path, newest first, parents showing children', async () => {
    const slug = uniqueName('git');
    const ctx = await setup(file(slug));
    const [report] = await syncSources({ ctx, input: { project: slug }, connectors: connectors() });
    expect(report).toMatchObject({ ok: true, created: 4, updated: 0 });
    expect(await moduleTitles(slug, 'src/parser')).toEqual(['Fix the parser', 'Add the parser']);
    expect(await moduleTitles(slug, 'src')).toEqual([
      'Fix the parser',
      'Add the lexer',
      'Add the parser',
    ]);
    const snap = await snapshotProject(ctx.db, slug);
    expect(snap.events).toEqual([]);

    const before = await snapshotProject(ctx.db, slug);
    const [again] = await syncSources({ ctx, input: { project: slug }, connectors: connectors() });
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0 });
    const after = await snapshotProject(ctx.db, slug);
    expect(after.items).toEqual(before.items);
    expect(after.itemModules).toEqual(before.itemModules);
  });

  it('reads only new commits on the next run, and announces them', async () => {
    const slug = uniqueName('incr');
    const local = createTestRepo();
    local.commit({ message: 'one', files: { 'src/lexer/x.ts': '1' } });
    const ctx = await setup(file(slug).replace(repo.dir, local.dir));
    await syncSources({ ctx, input: { project: slug }, connectors: connectors() });
    local.commit({ message: 'two', files: { 'src/lexer/x.ts': '2' } });
    const [report] = await syncSources({ ctx, input: { project: slug }, connectors: connectors() });
    expect(report).toMatchObject({ ok: true, created: 1, unchanged: 0 });
    const snap = await snapshotProject(ctx.db, slug);
    expect(snap.events).toHaveLength(1);
    expect(snap.events?.[0]).toMatchObject({ type: 'created', payload: { title: 'two' } });
    local.remove();
  });

  it('re-routes stored items when a module glob changes', async () => {
    const slug = uniqueName('reroute');
    const ctx = await setup(file(slug));
    await syncSources({ ctx, input: { project: slug }, connectors: connectors() });
    expect(await moduleTitles(slug, 'src/parser')).toHaveLength(2);
    await importProjects({
      ctx,
      input: { text: file(slug, 'src/lexer/**'), file: 'p.yaml', baseDir: '/' },
    });
    expect(await moduleTitles(slug, 'src/parser')).toEqual(['Add the lexer']);
  });

  it('gives a clear error on a broken source and still syncs the others', async () => {
    const slug = uniqueName('broken');
    const extra = `      - { kind: git, path: /, name: not-a-repo }
      - { kind: git, path: ${repo.dir}, branch: no-such-branch, name: bad-branch }
`;
    const ctx = await setup(file(slug, 'src/parser/**', extra));
    const reports = await syncSources({ ctx, input: { project: slug }, connectors: connectors() });
    const byName = Object.fromEntries(reports.map((r) => [r.name, r]));
    expect(byName.main).toMatchObject({ ok: true, created: 4 });
    expect(byName['not-a-repo']).toMatchObject({ ok: false, error: '/ is not a git repository' });
    expect(byName['bad-branch']?.error).toMatch(/"no-such-branch" does not exist/);
    const sources = await queryRows<{ name: string; last_error: string | null }>(
      ctx.db,
      sql`select name, last_error from sources where project_id =
          (select id from projects where slug = ${slug}) order by name`,
    );
    expect(sources.find((s) => s.name === 'not-a-repo')?.last_error).toBe(
      '/ is not a git repository',
    );
    expect(sources.find((s) => s.name === 'main')?.last_error).toBeNull();
  });

  it('yields the same items after a sync killed half-way and run again', async () => {
    const clean = uniqueName('clean');
    const killed = uniqueName('killed');
    const ctxClean = await setup(file(clean));
    await syncSources({ ctx: ctxClean, input: { project: clean }, connectors: connectors(1) });
    const ctx = await setup(file(killed));
    const stop = new AbortController();
    let batches = 0;
    const [first] = await syncSources({
      ctx,
      input: { project: killed },
      connectors: connectors(1),
      signal: stop.signal,
      onProgress: () => {
        batches++;
        if (batches === 2) {
          stop.abort();
        }
      },
    });
    expect(first?.ok).toBe(false);
    const [second] = await syncSources({
      ctx,
      input: { project: killed },
      connectors: connectors(1),
    });
    expect(second?.ok).toBe(true);
    const shape = async (slug: string) =>
      (await snapshotProject(ctx.db, slug)).items?.map((i) => {
        const { external_id, kind, title, digest } = i as Record<string, unknown>;
        return { external_id, kind, title, digest };
      });
    expect(await shape(killed)).toEqual(await shape(clean));
  });
});

describe('writing batches side by side', () => {
  it('credits people named across batches written at once, each identity once', async () => {
    const crowd = createTestRepo();
    // Each commit names the person the previous one introduced and a new one: a batch uses an
    // identity that the batch before it, written beside it, has just created.
    for (let i = 0; i < 40; i++) {
      crowd.commit({
        message: `Change ${i}\n\nPatch by: Person ${i} <p${i}@example.org>\nReview by: Person ${i + 1} <p${i + 1}@example.org>\n`,
      });
    }
    const slug = uniqueName('parallel');
    const ctx = await setup(
      `projects:\n  - slug: ${slug}\n    name: Parallel\n    sources: [{ kind: git, path: ${crowd.dir} }]\n`,
    );
    // The embedded database takes one transaction at a time.
    const parallel = process.env.MODULEBOARD_TEST_DB === 'postgres' ? 4 : 1;
    const [report] = await syncSources({
      ctx,
      input: { project: slug },
      connectors: connectors(1),
      parallel,
    });
    expect(report).toMatchObject({ ok: true, created: 40 });
    const [counts] = await queryRows<{ identities: number; credits: number }>(
      ctx.db,
      sql`select (select count(*)::int from identities i where i.project_id = p.id) as identities,
                 (select count(*)::int from credits c join items it on it.id = c.item_id
                   where it.project_id = p.id) as credits
          from projects p where p.slug = ${slug}`,
    );
    // 41 people; the author is credited only where no field names who wrote the patch.
    expect(counts).toEqual({ identities: 41, credits: 80 });
    crowd.remove();
  });
});

describe('a batch that fails beside others', () => {
  it('stops the sync without its cursor, and the next run stores every item once', async () => {
    const slug = uniqueName('failing');
    const ctx = await setup(
      `projects:\n  - slug: ${slug}\n    name: Failing\n    sources: [{ kind: git, path: ${repo.dir} }]\n`,
    );
    const git = createGitConnector({ batchSize: 1 });
    // The real connector's batches, the third spoiled: a kind the database refuses.
    const spoiled: Connector<GitSourceConfig, GitCursor> = {
      kind: 'git',
      async *sync(input) {
        let n = 0;
        for await (const batch of git.sync(input)) {
          n++;
          yield n === 3
            ? { ...batch, items: batch.items.map((i) => ({ ...i, kind: 'NOPE' as never })) }
            : batch;
        }
      },
    };
    const parallel = process.env.MODULEBOARD_TEST_DB === 'postgres' ? 2 : 1;
    const [failed] = await syncSources({
      ctx,
      input: { project: slug },
      connectors: { git: spoiled },
      parallel,
    });
    expect(failed?.ok).toBe(false);
    expect(failed?.error).toMatch(/item_kind/);
    const state = async () =>
      (
        await queryRows<{ cursor: unknown; changes: number }>(
          ctx.db,
          sql`select s.cursor, (select count(*)::int from items i where i.source_id = s.id
                and i.kind = 'CHANGE') as changes
              from sources s join projects p on p.id = s.project_id where p.slug = ${slug}`,
        )
      )[0];
    expect((await state())?.cursor).toBeNull();
    const [again] = await syncSources({ ctx, input: { project: slug }, connectors: connectors(1) });
    expect(again?.ok).toBe(true);
    expect(await state()).toMatchObject({ changes: 4 });
  });
});
