import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (main) and ESM (module) builds. Node, and so graphql-yoga, loads the
// CommonJS one; Vite would hand our sources the ESM one, and errors thrown in one would not be
// instances of the other's GraphQLError. Resolve ours as Node does.
const graphqlEntry = createRequire(
  new URL('./packages/graphql/package.json', import.meta.url),
).resolve('graphql');

// Tests that touch the database (`*.db.test.ts` beside the code, and every scenario in tests/)
// run once on PGlite, and once more on the PostgreSQL server when TEST_DATABASE_URL is set.
const databaseTests = ['tests/**/*.test.ts', '{apps,packages}/*/src/**/*.db.test.ts'];
const databaseProject = (driver: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: driver,
    include: databaseTests,
    exclude: ['tests/e2e/**', 'tests/architecture/**', '**/node_modules/**'],
    env: { MODULEBOARD_TEST_DB: driver },
    // One database per worker process, shared by its files: a fresh PGlite costs seconds and
    // most of a gigabyte, and every test makes its own project, so sharing is safe.
    pool: 'forks' as const,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{apps,packages}/*/src/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      databaseProject('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [databaseProject('postgres')] : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
