/**
 * Every address the app answers, in React Router's syntax. The build writes this list to
 * `routes.json` beside the app (see vite.config.ts), and the server reads it there to answer
 * 404 for an address that is none of these while still serving the app's not-found page.
 * Kept free of React so that the build can load it.
 */
export const ROUTES = {
  home: '/',
  signIn: '/sign-in',
  project: '/p/:project',
  module: '/p/:project/m/*',
  item: '/p/:project/i/:itemId',
  sources: '/p/:project/sources',
  contributors: '/p/:project/contributors',
  person: '/p/:project/people/:personId',
  merges: '/p/:project/merges',
} as const;

/** The file the build writes the routes to, in the built app's folder. */
export const ROUTES_FILE = 'routes.json';

/** The file the build writes the persisted operations to (hash → document). */
export const PERSISTED_OPERATIONS_FILE = 'persisted-operations.json';
