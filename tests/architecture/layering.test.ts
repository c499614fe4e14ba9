import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN §2: imports point down only. Each workspace package may import these of ours, and
// none of the listed transports.
const ALLOWED: Record<string, { ours: string[]; forbidden: string[] }> = {
  '@moduleboard/contribulyzer': { ours: [], forbidden: ['*'] },
  '@moduleboard/config': {
    ours: [],
    forbidden: ['hono', 'graphql', 'graphql-yoga', 'drizzle-orm'],
  },
  '@moduleboard/db': {
    ours: ['@moduleboard/config'],
    forbidden: ['hono', 'graphql', 'graphql-yoga'],
  },
  // Markdown and the HTML policy: pure text in, text out, below every package that shows text.
  '@moduleboard/markup': {
    ours: [],
    forbidden: ['hono', 'graphql', 'graphql-yoga', 'drizzle-orm', 'postgres', 'better-auth'],
  },
  '@moduleboard/connectors': {
    ours: ['@moduleboard/contribulyzer', '@moduleboard/markup'],
    forbidden: ['hono', 'graphql', 'graphql-yoga', 'drizzle-orm', 'postgres'],
  },
  '@moduleboard/core': {
    ours: [
      '@moduleboard/config',
      '@moduleboard/db',
      '@moduleboard/connectors',
      '@moduleboard/contribulyzer',
      '@moduleboard/markup',
    ],
    forbidden: ['hono', '@hono/node-server', 'graphql', 'graphql-yoga', 'better-auth'],
  },
  '@moduleboard/graphql': {
    ours: ['@moduleboard/core', '@moduleboard/db', '@moduleboard/config', '@moduleboard/markup'],
    forbidden: ['hono', '@hono/node-server'],
  },
  '@moduleboard/server': {
    ours: [
      '@moduleboard/config',
      '@moduleboard/core',
      '@moduleboard/db',
      '@moduleboard/graphql',
      '@moduleboard/connectors',
      '@moduleboard/contribulyzer',
      '@moduleboard/markup',
    ],
    forbidden: [],
  },
  '@moduleboard/cli': {
    ours: [
      '@moduleboard/config',
      '@moduleboard/core',
      '@moduleboard/db',
      '@moduleboard/server',
      '@moduleboard/connectors',
      '@moduleboard/contribulyzer',
      '@moduleboard/markup',
    ],
    forbidden: [],
  },
  '@moduleboard/web': { ours: [], forbidden: ['hono', 'drizzle-orm', 'postgres'] },
};

const root = join(import.meta.dirname, '..', '..');
const folders = ['packages', 'apps'].flatMap((top) =>
  readdirSync(join(root, top)).map((name) => join(root, top, name)),
);

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated' || name === 'dist') {
      return [];
    }
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
// The test runner is the workspace's own, declared once at the root.
const builtins = new Set([...builtinModules, 'vitest']);

describe('package layering (DESIGN §2)', () => {
  for (const folder of folders) {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Manifest;
    const rule = ALLOWED[manifest.name];
    it(`${manifest.name} has a layering rule`, () => {
      expect(rule).toBeDefined();
    });
    if (!rule) {
      continue;
    }
    const runtime = Object.keys(manifest.dependencies ?? {});
    const declared = new Set([...runtime, ...Object.keys(manifest.devDependencies ?? {})]);

    it(`${manifest.name} depends on none of ours above it`, () => {
      const ours = runtime.filter((d) => d.startsWith('@moduleboard/'));
      expect(ours.filter((d) => !rule.ours.includes(d))).toEqual([]);
      if (rule.forbidden.includes('*')) {
        expect(runtime).toEqual([]);
      }
      expect(runtime.filter((d) => rule.forbidden.includes(d))).toEqual([]);
    });

    it(`${manifest.name} imports only what it declares`, () => {
      const problems: string[] = [];
      for (const file of sourceFiles(join(folder, 'src'))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(IMPORT)) {
          const specifier = match[1] ?? match[2] ?? '';
          if (
            specifier.startsWith('.') ||
            specifier.startsWith('node:') ||
            builtins.has(specifier)
          ) {
            continue;
          }
          const name = packageOf(specifier);
          const where = relative(root, file);
          if (!declared.has(name)) {
            problems.push(`${where} imports ${name}, not declared in package.json`);
          } else if (
            name.startsWith('@moduleboard/') &&
            !rule.ours.includes(name) &&
            !file.includes('.test.')
          ) {
            problems.push(`${where} imports ${name}, a layer it must not reach`);
          } else if (rule.forbidden.includes(name)) {
            problems.push(`${where} imports ${name}, a transport this layer must not know`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
