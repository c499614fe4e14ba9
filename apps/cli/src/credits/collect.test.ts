import { readGitLog } from '@moduleboard/connectors/git';
import { createTestRepo, type TestRepo } from '@moduleboard/connectors/git/testing';
import {
  CreditTally,
  creditCommit,
  defaultCreditConfig,
  IdentityResolver,
} from '@moduleboard/contribulyzer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCredits, openCommitLog } from './collect';
import type { CreditsResult } from './credits-result';
import type { CreditsOptions } from './options';
import { createPathFilter } from './path-filter';
import { renderJson } from './render-json';

const UUID = '13f79535-47bb-0310-9956-ffa450edef68';
const PEOPLE = ['Zoë Ång', 'jrandom', 'Sally Smith', 'sally'];

let repo: TestRepo;
let head: string;

beforeAll(() => {
  repo = createTestRepo();
  for (let i = 0; i < 60; i++) {
    const who = PEOPLE[i % PEOPLE.length] ?? 'x';
    const fields = [
      i % 3 === 0 ? `Patch by: ${PEOPLE[(i + 1) % PEOPLE.length]}\n` : '',
      i % 4 === 0 ? `Reviewed-by: Sally Smith <sally@example.org>\n` : '',
      i % 7 === 0 ? 'Review by: me\n' : '',
    ].join('');
    const svn =
      i % 2 === 0 ? `\ngit-svn-id: https://svn.example.org/r/trunk@${i + 1} ${UUID}\n` : '';
    head = repo.commit({
      message: `Change ${i}.\n\n${fields}${svn}`,
      author: {
        name: who,
        email: i % 2 === 0 ? `${who.split(' ')[0]}@${UUID}` : 'zoe@example.org',
      },
      files: { [`${i % 2 === 0 ? 'lib' : 'doc'}/f${i}.txt`]: `${i}` },
    });
  }
});

afterAll(() => {
  repo.remove();
});

function options(paths: string[] = []): CreditsOptions {
  return {
    dir: repo.dir,
    format: 'json',
    out: undefined,
    mailmap: undefined,
    committers: undefined,
    roles: undefined,
    undo: undefined,
    merges: undefined,
    since: undefined,
    until: undefined,
    paths,
    revisionUrl: undefined,
    progress: false,
  };
}

/** The credits computed the plain way: every field of every commit, people resolved at the end. */
async function reference(touches: (files: string[]) => boolean): Promise<CreditsResult> {
  const tally = new CreditTally();
  for await (const commit of readGitLog({ dir: repo.dir, range: head, withFiles: true })) {
    if (!touches((commit.files ?? []).map((f) => f.path))) {
      continue;
    }
    const credits = creditCommit({
      message: commit.message,
      author: { name: commit.authorName, email: commit.authorEmail },
      isMerge: commit.parents.length > 1,
    });
    tally.addCommit({
      sha: commit.sha,
      revision: credits.revision,
      credits: credits.credits,
      credited: credits.credited,
    });
  }
  const resolver = new IdentityResolver();
  for (const ref of tally.identityRefs()) {
    resolver.add(ref);
  }
  const { people, blocked } = resolver.resolve();
  return result(tally, people, blocked);
}

function result(
  tally: CreditTally,
  people: Parameters<CreditTally['contributors']>[0],
  blocked: CreditsResult['blocked'],
): CreditsResult {
  return {
    repository: repo.dir,
    head,
    commits: tally.commits,
    creditedCommits: tally.creditedCommits,
    contributors: tally.contributors(people),
    blocked,
  };
}

async function collected(paths: string[]): Promise<CreditsResult> {
  const touches = await createPathFilter(paths);
  const log = openCommitLog({
    options: options(paths),
    head,
    withFiles: touches !== undefined,
    withDates: false,
  });
  const sources = {
    config: defaultCreditConfig,
    mailmap: undefined,
    committers: undefined,
    undone: [],
    notes: [],
  };
  const silent = { tick: () => undefined, stop: () => undefined };
  const out = await collectCredits({ log, sources, touches, progress: silent, spool: undefined });
  await log.close();
  const { people, blocked } = out.resolver.resolve();
  return result(out.tally, people, blocked);
}

const json = (r: CreditsResult) => Buffer.concat([...renderJson(r)]).toString();

describe('collectCredits', () => {
  it('credits what reading every field of every commit credits', async () => {
    const got = await collected([]);
    expect(got.commits).toBe(60);
    expect(got.contributors.length).toBeGreaterThan(1);
    expect(json(got)).toBe(json(await reference(() => true)));
  });

  it('reads files only to filter by path, with the same result', async () => {
    const got = await collected(['lib/**']);
    expect(got.commits).toBe(30);
    expect(json(got)).toBe(
      json(await reference((files) => files.some((f) => f.startsWith('lib/')))),
    );
  });

  it('stops git when the run ends before reading the log', async () => {
    const log = openCommitLog({ options: options(), head, withFiles: false, withDates: false });
    await expect(log.close()).resolves.toBeUndefined();
  });
});
