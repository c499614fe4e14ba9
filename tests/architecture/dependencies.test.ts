import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedPackages, read, root, sourceFiles, workspacePackages } from './workspace';

// Declared for a reason other than an import: tools run by name, type packages, peers.
const NOT_IMPORTED: Record<string, string> = {
  '@biomejs/biome': 'the linter, run by `pnpm lint`',
  typescript: 'the compiler, run by `tsc -b`',
  tsx: 'runs the TypeScript sources (`pnpm moduleboard`, `pnpm bench`)',
  'drizzle-kit': 'generates migrations (`pnpm db:generate`)',
  '@graphql-codegen/cli': 'generates GraphQL types (`pnpm graphql:generate`)',
  '@graphql-codegen/typescript': 'a graphql-codegen plugin, named in codegen.ts',
  '@graphql-codegen/typescript-resolvers': 'a graphql-codegen plugin, named in codegen.ts',
  '@graphql-codegen/client-preset': 'a graphql-codegen preset, named in codegen.ts',
  '@graphql-codegen/introspection': 'a graphql-codegen plugin, named in codegen.ts',
  commander: 'the peer of @commander-js/extra-typings, which re-exports it',
};

/** `@types/x` is used when `x` is (or, for `@types/node`, when anything is). */
function typesUsed(dep: string, imported: ReadonlySet<string>): boolean {
  const of = dep.slice('@types/'.length);
  return of === 'node' || imported.has(of.includes('__') ? `@${of.replace('__', '/')}` : of);
}

/** Every file a package's declarations serve: its sources, tests and config files. */
function packageFiles(dir: string): string[] {
  if (dir === '.') {
    return ['vitest.config.ts'];
  }
  return sourceFiles(dir, { generated: true });
}

describe('package manifests', () => {
  const packages = [
    ...workspacePackages(),
    {
      dir: '.',
      name: 'the root',
      ...(() => {
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        return {
          dependencies: Object.keys(manifest.dependencies ?? {}),
          devDependencies: Object.keys(manifest.devDependencies ?? {}),
        };
      })(),
    },
  ];
  for (const pkg of packages) {
    it(`${pkg.name} declares nothing it does not use`, () => {
      const files = packageFiles(pkg.dir);
      const imported = new Set(files.flatMap((file) => importedPackages(read(file))));
      // A package some code requires by path (a fixture's file) counts as imported.
      const text = files.map(read).join('\n');
      const unused = [...pkg.dependencies, ...pkg.devDependencies].filter(
        (dep) =>
          !imported.has(dep) &&
          !text.includes(`\`${dep}/`) &&
          !(dep.startsWith('@types/') && typesUsed(dep, imported)) &&
          !(dep in NOT_IMPORTED),
      );
      expect(unused).toEqual([]);
    });
  }
});

describe('the root tsconfig.json', () => {
  const solution = JSON.parse(read('tsconfig.json')) as { references: { path: string }[] };
  const referenced = new Set(solution.references.map((r) => r.path.replace(/^\.\//, '')));

  it('references every package of the workspace, and the vitest config', () => {
    const missing = workspacePackages()
      .map((pkg) => pkg.dir)
      .filter((dir) => existsSync(join(root, dir, 'tsconfig.json')) && !referenced.has(dir));
    expect(missing).toEqual([]);
    const configs = JSON.parse(read('tsconfig.config.json')) as { include: string[] };
    expect(configs.include).toContain('vitest.config.ts');
  });

  it('has each package reference the packages of ours it imports', () => {
    const byName = new Map(workspacePackages().map((pkg) => [pkg.name, pkg.dir]));
    const problems = workspacePackages().flatMap((pkg) => {
      if (!existsSync(join(root, pkg.dir, 'tsconfig.json'))) {
        return [];
      }
      const config = JSON.parse(read(`${pkg.dir}/tsconfig.json`)) as {
        references?: { path: string }[];
      };
      const refs = new Set(
        (config.references ?? []).map((r) => join(pkg.dir, r.path).replaceAll('\\', '/')),
      );
      const ours = new Set(
        sourceFiles(pkg.dir)
          .flatMap((file) => importedPackages(read(file)))
          .filter((name) => name.startsWith('@moduleboard/') && name !== pkg.name),
      );
      return [...ours]
        .map((name) => byName.get(name))
        .filter((dir): dir is string => dir !== undefined && !refs.has(dir))
        .map((dir) => `${pkg.dir}/tsconfig.json does not reference ${dir}`);
    });
    expect(problems).toEqual([]);
  });
});
