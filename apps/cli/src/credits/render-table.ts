import type { CreditsResult } from './credits-result';
import { describeRoles } from './role-labels';

const NAME_WIDTH = 32;
const USERNAME_WIDTH = 20;

/** A ranked table for a terminal: rank, name, usernames, score and counts in words. */
export function* renderTable(result: CreditsResult): Generator<string> {
  const rankWidth = String(result.contributors.length).length;
  const scoreWidth = Math.max(5, ...result.contributors.map((c) => String(c.score).length));
  yield `${result.commits} commits, ${result.creditedCommits} with credit lines, ${result.contributors.length} contributors\n\n`;
  yield `${'#'.padStart(rankWidth)}  ${'name'.padEnd(NAME_WIDTH)}  ${'username'.padEnd(USERNAME_WIDTH)}  ${'score'.padStart(scoreWidth)}  credits\n`;
  let rank = 0;
  for (const c of result.contributors) {
    rank += 1;
    const name = fit(clean(c.name), NAME_WIDTH);
    const usernames = fit(clean(c.usernames.join(', ')), USERNAME_WIDTH);
    yield `${String(rank).padStart(rankWidth)}  ${name}  ${usernames}  ${String(c.score).padStart(scoreWidth)}  ${describeRoles(c.roles)}\n`;
  }
}

// Names come from commit messages: no terminal escapes or line breaks reach the terminal.
function clean(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
}

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text.padEnd(width);
}
