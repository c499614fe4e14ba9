import type { Random } from '../lib/random';

/** Comma-separated words of a template, so that long word lists stay compact. */
export function list(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.replace(/\s+/g, ' ').trim())
    .filter((word) => word !== '');
}

const VERBS = list(`
Fix, Add, Remove, Use, Avoid, Document, Refactor, Simplify, Handle, Support, Deprecate, Speed up,
Clean up, Correct, Improve, Rename, Move, Allow, Check, Teach, Tweak, Update, Revert, Restore,
Reject, Validate, Cache, Skip, Guard against, Report
`);

const OBJECTS = list(`
a crash, a reference leak, an off-by-one error, a race, the error message, a compiler warning,
the docstring, empty paths, a memory leak, the timeout logic, a use-after-free, an integer
overflow, the fast path, a deadlock, a flaky test, the default value, Windows paths, the
deprecation warning, duplicate entries, the retry loop, a NULL dereference, trailing
whitespace, symlinks, non-ASCII file names, large files, the lock file, an assertion failure,
the progress output, stale entries, the cleanup handler
`);

const CONDITIONS = list(`
the input is empty, the path has a trailing slash, the server closes the connection early, two
threads call it at once, the file is a symlink, the locale is not UTF-8, the caller passes None,
the working copy is locked, the repository is read-only, the buffer is exactly full, the
timeout is zero, the peer sends an unexpected header, the property value has a newline, the
target was moved, the cache is cold
`);

const CONSEQUENCES = list(`
left the working copy in an inconsistent state, made the test suite hang, leaked a file
descriptor, printed a confusing message, corrupted the cache, raised an unhelpful exception,
doubled the memory use, broke the Windows build, silently dropped data, made the command slow
on large trees, confused the merge tracking, produced a traceback instead of an error
`);

const ADVERBS = list('now, no longer, again, correctly, always, lazily, only, consistently');

/** One sentence of a commit body, in the register commit messages use. */
export function sentence(random: Random, topic: string): string {
  const shape = random.int(0, 5);
  const object = random.pick(OBJECTS);
  const when = random.pick(CONDITIONS);
  if (shape === 0) {
    return `Previously ${topic} ${random.pick(CONSEQUENCES)} when ${when}.`;
  }
  if (shape === 1) {
    return `This ${thirdPerson(random.pick(VERBS))} ${object} in ${topic}.`;
  }
  if (shape === 2) {
    return `The ${topic} code ${random.pick(ADVERBS)} handles the case where ${when}.`;
  }
  if (shape === 3) {
    return `When ${when}, ${topic} ${random.pick(CONSEQUENCES)}; check for it up front.`;
  }
  if (shape === 4) {
    return `${random.pick(VERBS)} ${object} as well, since the same thing happens when ${when}.`;
  }
  return `No functional change intended for callers of ${topic}.`;
}

/** A subject line: what people type, with the issue references real projects use. */
export function subject(random: Random, topic: string, era: 'svn' | 'git'): string {
  const what = `${random.pick(VERBS)} ${random.pick(OBJECTS)}`;
  if (era === 'svn') {
    const shape = random.int(0, 5);
    if (shape === 0) {
      return `Fix issue #${random.int(1000, 4999)}: ${lower(what)} in ${topic}.`;
    }
    if (shape === 1) {
      return `Follow-up to r${random.int(100_000, 1_900_000)}: ${lower(what)}.`;
    }
    if (shape === 2) {
      return `On the '${random.pick(BRANCHES)}' branch: ${lower(what)} in ${topic}.`;
    }
    return `${what} in ${topic}.`;
  }
  const shape = random.int(0, 6);
  const issue = random.int(60_000, 130_000);
  if (shape === 0) {
    return `gh-${issue}: ${what} in ${topic} (#${issue + random.int(1, 900)})`;
  }
  if (shape === 1) {
    return `[3.${random.int(8, 13)}] gh-${issue}: ${what} in ${topic} (GH-${issue + 7})`;
  }
  if (shape === 2) {
    return `bpo-${random.int(10_000, 46_000)}: ${what} in ${topic}`;
  }
  if (shape === 3) {
    return `${topic}: ${lower(what)}`;
  }
  return `${what} in ${topic}`;
}

const BRANCHES = list('1.14.x, 1.15.x, shelve-checkpoint, move-tracking-2, fsx-id, authzperf');

/** "Fix" → "fixes", "Simplify" → "simplifies", "Speed up" → "speeds up". */
function thirdPerson(verb: string): string {
  const [head = verb, ...rest] = verb.toLowerCase().split(' ');
  const conjugated = /[^aeiou]y$/.test(head)
    ? `${head.slice(0, -1)}ies`
    : /(s|x|sh|ch)$/.test(head)
      ? `${head}es`
      : `${head}s`;
  return [conjugated, ...rest].join(' ');
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Wraps prose at 72 columns, the width commit messages keep. */
export function wrap(text: string, indent = ''): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > 72 && line.trim() !== '') {
      lines.push(line);
      line = indent;
    }
    line += line.trim() === '' ? word : ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** A paragraph of two to five sentences. */
export function paragraph(random: Random, topic: string): string {
  const sentences: string[] = [];
  for (let i = random.int(2, 5); i > 0; i--) {
    sentences.push(sentence(random, topic));
  }
  return wrap(sentences.join(' '));
}
