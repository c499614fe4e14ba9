import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository's root folder. */
export const root = join(import.meta.dirname, '..', '..');

export interface WorkspacePackage {
  /** Folder, relative to the root (`packages/db`). */
  dir: string;
  name: string;
  dependencies: string[];
  devDependencies: string[];
}

/** Every package of the workspace: packages, apps, the tests and the benchmarks. */
export function workspacePackages(): WorkspacePackage[] {
  const dirs = [
    ...['packages', 'apps'].flatMap((top) =>
      readdirSync(join(root, top)).map((name) => `${top}/${name}`),
    ),
    'tests',
    'bench',
  ];
  return dirs.map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    return {
      dir,
      name: manifest.name,
      dependencies: Object.keys(manifest.dependencies ?? {}),
      devDependencies: Object.keys(manifest.devDependencies ?? {}),
    };
  });
}

const SKIPPED = new Set(['node_modules', 'dist', '.work', 'screenshots']);

/**
 * The TypeScript files under a folder of the root, as paths relative to the root; generated
 * files only when asked for.
 */
export function sourceFiles(dir: string, options: { generated?: boolean } = {}): string[] {
  const walk = (path: string): string[] =>
    readdirSync(join(root, path)).flatMap((name) => {
      const child = `${path}/${name}`;
      if (SKIPPED.has(name) || (name === 'generated' && !options.generated)) {
        return [];
      }
      if (statSync(join(root, child)).isDirectory()) {
        return walk(child);
      }
      return /\.(ts|tsx)$/.test(name) ? [child] : [];
    });
  return walk(dir);
}

/** Test code: tests beside the code, test helpers, fixtures, the tests and benchmarks folders. */
export function isTestCode(path: string): boolean {
  return (
    /\.test\.tsx?$/.test(path) ||
    /(^|\/)(testing|fixtures)(\/|\.ts$)/.test(path) ||
    /\/test-server\.ts$/.test(path) ||
    path.startsWith('tests/') ||
    path.startsWith('bench/')
  );
}

export function read(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

export function relativeToRoot(path: string): string {
  return relative(root, path);
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The package names a file imports (statically or dynamically), `node:` builtins left out. */
export function importedPackages(text: string): string[] {
  return [...text.matchAll(IMPORT)]
    .map((match) => match[1] ?? match[2] ?? '')
    .filter(
      (specifier) =>
        specifier !== '' && !specifier.startsWith('.') && !specifier.startsWith('node:'),
    )
    .map((specifier) => {
      const parts = specifier.split('/');
      return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
    });
}
