import { type CommitList, listCommits } from '@moduleboard/contribulyzer';
import type { CreditsResult } from './credits-result';
import { encode, JsonBytes } from './json-bytes';

/**
 * The public JSON of `moduleboard credits` (DESIGN §4), one contributor a line, as UTF-8 in
 * pieces of about a megabyte so a large history streams out without one giant string. The bytes
 * are those of `JSON.stringify` of each contributor's entry; the commit lists, most of the
 * output, are written in place without an object or a string per commit.
 */
export function* renderJson(result: CreditsResult): Generator<Uint8Array> {
  const out = new JsonBytes();
  out.text(
    '{\n' +
      `  "repository": ${JSON.stringify(result.repository)},\n` +
      `  "head": ${JSON.stringify(result.head)},\n` +
      `  "commits": ${result.commits},\n` +
      `  "creditedCommits": ${result.creditedCommits},\n` +
      '  "contributors": [',
  );
  const roles = new RolesJson();
  let first = true;
  for (const c of result.contributors) {
    const head = JSON.stringify({
      id: c.id,
      name: c.name,
      emails: c.emails,
      usernames: c.usernames,
      score: c.score,
      roles: c.roles,
    });
    out.ascii(first ? '\n    ' : ',\n    ');
    // `head` ends with the brace that closes the entry: the commits go in front of it.
    out.text(head.slice(0, -1));
    out.ascii(',"commits":[');
    writeCommits(out, c.commitList ?? listCommits(c.commits), roles);
    out.ascii(']}');
    first = false;
    yield* out.take();
  }
  out.ascii(first ? ']\n}\n' : '\n  ]\n}\n');
  yield* out.take(true);
}

/** Each commit as `JSON.stringify` writes `{ sha, revision, roles }`. */
function writeCommits(out: JsonBytes, list: CommitList, roles: RolesJson): void {
  for (let i = 0; i < list.length; i++) {
    out.bytes(i === 0 ? FIRST : NEXT);
    writeSha(out, list, i);
    const revision = list.revision(i);
    if (revision === null) {
      // The rest of the entry in one piece: few distinct role lists, each made once.
      out.bytes(roles.withoutRevision(list.roles(i)));
    } else {
      out.ascii(',"revision":');
      out.string(revision);
      out.bytes(roles.withRevision(list.roles(i)));
    }
  }
}

const FIRST = encode('{"sha":');
const NEXT = encode(',{"sha":');
// Room for the longest id `copySha` writes (SHA-256) and its quotes.
const SHA_ROOM = 66;
const QUOTE = 0x22;

/** The id, copied from the list's own bytes when it can: most of the output is ids. */
function writeSha(out: JsonBytes, list: CommitList, index: number): void {
  if (list.copySha !== undefined) {
    const piece = out.reserve(SHA_ROOM);
    const at = out.position;
    const length = list.copySha(index, piece, at + 1);
    if (length >= 0) {
      piece[at] = QUOTE;
      piece[at + length + 1] = QUOTE;
      out.advance(length + 2);
      return;
    }
  }
  out.string(list.sha(index));
}

/**
 * The end of an entry for each distinct list of roles, made once: lists are shared between
 * commits. `,"revision":null,"roles":[…]}` without a revision, `,"roles":[…]}` after one.
 */
class RolesJson {
  private readonly without = new Map<readonly string[], Uint8Array>();
  private readonly after = new Map<readonly string[], Uint8Array>();

  withoutRevision(roles: readonly string[]): Uint8Array {
    let bytes = this.without.get(roles);
    if (bytes === undefined) {
      bytes = encode(`,"revision":null,"roles":${JSON.stringify(roles)}}`);
      this.without.set(roles, bytes);
    }
    return bytes;
  }

  withRevision(roles: readonly string[]): Uint8Array {
    let bytes = this.after.get(roles);
    if (bytes === undefined) {
      bytes = encode(`,"roles":${JSON.stringify(roles)}}`);
      this.after.set(roles, bytes);
    }
    return bytes;
  }
}
