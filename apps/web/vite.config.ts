import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the app runs on Vite's server and the API on `moduleboard serve`: forwarding
// these paths keeps every request same-origin, as it is when the server hosts the built app.
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': api, '/api': api, '/feeds': api },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
