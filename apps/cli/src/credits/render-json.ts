import type { CreditsResult } from './credits-result';

/**
 * The public JSON of `moduleboard credits` (DESIGN §4), one contributor a line so a large history
 * streams out without one giant string.
 */
export function* renderJson(result: CreditsResult): Generator<string> {
  yield '{\n';
  yield `  "repository": ${JSON.stringify(result.repository)},\n`;
  yield `  "head": ${JSON.stringify(result.head)},\n`;
  yield `  "commits": ${result.commits},\n`;
  yield `  "creditedCommits": ${result.creditedCommits},\n`;
  yield '  "contributors": [';
  let first = true;
  for (const c of result.contributors) {
    const entry = {
      id: c.id,
      name: c.name,
      emails: c.emails,
      usernames: c.usernames,
      score: c.score,
      roles: c.roles,
      // Already exactly { sha, revision, roles }: no copy of what may be most of the history.
      commits: c.commits,
    };
    yield `${first ? '\n' : ',\n'}    ${JSON.stringify(entry)}`;
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}
