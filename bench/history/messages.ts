import type { Random } from '../lib/random';
import type { FileChange } from './file-tree';
import type { Person } from './people';
import { SvnFieldWriter } from './svn-fields';
import { TrailerWriter } from './trailers';
import { list, paragraph, subject, wrap } from './words';

export interface MessageInput {
  /** The Subversion era (messages written for `svn commit`) or the git era. */
  era: 'svn' | 'git';
  author: Person;
  committer: Person;
  files: readonly FileChange[];
}

/**
 * Commit messages with the shapes the crediting rules know, in the proportions of a real
 * project: about 60% plain, the rest with Subversion fields (mostly in the Subversion era) or
 * git trailer blocks (mostly in the git era), and now and then a very long one.
 */
export class MessageWriter {
  private readonly svn: SvnFieldWriter;
  private readonly trailers: TrailerWriter;

  constructor(
    private readonly random: Random,
    people: readonly Person[],
  ) {
    this.svn = new SvnFieldWriter(random, people);
    this.trailers = new TrailerWriter(random, people);
  }

  write(input: MessageInput): string {
    const topic = topicOf(this.random, input.files);
    const shape = this.random.weighted(
      input.era === 'svn'
        ? { plain: 59, fields: 36, trailers: 3, backport: 2 }
        : { plain: 61, fields: 7, trailers: 32, backport: 0 },
    );
    if (shape === 'backport') {
      return this.backport(input, topic);
    }
    const parts = [subject(this.random, topic, input.era)];
    if (this.random.chance(input.era === 'svn' ? 0.5 : 0.65)) {
      parts.push(paragraph(this.random, topic));
    }
    if (this.random.chance(0.015)) {
      parts.push(...this.longBody(topic));
    }
    if (input.era === 'svn' && this.random.chance(0.6)) {
      parts.push(changeLog(this.random, input.files));
    }
    if (input.era === 'git' && shape === 'plain' && this.random.chance(0.05)) {
      // Prose that mentions a patch author is not a field: it must credit nobody.
      parts.push(`Patch by ${input.author.name}.`);
    }
    if (shape === 'fields') {
      let fields = this.svn.fields(input.author);
      if (this.random.chance(0.05)) {
        // No blank line between the fields and a ChangeLog entry: indented lines that are not
        // people must not be taken for names.
        fields += `\n${changeLog(this.random, input.files, '   ')}`;
      }
      parts.push(fields);
    } else if (shape === 'trailers') {
      if (input.era === 'git' && this.random.chance(0.15)) {
        parts.push(`(cherry picked from commit ${this.random.hex(40)})`);
      }
      parts.push(this.trailers.block(input.author, input.committer));
    }
    return `${parts.join('\n\n')}\n`;
  }

  /** A backport merge in the Subversion style, with votes and an `Approved by:` line. */
  private backport(input: MessageInput, topic: string): string {
    const revision = this.random.int(1_000_000, 1_900_000);
    const voters = [0, 1, 2].map(() => this.svn.value(input.committer, input.author));
    return [
      `Merge r${revision} from trunk:`,
      ` * r${revision}\n${wrap(subject(this.random, topic, 'svn'), '   ')}\n   Justification:\n${wrap(
        paragraph(this.random, topic).replace(/\n/g, ' '),
        '     ',
      )}\n   Votes:\n     +1: ${voters.join(', ')}`,
      `Approved by: ${input.committer.username}`,
    ]
      .join('\n\n')
      .concat('\n');
  }

  private longBody(topic: string): string[] {
    const parts: string[] = [];
    for (let i = this.random.int(6, 24); i > 0; i--) {
      parts.push(paragraph(this.random, topic));
    }
    const frames: string[] = ['    Traceback (most recent call last):'];
    for (let i = this.random.int(3, 30); i > 0; i--) {
      frames.push(
        `      File "Lib/${this.random.pick(FRAMES)}.py", line ${this.random.int(1, 4000)}, in ${this.random.pick(FRAMES)}`,
      );
    }
    parts.splice(this.random.int(1, parts.length - 1), 0, frames.join('\n'));
    return parts;
  }
}

const FRAMES = list('run, main, wrapper, _call, handle, dispatch, process, _execute, decode, load');

/** What a commit is about, named after the first file it touches. */
function topicOf(random: Random, files: readonly FileChange[]): string {
  // A NEWS entry's name is a date and a hash: name the commit after the code it goes with.
  const path = files.find((f) => !f.path.startsWith('Misc/'))?.path ?? 'Misc/NEWS';
  const parts = path.split('/');
  const file = (parts[parts.length - 1] ?? path).replace(/\.[a-z.]+$/, '');
  const folder = parts[parts.length - 2] ?? '';
  if (folder.startsWith('libsvn_')) {
    return random.chance(0.5) ? folder : `${folder}/${file}`;
  }
  if (parts[0] === 'Lib' && folder !== 'Lib' && folder !== 'test') {
    return `${folder}.${file}`;
  }
  return file;
}

/** ChangeLog-style lines naming the files and functions changed, as Subversion logs have. */
function changeLog(random: Random, files: readonly FileChange[], indent = ''): string {
  const entries: string[] = [];
  for (const file of files.slice(0, 4)) {
    const stem = (file.path.split('/').pop() ?? file.path).replace(/\.[a-z]+$/, '');
    const fn = `${random.pick(['svn_', 'svn_wc__', 'svn_client__', ''])}${stem.replace(/\W/g, '_')}`;
    if (file.op === 'D') {
      entries.push(`${indent}* ${file.path}: Remove.`);
    } else if (random.chance(0.3)) {
      entries.push(`${indent}* ${file.path} (${fn}): ${random.pick(CHANGES)}`);
    } else {
      const rows = [`${indent}* ${file.path}`];
      for (let i = random.int(1, 3); i > 0; i--) {
        rows.push(
          `${indent}  (${fn}${i > 1 ? `_${random.pick(FRAMES)}` : ''}): ${random.pick(CHANGES)}`,
        );
      }
      entries.push(rows.join('\n'));
    }
  }
  return entries.join(indent ? '\n' : '\n\n');
}

const CHANGES = list(`
New., Update caller., Check for a NULL baton before using it., Pass the scratch pool down.,
Use the new helper instead of open-coding it., Remove the unused parameter., Track the new
field., Document the return value., Handle the not-found case., Bump the API version.
`);
