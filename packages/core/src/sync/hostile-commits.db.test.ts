import { createGitConnector } from '@moduleboard/connectors/git';
import { createTestRepo } from '@moduleboard/connectors/git/testing';
import { queryRows } from '@moduleboard/db';
import { openTestDb, uniqueName } from '@moduleboard/db/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importProjects } from '../projects/import-projects';
import { testCtx } from '../testing/index';
import { syncSources } from './sync-sources';

describe('syncing hostile commit messages', () => {
  it('stores and credits what it can of each, and never stops the run', async () => {
    const { db } = await openTestDb();
    const ctx = testCtx(db);
    const repo = createTestRepo();
    repo.commit({ message: 'Start', files: { 'a.txt': '1' } });
    repo.rawCommit(
      Buffer.from('NUL \u0000 inside\n\nPatch by: Nul Person <nul@example.org>\n', 'latin1'),
    );
    repo.rawCommit(
      Buffer.concat([
        Buffer.from('Invalid UTF-8 '),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('\n\nReview by: Bad Bytes <bad@example.org>\nTasted by: Someone\n'),
      ]),
    );
    repo.rawCommit(
      Buffer.from(
        `A long body\n\n${'line\n'.repeat(100_000)}\nFound by: Long Body <long@example.org>\n`,
      ),
    );
    const trailers = Array.from(
      { length: 10_000 },
      (_, i) => `Reviewed-by: Person ${i} <p${i}@example.org>`,
    );
    repo.rawCommit(Buffer.from(`Many trailers\n\n${trailers.join('\n')}\n`));
    const slug = uniqueName('hostile');
    await importProjects({
      ctx,
      input: {
        text: `projects:\n  - slug: ${slug}\n    name: Hostile\n    sources: [{ kind: git, path: ${repo.dir} }]\n`,
        file: 'p.yaml',
        baseDir: '/',
      },
    });
    const [report] = await syncSources({
      ctx,
      input: { project: slug },
      connectors: { git: createGitConnector() },
    });
    expect(report).toMatchObject({ ok: true, created: 5 });
    // The run says what it could not use rather than dropping it silently.
    expect(report?.notes['unrecognised field "Tasted by"']).toBe(1);
    expect(report?.notes['credits past the limit of one message']).toBeGreaterThan(0);
    const items = await queryRows<{ title: string; body: string }>(
      db,
      sql`select title, body from items where project_id = (select id from projects where slug = ${slug})
          order by created_at`,
    );
    expect(items.map((i) => i.title)).toEqual([
      'Start',
      // git itself prints a message only up to its first NUL byte.
      'NUL',
      'Invalid UTF-8 \ufffd(\ufffd',
      'A long body',
      'Many trailers',
    ]);
    const credited = await queryRows<{ name: string; role: string }>(
      db,
      sql`select i.name, c.role from credits c join identities i on i.id = c.identity_id
          where i.project_id = (select id from projects where slug = ${slug})
            and i.name in ('Nul Person', 'Bad Bytes', 'Long Body', 'Person 0')
          order by i.name`,
    );
    expect(credited).toEqual([
      { name: 'Bad Bytes', role: 'review' },
      { name: 'Long Body', role: 'found' },
      { name: 'Person 0', role: 'review' },
    ]);
    repo.remove();
  });
});
