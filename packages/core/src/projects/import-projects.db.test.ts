import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { snapshotProject, testCtx } from '../testing/index';
import { importProjects } from './import-projects';

function projectsFile(slug: string, modules = '') {
  return `projects:
  - slug: ${slug}
    name: Test project
    sources:
      - { kind: feed, file: news.xml, modules: [lib] }
    modules:
      - slug: lib
        name: Library
        paths: ["Lib/**"]
        modules:
          - { slug: asyncio, paths: ["Lib/asyncio/**"], labels: [topic-asyncio] }
${modules}    milestones:
      - { title: "1.0", due: 2027-01-31 }
    tasks:
      - { title: Write the event loop, module: lib/asyncio, status: wip, priority: high, owner: ann, milestone: "1.0" }
      - { title: Document it, module: lib, status: open }
`;
}

async function importText(text: string) {
  const { db } = await openTestDb();
  return importProjects({
    ctx: testCtx(db),
    input: { text, file: 'projects.yaml', baseDir: '/srv' },
  });
}

describe('importProjects', () => {
  it('creates a project with its tree, sources, milestones and tasks', async () => {
    const slug = uniqueName('imp');
    const [report] = await importText(projectsFile(slug));
    expect(report).toMatchObject({
      slug,
      created: true,
      modules: { created: 2 },
      sources: { created: 1 },
      milestones: { created: 1 },
      tasks: { created: 2 },
    });
    const { db } = await openTestDb();
    const snap = await snapshotProject(db, slug);
    expect(snap.modules?.map((m) => (m as { path: string }).path)).toEqual(['lib', 'lib/asyncio']);
    expect(snap.items).toHaveLength(2);
    expect(snap.items?.[0]).toMatchObject({
      kind: 'BUG',
      status: 'WIP',
      priority: 'HIGH',
      owner: 'ann',
    });
    expect(snap.itemModules?.map((l) => (l as { reason: string }).reason)).toEqual([
      'task',
      'task',
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const slug = uniqueName('same');
    const { db } = await openTestDb();
    await importText(projectsFile(slug));
    const before = await snapshotProject(db, slug);
    const [report] = await importText(projectsFile(slug));
    expect(report).toMatchObject({
      created: false,
      updated: false,
      modules: { created: 0, updated: 0, deleted: 0 },
      sources: { created: 0, updated: 0, deleted: 0 },
      tasks: { created: 0, updated: 0, deleted: 0 },
      rerouted: false,
    });
    expect(await snapshotProject(db, slug)).toEqual(before);
  });

  it('removes what the file no longer declares', async () => {
    const slug = uniqueName('rm');
    const { db } = await openTestDb();
    await importText(projectsFile(slug, '      - { slug: tools, paths: ["Tools/**"] }\n'));
    const [report] = await importText(projectsFile(slug));
    expect(report?.modules.deleted).toBe(1);
    const snap = await snapshotProject(db, slug);
    expect(snap.modules).toHaveLength(2);
  });

  // Each bad project is appended to a good file, so its lines count from the good file's end.
  it.each([
    ['YAML syntax', '  - slug: x\n    name: [oops\n', 3, 'YAML syntax'],
    [
      'an unknown key',
      '  - slug: x\n    name: X\n    colour: red\n',
      3,
      'projects[1].colour: unknown key',
    ],
    [
      'a bad glob',
      '  - slug: x\n    name: X\n    modules:\n      - { slug: a, paths: ["Lib/[a"] }\n',
      4,
      'projects[1].modules[0].paths[0]: bad glob "Lib/[a"',
    ],
    [
      'a duplicate slug',
      '  - { slug: SLUG, name: Y }\n',
      1,
      'projects[1].slug: duplicate project slug',
    ],
    [
      'a module path that names no parent',
      '  - slug: x\n    name: X\n    modules:\n      - { path: lib/asyncio }\n',
      4,
      'projects[1].modules[0].path: "lib/asyncio" names no parent',
    ],
  ])(
    'refuses a file with %s, naming file, line and field, and stores nothing',
    async (_, bad, line, says) => {
      const { db } = await openTestDb();
      const slug = uniqueName('keep');
      await importText(projectsFile(slug));
      const before = await snapshotProject(db, slug);
      const good = projectsFile(slug).replace('name: Test project', 'name: Changed');
      const offset = good.split('\n').length - 1;
      const error = await importText(good + bad.replace('SLUG', slug)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('VALIDATION');
      const message = (error as DomainError).message;
      expect(message).toContain(`projects.yaml:${offset + line}:`);
      expect(message).toContain(says);
      expect(await snapshotProject(db, slug)).toEqual(before);
    },
  );

  it('stores nothing of a file whose last project is invalid', async () => {
    const { db } = await openTestDb();
    const slug = uniqueName('tx');
    const text = `${projectsFile(slug)}  - slug: ${uniqueName('second')}\n    name: ${'x'.repeat(10)}\n`;
    const broken = text.replace('name: xxxxxxxxxx', 'name: ok\n    homepage: not a url');
    await expect(importText(broken)).rejects.toThrow(/homepage: must be a URL/);
    expect((await snapshotProject(db, slug)).projects).toEqual([]);
  });

  it.each([
    { actor: { kind: 'anonymous' } as const, code: 'UNAUTHENTICATED' },
    { actor: { kind: 'user', userId: 'u', role: 'member' } as const, code: 'FORBIDDEN' },
  ])(
    'refuses an import by someone who is not an administrator ($code)',
    async ({ actor, code }) => {
      const { db } = await openTestDb();
      const slug = uniqueName('refused');
      await expect(
        importProjects({
          ctx: testCtx(db, actor),
          input: { text: projectsFile(slug), file: 'p.yaml', baseDir: '/' },
        }),
      ).rejects.toMatchObject({ code });
      expect((await snapshotProject(db, slug)).projects).toEqual([]);
    },
  );
});
