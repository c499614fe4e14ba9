import { describe, expect, it } from 'vitest';
import { isTestCode, read, sourceFiles } from './workspace';

const production = ['packages', 'apps']
  .flatMap((top) => sourceFiles(top))
  .filter((path) => !isTestCode(path) && !path.startsWith('apps/web/'));

// Files that still break a rule below, each listed under the rule until it is rewritten.
const PENDING: Record<string, string[]> = {
  casts: ['packages/core/src/people/resolve-people.ts'],
  transactions: ['packages/core/src/people/resolve-people.ts'],
  messages: ['packages/connectors/src/git/repository.ts'],
};

/** The lines of production code matching `pattern`, as `file:line: text`. */
function offending(pattern: RegExp, allowed: (path: string) => boolean = () => false): string[] {
  return production
    .filter((path) => !allowed(path))
    .flatMap((path) =>
      read(path)
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('seams', () => {
  it('reads the environment only where the configuration is parsed', () => {
    // Handing the whole environment on to a child process (`...process.env`) reads nothing.
    expect(
      offending(/(?<!\.\.\.)process\.env\b/, (path) => path === 'packages/config/src/env.ts'),
    ).toEqual([]);
  });

  it('never casts a transaction, a configuration or a cursor to fit', () => {
    expect(
      offending(
        /as unknown as Db\b|\bas never\b/,
        (path) => PENDING.casts?.includes(path) ?? false,
      ),
    ).toEqual([]);
  });

  it('opens transactions through the one helper, which joins an outer one', () => {
    const allowed = (path: string) =>
      path.startsWith('packages/db/src/') || (PENDING.transactions?.includes(path) ?? false);
    expect(offending(/\.transaction\(/, allowed)).toEqual([]);
  });

  it('tells errors apart by their class or code, never by the words of their message', () => {
    expect(
      offending(
        /\.message\.(includes|startsWith|endsWith|match|search)\(|\.(test|exec)\([^)]*\.message\b/,
        (path) => PENDING.messages?.includes(path) ?? false,
      ),
    ).toEqual([]);
  });
});

describe('the files still pending', () => {
  it('each still breaks its rule (a file that no longer does leaves the list)', () => {
    const rules: Record<string, RegExp> = {
      casts: /as unknown as Db\b|\bas never\b/,
      transactions: /\.transaction\(/,
      messages: /\.message\.(includes|startsWith|endsWith|match|search)\(/,
    };
    for (const [rule, paths] of Object.entries(PENDING)) {
      for (const path of paths) {
        expect(rules[rule]?.test(read(path)), `${path} (${rule})`).toBe(true);
      }
    }
  });
});
