import { Random } from '../lib/random';
import { type FileChange, FileTree } from './file-tree';
import { MessageWriter } from './messages';
import { createPeople, type Person } from './people';

export interface Signature {
  name: string;
  email: string;
  /** Seconds since the epoch. */
  time: number;
  /** `+0100`, as git stores it. */
  zone: string;
}

export interface SyntheticCommit {
  index: number;
  author: Signature;
  committer: Signature;
  message: string;
  changes: FileChange[];
}

/** Where the eras start, as fractions of the history (oldest first). */
const SVN_UUID_ERA_END = 0.2;
const SVN_ERA_END = 0.45;

const REPOSITORY_UUID = '0e3a8c1f-5b7d-4c2e-9a16-7f4d2b8e6c90';
const SVN_URL = 'https://svn.example.org/repos/project';
const ZONES = ['+0000', '+0100', '+0200', '-0500', '-0800', '+0530', '+0900', '-0300', '+1000'];
const GITHUB = { name: 'GitHub', email: 'noreply@github.com' };

/**
 * The commits of the synthetic history, oldest first, computed one at a time from the seed: the
 * first fifth as git-svn writes it without an authors file (`user <user@UUID>`), then git-svn
 * with an authors file, then plain git. Everything but the file tree (bounded in size) is
 * dropped once yielded, so any length costs the same memory.
 */
export function* syntheticHistory(options: {
  commits: number;
  seed: number;
}): Generator<SyntheticCommit> {
  const root = new Random(options.seed);
  // Separate streams: a change in how messages are drawn does not reshuffle the file tree.
  const people = createPeople(root.fork(1), 400, 80);
  const committers = people.filter((p) => p.committer);
  const tree = new FileTree(root.fork(2));
  const messages = new MessageWriter(root.fork(3), people);
  const random = root.fork(4);
  const zones = new Map(people.map((p) => [p, random.pick(ZONES)]));
  let time = Date.UTC(2001, 0, 1) / 1000;
  let revision = 1;

  for (let index = 0; index < options.commits; index++) {
    time += random.int(30, 7000);
    const at = index / options.commits;
    const era = at < SVN_ERA_END ? 'svn' : 'git';
    const changes = index === 0 ? [...tree.all()] : tree.change();
    const author =
      era === 'svn'
        ? (committers[random.skewedIndex(committers.length)] as Person)
        : (people[random.skewedIndex(people.length)] as Person);
    const committer = era === 'svn' ? author : pickCommitter(random, author, committers);
    let message =
      index === 0
        ? 'Initial import.\n'
        : messages.write({ era, author, committer: committer ?? author, files: changes });
    let authorSig: Signature;
    let committerSig: Signature;
    if (era === 'svn') {
      revision += random.chance(0.7) ? 1 : random.int(2, 6);
      const branch = random.chance(0.05) ? `branches/1.${random.int(5, 14)}.x` : 'trunk';
      message += `\ngit-svn-id: ${SVN_URL}/${branch}@${revision} ${REPOSITORY_UUID}\n`;
      const who =
        at < SVN_UUID_ERA_END
          ? { name: author.username, email: `${author.username}@${REPOSITORY_UUID}` }
          : { name: author.name, email: author.email };
      authorSig = { ...who, time, zone: '+0000' };
      committerSig = authorSig;
    } else {
      const zone = zones.get(author) ?? '+0000';
      const written = random.chance(0.3) ? time - random.int(60, 3 * 86_400) : time;
      authorSig = { name: author.name, email: authorEmail(random, author), time: written, zone };
      committerSig = committer
        ? { name: committer.name, email: committer.email, time, zone: zones.get(committer) ?? zone }
        : { ...GITHUB, time, zone: '+0000' };
    }
    yield { index, author: authorSig, committer: committerSig, message, changes };
  }
}

/** The committer of a git-era commit: the author, a maintainer, or GitHub's web merge. */
function pickCommitter(random: Random, author: Person, committers: Person[]): Person | undefined {
  const roll = random.next();
  if (roll < 0.55) {
    return author;
  }
  if (roll < 0.8) {
    return undefined;
  }
  return committers[random.skewedIndex(committers.length)];
}

function authorEmail(random: Random, person: Person): string {
  const roll = random.next();
  if (roll < 0.65) {
    return person.email;
  }
  if (roll < 0.85) {
    return person.altEmail;
  }
  return `${person.githubId}+${person.githubLogin}@users.noreply.github.com`;
}
