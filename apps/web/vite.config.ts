import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { PERSISTED_OPERATIONS_FILE, ROUTES, ROUTES_FILE } from './src/routes.ts';

// In development the app runs on Vite's server and the API on `moduleboard serve`: forwarding
// these paths keeps every request same-origin, as it is when the server hosts the built app.
const api = 'http://127.0.0.1:8080';

/**
 * What the server needs to know of the built app, written beside it: its routes (an address
 * that is none of them answers 404) and the documents its operations name by hash (the only
 * ones it sends in production). The server reads both from the built folder.
 */
function serverManifests(): Plugin {
  return {
    name: 'moduleboard-server-manifests',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: ROUTES_FILE,
        source: `${JSON.stringify(Object.values(ROUTES), null, 2)}\n`,
      });
      this.emitFile({
        type: 'asset',
        fileName: PERSISTED_OPERATIONS_FILE,
        source: readFileSync(
          new URL('./src/generated/persisted-documents.json', import.meta.url),
          'utf8',
        ),
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), serverManifests()],
  server: {
    proxy: { '/graphql': api, '/api': api, '/feeds': api },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
