import { createGitConnector } from '@moduleboard/connectors/git';
import { createTestRepo } from '@moduleboard/connectors/git/testing';
import { queryRows } from '@moduleboard/db';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importProjects } from '../projects/import-projects';
import { snapshotProject, testCtx } from '../testing/index';
import { syncSources } from './sync-sources';

const connectors = { git: createGitConnector() };

function file(slug: string, dir: string, docs: string) {
  return `projects:
  - slug: ${slug}
    name: Docs test
    sources:
      - { kind: git, path: ${dir}, fileUrl: "https://code.example.org/blob/{ref}/{path}" }
    modules:
      - { slug: parser, paths: ["src/parser/**"], docs: [${docs}] }
`;
}

async function docs(slug: string) {
  const { db } = await openTestDb();
  const snap = await snapshotProject(db, slug);
  return (snap.items as { kind: string; title: string; data: { path: string } }[])
    .filter((i) => i.kind === 'DOC')
    .map((i) => ({ title: i.title, path: i.data.path }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

describe('doc files of a git source', () => {
  it('become DOC items that follow the files: added, changed, deleted, re-globbed', async () => {
    const { db } = await openTestDb();
    const ctx = testCtx(db);
    const repo = createTestRepo();
    repo.commit({
      message: 'Docs',
      files: {
        'docs/parser.md': '# Parsing\n\nHow the parser works.',
        'docs/lexer.rst': 'Lexing\n======\n\nText.',
        'docs/notes.txt': 'not a doc',
      },
    });
    const slug = uniqueName('docs');
    const sync = () => syncSources({ ctx, input: { project: slug }, connectors });
    await importProjects({
      ctx,
      input: {
        text: file(slug, repo.dir, '"docs/*.md", "docs/*.rst"'),
        file: 'p.yaml',
        baseDir: '/',
      },
    });
    await sync();
    expect(await docs(slug)).toEqual([
      { title: 'Lexing', path: 'docs/lexer.rst' },
      { title: 'Parsing', path: 'docs/parser.md' },
    ]);
    const snap = await snapshotProject(db, slug);
    const parser = (
      snap.items as { data: { path?: string; revision?: string }; id: number }[]
    ).find((i) => i.data.path === 'docs/parser.md');
    const [withUrl] = await queryRows<{ url: string }>(
      db,
      sql`select url from items where id = ${parser?.id}`,
    );
    expect(withUrl?.url).toBe(
      `https://code.example.org/blob/${parser?.data.revision}/docs/parser.md`,
    );
    expect(snap.itemModules).toContainEqual(
      expect.objectContaining({ item_id: parser?.id, reason: 'doc' }),
    );

    repo.commit({
      message: 'Rename the parser doc title',
      files: { 'docs/parser.md': '# The parser\n' },
    });
    repo.commit({ message: 'Drop the lexer doc', files: { 'docs/lexer.rst': null } });
    const [report] = await sync();
    expect(report).toMatchObject({ ok: true, created: 2, updated: 1, deleted: 1 });
    expect(await docs(slug)).toEqual([{ title: 'The parser', path: 'docs/parser.md' }]);

    await importProjects({
      ctx,
      input: { text: file(slug, repo.dir, '"docs/*.txt"'), file: 'p.yaml', baseDir: '/' },
    });
    await sync();
    expect(await docs(slug)).toEqual([{ title: 'notes.txt', path: 'docs/notes.txt' }]);
    const again = await sync();
    expect(again[0]).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0 });
    repo.remove();
  });
});
